#include "app/charts/chart_caption.h"

#include "app/corpus/date_text.h"
#include "app/corpus/wording.h"

#include <QSet>

namespace ChartCaption {

QString summary(const ChartData &chart, const DocumentModel &model)
{
    if (chart.articles.size() <= kListedAtMost)
        return {};
    QSet<QString> publishers;
    qsizetype articles = 0;
    qsizetype published = 0;
    for (const QString &id : chart.articles) { // each once (ChartData::articles), by the index
        const Article *a = model.article(id);
        if (!a)
            continue;
        ++articles;
        if (!a->meta.publisher.isEmpty()) {
            ++published;
            publishers.insert(a->meta.publisher);
        }
    }
    using Wording::counted;
    QString text = counted(articles, "article", "articles");
    if (published == articles)
        text += QStringLiteral(" from ") + counted(publishers.size(), "publisher", "publishers");
    else if (published > 0)
        text += QStringLiteral(", %1 of them from %2")
                    .arg(Wording::number(published),
                         counted(publishers.size(), "publisher", "publishers"));
    return text;
}

QString text(const ChartData &chart, const DocumentModel &model, const QDate &exported)
{
    return text(chart, model, exported, summary(chart, model));
}

QString text(const ChartData &chart, const DocumentModel &model, const QDate &exported,
             const QString &many)
{
    const QString when = DateText::longDay(exported);
    if (!many.isEmpty())
        return QStringLiteral("Sources: %1; the full list is in the sources sidecar. Exported %2 "
                              "from Position Explorer.")
            .arg(many, when);
    QStringList sources;
    for (const QString &id : chart.articles) {
        const Article *a = model.article(id);
        if (!a)
            continue;
        QString source = a->meta.publisher;
        if (!a->meta.title.isEmpty())
            source += (source.isEmpty() ? QStringLiteral("“") : QStringLiteral(", “")) +
                      a->meta.title + QStringLiteral("”");
        if (source.isEmpty())
            source = a->label();
        sources.append(source);
    }
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
