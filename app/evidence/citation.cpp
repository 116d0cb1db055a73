#include "app/evidence/citation.h"

#include "app/corpus/wording.h"

#include <functional>

namespace {

// The source's parts in citation order, each given only when the article has it: author,
// title, publisher, date. `title` wraps the title (in quotation marks, or in <cite>).
QStringList sourceParts(const Article &article, const std::function<QString(QString)> &escape,
                        const std::function<QString(QString)> &title)
{
    QStringList parts;
    const ArticleMetadata &meta = article.meta;
    if (!meta.author.isEmpty())
        parts.append(escape(meta.author));
    parts.append(title(meta.title.isEmpty() ? article.label() : meta.title));
    if (!meta.publisher.isEmpty())
        parts.append(escape(meta.publisher));
    if (const QString date = SourceDate::ofArticle(meta).text(); !date.isEmpty())
        parts.append(escape(date));
    return parts;
}

// A claim's own date when its sentence gives one that is not just the article's.
QString statementDate(const EvidenceRef &ref)
{
    return ref.date.basis == SourceDate::Basis::Statement ? ref.date.text() : QString();
}

} // namespace

Citation Citation::of(const EvidenceRef &ref, const DocumentModel &model)
{
    const Article *article = model.article(ref.article);
    const QString quote = Wording::quoted(Evidence::textOf(ref, model));
    const QString said = statementDate(ref);
    Citation c;
    c.plainText = said.isEmpty() ? quote : QStringLiteral("%1 (%2)").arg(quote, said);
    c.html =
        QStringLiteral("<blockquote>%1%2</blockquote>")
            .arg(quote.toHtmlEscaped(),
                 said.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(said.toHtmlEscaped()));
    if (!article) {
        c.plainText += QStringLiteral("\n— ") + ref.article;
        c.html += QStringLiteral("<p>— %1</p>").arg(ref.article.toHtmlEscaped());
        return c;
    }
    const QStringList plain = sourceParts(
        *article, [](const QString &s) { return s; },
        [](const QString &s) { return QStringLiteral("“%1”").arg(s); });
    const QStringList html = sourceParts(
        *article, [](const QString &s) { return s.toHtmlEscaped(); },
        [](const QString &s) { return QStringLiteral("<cite>%1</cite>").arg(s.toHtmlEscaped()); });
    const QString url = article->meta.url;
    c.plainText += QStringLiteral("\n— ") + plain.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!url.isEmpty())
        c.plainText += QLatin1Char(' ') + url;
    c.html += QStringLiteral("<p>— %1.").arg(html.join(QStringLiteral(", ")));
    if (!url.isEmpty())
        c.html += QStringLiteral(" <a href=\"%1\">%1</a>").arg(url.toHtmlEscaped());
    c.html += QStringLiteral("</p>");
    return c;
}
