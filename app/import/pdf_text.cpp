#include "app/import/pdf_text.h"

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

namespace PdfText {

QString joinLines(const QStringList &lines)
{
    qsizetype longest = 0;
    for (const QString &line : lines)
        longest = std::max(longest, line.trimmed().size());
    QString text;
    QString paragraph;
    const auto endParagraph = [&] {
        if (!paragraph.trimmed().isEmpty())
            text += paragraph.trimmed() + QStringLiteral("\n\n");
        paragraph.clear();
    };
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
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
    }
    endParagraph();
    return text;
}

ImportResult read(const QByteArray &bytes, const QString &shownName)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return ImportResult::failed(
            QStringLiteral("%1: is not a PDF Poppler can read (damaged or not a PDF)")
                .arg(shownName));
    if (document->isLocked())
        return ImportResult::failed(
            QStringLiteral("%1: is locked with a password; unlock it and import it again")
                .arg(shownName));
    QString text;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        text += joinLines(page->text(QRectF()).split(QLatin1Char('\n')));
    }
    if (text.trimmed().isEmpty())
        return ImportResult::failed(
            QStringLiteral("%1: has no text layer (a scanned PDF?); run OCR on it first, nothing "
                           "was imported")
                .arg(shownName));
    ImportedText imported{text, {}, QStringLiteral("pdf")};
    imported.meta.title = document->info(QStringLiteral("Title")).trimmed();
    imported.meta.author = document->info(QStringLiteral("Author")).trimmed();
    return {imported, {}};
}

} // namespace PdfText
