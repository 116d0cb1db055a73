#include "app/corpus/metadata_detector.h"

#include "app/corpus/date_parser.h"

#include <QHash>
#include <QRegularExpression>

namespace {

QString firstCapture(const QRegularExpression &re, QStringView line)
{
    const auto match = re.match(line);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString authorFrom(QStringView line)
{
    static const QRegularExpression authorLine(
        QStringLiteral(
            "^(?:Author(?:\\(s\\))?|Written by|By)\\s*:?\\s+"
            "(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})\\s*(?:[,|·•–—-].*)?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return firstCapture(authorLine, line);
}

QString publisherFrom(QStringView line)
{
    static const QRegularExpression copyright(
        QStringLiteral("^(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}\\s*)?(.+?)\\.?\\s*"
                       "(?:All [Rr]ights [Rr]eserved\\.?)?$"));
    return firstCapture(copyright, line);
}

DateRange periodFrom(QStringView line)
{
    static const QRegularExpression periodLine(
        QStringLiteral("^(?:Review|Reporting|Covered)?\\s*period\\s*:\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString rest = firstCapture(periodLine, line);
    if (rest.isEmpty())
        return {};
    // The range names its year at the end; parse it once to learn the year, then again.
    static const QRegularExpression year(QStringLiteral("\\b(\\d{4})\\b"));
    const int contextYear = year.match(rest).captured(1).toInt();
    const auto dates = DateParser(contextYear).find(rest);
    if (dates.isEmpty())
        return {};
    return {dates.first().range.from, dates.last().range.to};
}

QDate dateLine(QStringView line)
{
    // "Published: 2022-03-02", "2022-03-02"
    static const QRegularExpression iso(
        QStringLiteral("^(?:[A-Za-z ]{0,16}:\\s*)?(\\d{4}-\\d{2}-\\d{2})$"));
    if (const auto m = iso.match(line.trimmed()); m.hasMatch())
        return QDate::fromString(m.captured(1), Qt::ISODate);
    const auto dates = DateParser(0).find(line);
    if (dates.size() != 1 || !dates.first().yearExplicit ||
        dates.first().precision != DateMention::Precision::Day)
        return {};
    const TextSpan span = dates.first().span;
    // The line must be the date and little else ("31 March 2022", "Published: 2 May 2022").
    if (line.size() - span.length() > 12)
        return {};
    return dates.first().range.from;
}

// "By Jane Roe | 2 March 2022": a by-line may carry the date.
QDate byLineDate(QStringView line)
{
    const auto dates = DateParser(0).find(line);
    for (const DateMention &d : dates) {
        if (d.yearExplicit && d.precision == DateMention::Precision::Day)
            return d.range.from;
    }
    return {};
}

// The year most explicit dates and years in the text name (1990–2099), for undated days.
int mostNamedYear(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("\\b(199\\d|20\\d\\d)\\b"));
    QHash<int, int> counts;
    for (auto it = year.globalMatch(text); it.hasNext();)
        ++counts[it.next().captured(1).toInt()];
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best == 0 || it.value() > counts.value(best) ||
            (it.value() == counts.value(best) && it.key() > best))
            best = it.key();
    }
    return best;
}

bool isTitleCandidate(QStringView line)
{
    return line.size() >= 6 && line.size() <= 200 && line.count(QLatin1Char(' ')) >= 1 &&
           authorFrom(line).isEmpty() && !dateLine(line).isValid();
}

// A title line without the Markdown around it: "# Title", "## Title ##", "**Title**".
QString titleText(QStringView line)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+|\\s+#+\\s*$"));
    QString title = line.toString();
    title.remove(heading);
    for (const QLatin1String strong : {QLatin1String("**"), QLatin1String("__")}) {
        if (title.size() > 4 && title.startsWith(strong) && title.endsWith(strong))
            title = title.mid(2, title.size() - 4);
    }
    return title.trimmed();
}

} // namespace

ArticleMetadata MetadataDetector::detect(const Article &article)
{
    ArticleMetadata meta;
    for (const Paragraph &p : article.paragraphs) {
        const QStringView line = article.slice(p.span);
        if (meta.author.isEmpty()) {
            meta.author = authorFrom(line);
            if (!meta.author.isEmpty() && !meta.published.isValid())
                meta.published = byLineDate(line);
        }
        if (meta.publisher.isEmpty())
            meta.publisher = publisherFrom(line);
        if (!meta.period.isValid())
            meta.period = periodFrom(line);
        if (!meta.published.isValid() && !p.boilerplate)
            meta.published = dateLine(line);
        if (meta.title.isEmpty() && !p.boilerplate && isTitleCandidate(line))
            meta.title = titleText(line);
    }
    if (meta.title.isEmpty())
        meta.title = article.file;
    if (!meta.published.isValid() && !meta.period.isValid())
        meta.year = mostNamedYear(article.text);
    return meta;
}
