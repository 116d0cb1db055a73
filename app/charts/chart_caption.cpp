#include "app/charts/chart_caption.h"

#include "app/corpus/date_text.h"

namespace ChartCaption {

QString text(const ChartData &chart, const DocumentModel &model, const QDate &exported)
{
    QStringList sources;
    for (const QString &id : chart.articles) {
        const Article *a = model.article(id);
        if (!a)
            continue;
        QString source = a->meta.publisher.isEmpty() ? a->label() : a->meta.publisher;
        if (!a->meta.title.isEmpty())
            source += QStringLiteral(", “") + a->meta.title + QStringLiteral("”");
        sources.append(source);
    }
    const QString when = DateText::longDay(exported);
    if (sources.isEmpty())
        return QStringLiteral(
                   "No source article supports this chart. Exported %1 from Position Explorer.")
            .arg(when);
    return QStringLiteral("Sources: %1. Exported %2 from Position Explorer.")
        .arg(sources.join(QStringLiteral("; ")), when);
}

QStringList shortNames(const ChartData &chart, const DocumentModel &model)
{
    QStringList names;
    for (const QString &id : chart.articles) {
        if (const Article *a = model.article(id))
            names.append(a->label());
    }
    return names;
}

} // namespace ChartCaption
