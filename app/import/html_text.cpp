#include "app/import/html_text.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace {

// Elements whose whole content is dropped: code, styling, page furniture.
const QSet<QString> kDropped{
    QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("noscript"),
    QStringLiteral("template"), QStringLiteral("svg"),    QStringLiteral("nav"),
    QStringLiteral("footer"),   QStringLiteral("aside"),  QStringLiteral("form"),
    QStringLiteral("iframe"),   QStringLiteral("button"), QStringLiteral("select"),
    QStringLiteral("head"),     QStringLiteral("object"), QStringLiteral("canvas")};

// Elements that begin and end a paragraph of the text.
const QSet<QString> kBlocks{
    QStringLiteral("p"),          QStringLiteral("div"),        QStringLiteral("section"),
    QStringLiteral("article"),    QStringLiteral("main"),       QStringLiteral("header"),
    QStringLiteral("h1"),         QStringLiteral("h2"),         QStringLiteral("h3"),
    QStringLiteral("h4"),         QStringLiteral("h5"),         QStringLiteral("h6"),
    QStringLiteral("blockquote"), QStringLiteral("pre"),        QStringLiteral("table"),
    QStringLiteral("tr"),         QStringLiteral("ul"),         QStringLiteral("ol"),
    QStringLiteral("dl"),         QStringLiteral("dt"),         QStringLiteral("dd"),
    QStringLiteral("figure"),     QStringLiteral("figcaption"), QStringLiteral("hr"),
    QStringLiteral("address"),    QStringLiteral("time"),       QStringLiteral("br")};

