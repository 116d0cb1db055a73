#include "app/corpus/metadata_detector.h"

#include "app/corpus/date_parser.h"
#include "app/corpus/metadata_lines.h"
#include "app/corpus/pcre_pattern.h"
#include "app/corpus/publication_names.h"
#include "app/corpus/subject_check.h"

#include <QHash>
#include <QRegularExpression>

namespace {

QString firstCapture(const PcrePattern &re, QStringView line)
{
    const auto match = re.match(line);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString publisherFrom(QStringView line)
{
    static const PcrePattern copyright(
        QStringLiteral("^(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}\\s*)?(.+?)\\.?\\s*"
                       "(?:All [Rr]ights [Rr]eserved\\.?)?$"));
    return firstCapture(copyright, line);
}

DateRange periodFrom(QStringView line)
{
    static const PcrePattern periodLine(
        QStringLiteral("^(?:Review|Reporting|Covered)?\\s*period\\s*:\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString rest = firstCapture(periodLine, line);
    if (rest.isEmpty())
        return {};
    // The range names its year at the end; parse it once to learn the year, then again.
    static const PcrePattern year(QStringLiteral("\\b(\\d{4})\\b"));
    const int contextYear = year.match(rest).captured(1).toInt();
    const auto dates = DateParser(contextYear).find(rest);
    if (dates.isEmpty())
        return {};
    return {dates.first().range.from, dates.last().range.to};
}

// The year most explicit dates and years in the text name (1990–2099), for undated days.
int mostNamedYear(const QString &text)
{
    static const PcrePattern year(QStringLiteral("\\b(199\\d|20\\d\\d)\\b"));
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
           !MetadataLines::isMetadataLine(line);
}

// A title line without the Markdown around it: "# Title", "## Title ##", "**Title**".
QString titleText(QStringView line)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+|\\s+#+\\s*$"));
    QString title = line.toString();
    title.remove(heading);
    return MetadataLines::withoutEmphasis(QStringView(title).trimmed()).toString();
}

} // namespace

ArticleMetadata MetadataDetector::detect(const Article &given)
{
    const Article article = given.opened();
    const SubjectCheck::ValidText checkedOnce(article.text.utf16()); // its lines are views into it
    ArticleMetadata meta;
    const QVector<Paragraph> &paragraphs = article.paragraphs;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs.at(i);
        const QStringView line = article.slice(p.span);
        if (meta.author.isEmpty()) {
            meta.author = MetadataLines::authorOf(line);
            if (!meta.author.isEmpty() && !meta.published.isValid())
                meta.published = MetadataLines::byLineDate(line);
            if (!meta.author.isEmpty() && meta.publisher.isEmpty())
                meta.publisher = MetadataLines::publisherOfByLine(line);
        }
        if (meta.publisher.isEmpty())
            meta.publisher = publisherFrom(line);
        if (!meta.period.isValid())
            meta.period = periodFrom(line);
        if (!meta.published.isValid() && !p.boilerplate) {
            const MetadataLines::Dateline dateline = MetadataLines::datelineOf(line);
            meta.published = dateline.date;
            // "Astana Observer, 3 March 2022": a publication's name, not a place.
            if (PublicationNames::shared().isPublication(dateline.name)) {
                if (meta.publisher.isEmpty())
                    meta.publisher = dateline.name;
            } else if (meta.place.isEmpty()) {
                meta.place = dateline.place;
            }
        }
        // A site's name stands above its navigation bar: the headline comes after both; the
        // site is the publisher.
        const bool siteName = i + 1 < paragraphs.size() &&
                              MetadataLines::isNavigation(article.slice(paragraphs.at(i + 1).span));
        if (siteName && meta.publisher.isEmpty() && isTitleCandidate(line))
            meta.publisher = line.trimmed().toString();
        if (meta.title.isEmpty() && !p.boilerplate && !siteName && isTitleCandidate(line))
            meta.title = titleText(line);
    }
    if (meta.title.isEmpty())
        meta.title = article.file;
    // The year of the first full date ("24 February 2022"), else the year the text names most:
    // "gas imports to stop by 2027" is a target, not the year the article speaks of.
    if (!meta.published.isValid() && !meta.period.isValid()) {
        for (const DateMention &d : DateParser(0).find(article.text.view())) {
            if (d.yearExplicit && d.precision == DateMention::Precision::Day) {
                meta.year = d.range.from.year();
                break;
            }
        }
        if (meta.year == 0)
            meta.year = mostNamedYear(article.text.toString());
    }
    return meta;
}
