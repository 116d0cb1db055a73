#include "app/import/pdf_text.h"

#include "app/import/pdf_reader_module.h"

#include <QVector>

#include <algorithm>

namespace PdfText {

namespace {

// Whether a line can open a paragraph of its own: it begins with a capital or a digit
// ("Astana, 3 March 2022", "Kazakhstan has not…"), not in the middle of a sentence.
bool opensALine(const QString &line)
{
    const QString t = line.trimmed();
    return !t.isEmpty() && (t.front().isUpper() || t.front().isDigit());
}

} // namespace

QString joinLines(const QStringList &lines)
{
    qsizetype longest = 0;
    QVector<qsizetype> lengths;
    for (const QString &line : lines) {
        const qsizetype length = line.trimmed().size();
        longest = std::max(longest, length);
        if (length > 0)
            lengths.append(length);
    }
    // The length of most lines: a column's, where a title or an abstract spans the page.
    std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
    const qsizetype usual = lengths.isEmpty() ? 0 : lengths.at(lengths.size() / 2);
    QString text;
    QString paragraph;
    const auto endParagraph = [&] {
        if (!paragraph.trimmed().isEmpty())
            text += paragraph.trimmed() + QStringLiteral("\n\n");
        paragraph.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            endParagraph();
            continue;
        }
        if (paragraph.endsWith(QLatin1Char('-')) && line.front().isLower())
            paragraph.chop(1); // "inter-" + "national"
        else if (!paragraph.isEmpty())
            paragraph += QLatin1Char(' ');
        paragraph += line;
        static const QString enders = QStringLiteral(".!?:\"”)");
        const bool ends = enders.contains(line.back());
        if (ends && line.size() < longest * 0.8)
            endParagraph();
        else if (!ends && line.size() < usual * 0.6 && paragraph == line &&
                 opensALine(i + 1 < lines.size() ? lines.at(i + 1) : QString()))
            endParagraph(); // a title, a dateline, a heading: a short line of its own
    }
    endParagraph();
    return text;
}

ImportResult read(const QByteArray &bytes, const QString &shownName)
{
    QString moduleError;
    const ReadPdfPages readPages = PdfReaderModule::entry(&moduleError);
    if (!readPages)
        return ImportResult::failed(QStringLiteral("%1: %2").arg(shownName, moduleError));
    PdfPages document;
    readPages(bytes, &document);
    if (document.outcome == PdfPages::Outcome::NotAPdf)
        return ImportResult::failed(
            QStringLiteral("%1: is not a PDF Poppler can read (damaged or not a PDF)")
                .arg(shownName));
    if (document.outcome == PdfPages::Outcome::Locked)
        return ImportResult::failed(
            QStringLiteral("%1: is locked with a password; unlock it and import it again")
                .arg(shownName));
    QString text;
    for (const QString &page : std::as_const(document.pages))
        text += joinLines(page.split(QLatin1Char('\n')));
    if (text.trimmed().isEmpty())
        return ImportResult::failed(
            QStringLiteral("%1: has no text layer (a scanned PDF?); run OCR on it first, nothing "
                           "was imported")
                .arg(shownName));
    ImportedText imported{text, {}, QStringLiteral("pdf")};
    imported.meta.title = document.title;
    imported.meta.author = document.author;
    return {imported, {}};
}

} // namespace PdfText