QString decodeEntities(const QString &text)
{
    static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},
                                               {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},
                                               {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")},
                                               {QStringLiteral("nbsp"), QString(QChar(0xa0))},
                                               {QStringLiteral("ndash"), QString(QChar(0x2013))},
                                               {QStringLiteral("mdash"), QString(QChar(0x2014))},
                                               {QStringLiteral("hellip"), QString(QChar(0x2026))},
                                               {QStringLiteral("lsquo"), QString(QChar(0x2018))},
                                               {QStringLiteral("rsquo"), QString(QChar(0x2019))},
                                               {QStringLiteral("ldquo"), QString(QChar(0x201c))},
                                               {QStringLiteral("rdquo"), QString(QChar(0x201d))},
                                               {QStringLiteral("laquo"), QString(QChar(0xab))},
                                               {QStringLiteral("raquo"), QString(QChar(0xbb))},
                                               {QStringLiteral("shy"), QString()}};
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString body = m.captured(1);
        QString replacement = m.captured(0); // unknown entities stay as written
        if (body.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = body.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                  ? body.mid(2).toUInt(&ok, 16)
                                  : body.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else if (named.contains(body)) {
            replacement = named.value(body);
        }
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression re(
        QStringLiteral("\\b%1\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").arg(name),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(tag);
    if (!m.hasMatch())
        return {};
    for (int group : {2, 3, 4}) {
        if (m.capturedStart(group) >= 0)
            return decodeEntities(m.captured(group)).trimmed();
    }
    return {};
}

QString decode(const QByteArray &bytes)
{
    // UTF-8 unless it is not valid UTF-8; then Latin-1, which every byte is.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text.startsWith(QChar(0xfeff)) ? text.mid(1) : text;
    return QString::fromLatin1(bytes);
}

struct Page {
    QString text;
    ArticleMetadata meta;
};

// Reads the metadata a <meta> or <link> tag gives.
void readMeta(const QString &tag, ArticleMetadata *meta)
{
    const QString key =
        (attribute(tag, QStringLiteral("name")) + attribute(tag, QStringLiteral("property")))
            .toLower();
    const QString content = attribute(tag, QStringLiteral("content"));
    if (content.isEmpty())
        return;
    if (key == QLatin1String("author") && meta->author.isEmpty())
        meta->author = content;
    else if (key == QLatin1String("og:site_name") && meta->publisher.isEmpty())
        meta->publisher = content;
    else if (key == QLatin1String("og:url") && meta->url.isEmpty())
        meta->url = content;
    else if ((key == QLatin1String("article:published_time") || key == QLatin1String("date") ||
              key == QLatin1String("dc.date")) &&
             !meta->published.isValid())
        meta->published = QDate::fromString(content.left(10), Qt::ISODate);
    else if (key == QLatin1String("og:title") && meta->title.isEmpty())
        meta->title = content;
}

Page parse(const QString &html)
{
    Page page;
    QString text;
    QString title;
    int dropDepth = 0; // inside a dropped element
    QString dropping;  // its name
    bool inTitle = false;
    bool inPre = false;
    qsizetype i = 0;
    const auto breakParagraph = [&text] {
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        if (!text.isEmpty() && !text.endsWith(QLatin1String("\n\n")))
            text +=
                text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
    };
    while (i < html.size()) {
        if (html.at(i) != QLatin1Char('<')) {
            const qsizetype next = html.indexOf(QLatin1Char('<'), i);
            const qsizetype end = next < 0 ? html.size() : next;
            if (dropDepth == 0 || inTitle) {
                QString chunk = decodeEntities(html.mid(i, end - i));
                if (!inPre)
                    chunk = chunk.simplified().isEmpty() && !chunk.isEmpty()
                                ? QStringLiteral(" ")
                                : (chunk.front().isSpace() ? QStringLiteral(" ") : QString()) +
                                      chunk.simplified() +
                                      (chunk.back().isSpace() ? QStringLiteral(" ") : QString());
                if (inTitle)
                    title += chunk;
                else if (!(chunk == QLatin1String(" ") &&
                           (text.isEmpty() || text.back().isSpace())))
                    text += chunk;
            }
            i = end;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        // A tag: find its end outside quoted attribute values.
        qsizetype j = i + 1;
        QChar quote;
        while (j < html.size() && (html.at(j) != QLatin1Char('>') || !quote.isNull())) {
            const QChar c = html.at(j);
            if (!quote.isNull() && c == quote)
                quote = QChar();
            else if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\'')) &&
                     html.at(j - 1) == QLatin1Char('='))
                quote = c;
            ++j;
        }
        const QString tag = html.mid(i + 1, j - i - 1);
        i = j + 1;
        static const QRegularExpression nameRe(
            QStringLiteral("^\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9:-]*)"));
        const auto m = nameRe.match(tag);
        if (!m.hasMatch())
            continue; // <!DOCTYPE …>, <?xml …?>, a stray "<"
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == QLatin1String("title")) {
            inTitle = !closing && !tag.endsWith(QLatin1Char('/'));
            continue;
        }
        if (name == QLatin1String("meta") || name == QLatin1String("link")) {
            readMeta(tag, &page.meta);
            if (name == QLatin1String("link") &&
                attribute(tag, QStringLiteral("rel")).toLower() == QLatin1String("canonical") &&
                page.meta.url.isEmpty())
                page.meta.url = attribute(tag, QStringLiteral("href"));
            continue;
        }
        if (dropDepth > 0) {
            if (name == dropping)
                dropDepth += closing ? -1 : (tag.endsWith(QLatin1Char('/')) ? 0 : 1);
            continue;
        }
        if (kDropped.contains(name) && !closing && !tag.endsWith(QLatin1Char('/'))) {
            dropping = name;
            dropDepth = 1;
            continue;
        }
        if (name == QLatin1String("pre"))
            inPre = !closing;
        if (name == QLatin1String("li")) {
            breakParagraph();
            if (!closing)
                text += QStringLiteral("- ");
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!text.isEmpty() && !text.back().isSpace())
                text += QLatin1Char(' ');
        } else if (kBlocks.contains(name)) {
            breakParagraph();
        }
    }
    page.text = text;
    if (page.meta.title.isEmpty())
        page.meta.title = title.simplified();
    return page;
}

QString tidy(const QString &text)
{
    QStringList paragraphs;
    for (const QString &part : text.split(QStringLiteral("\n\n"))) {
        const QString p = part.trimmed();
        if (!p.isEmpty() && p != QLatin1String("-"))
            paragraphs.append(p);
    }
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace

namespace HtmlText {

ImportResult read(const QByteArray &bytes, const QString &shownName)
{
    Page page = parse(decode(bytes));
    page.text = tidy(page.text);
    if (page.text.trimmed().isEmpty())
        return ImportResult::failed(
            QStringLiteral("%1: the page has no text outside scripts, styles and navigation")
                .arg(shownName));
    return {ImportedText{page.text, page.meta, QStringLiteral("html")}, {}};
}

} // namespace HtmlText
