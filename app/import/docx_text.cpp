#include "app/import/docx_text.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QBuffer>
#include <QXmlStreamReader>

namespace {

enum class Part { Read, Missing, TooBig, Damaged };

Part readPart(QuaZip &zip, const QString &name, QByteArray *out)
{
    if (!zip.setCurrentFile(name))
        return Part::Missing;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return Part::Damaged;
    // The size the archive claims may lie; what is read is counted too.
    if (file.usize() > DocxText::kMaxPartBytes)
        return Part::TooBig;
    out->clear();
    char chunk[65536];
    while (true) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            return Part::Damaged;
        if (n == 0)
            break;
        out->append(chunk, n);
        if (out->size() > DocxText::kMaxPartBytes)
            return Part::TooBig;
    }
    return file.getZipError() == UNZ_OK ? Part::Read : Part::Damaged;
}

void readCore(const QByteArray &xml, ArticleMetadata *meta)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        if (name == QLatin1String("title"))
            meta->title = reader.readElementText().trimmed();
        else if (name == QLatin1String("creator"))
            meta->author = reader.readElementText().trimmed();
        else if (name == QLatin1String("created"))
            meta->published = QDate::fromString(reader.readElementText().left(10), Qt::ISODate);
    }
}

} // namespace

namespace DocxText {

QString documentText(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    QStringList paragraphs;
    QString paragraph;
    bool listItem = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        const QStringView name = reader.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("t"))
                paragraph += reader.readElementText();
            else if (name == QLatin1String("tab"))
                paragraph += QLatin1Char(' ');
            else if (name == QLatin1String("br") || name == QLatin1String("cr"))
                paragraph += QLatin1Char('\n');
            else if (name == QLatin1String("numPr"))
                listItem = true;
        } else if (token == QXmlStreamReader::EndElement && name == QLatin1String("p")) {
            const QString text = paragraph.trimmed();
            if (!text.isEmpty())
                paragraphs.append(listItem ? QStringLiteral("- ") + text : text);
            paragraph.clear();
            listItem = false;
        }
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return {};
    }
    return paragraphs.isEmpty() ? QString()
                                : paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

ImportResult read(const QByteArray &bytes, const QString &shownName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return ImportResult::failed(
            QStringLiteral("%1: is not a Word file (.docx is a zip archive; this is none)")
                .arg(shownName));
    QByteArray document;
    switch (readPart(zip, QStringLiteral("word/document.xml"), &document)) {
    case Part::Read:
        break;
    case Part::Missing:
        return ImportResult::failed(
            QStringLiteral("%1: has no word/document.xml; is it a Word file?").arg(shownName));
    case Part::TooBig:
        return ImportResult::failed(
            QStringLiteral("%1: its text unpacks to more than %2 MB; not imported")
                .arg(shownName)
                .arg(kMaxPartBytes / (1024 * 1024)));
    case Part::Damaged:
        return ImportResult::failed(
            QStringLiteral("%1: the archive is damaged; not imported").arg(shownName));
    }
    QString error;
    const QString text = documentText(document, &error);
    if (!error.isEmpty())
        return ImportResult::failed(
            QStringLiteral("%1: word/document.xml is not well-formed (%2)").arg(shownName, error));
    if (text.trimmed().isEmpty())
        return ImportResult::failed(QStringLiteral("%1: the document has no text").arg(shownName));
    ImportedText imported{text, {}, QStringLiteral("docx")};
    QByteArray core;
    if (readPart(zip, QStringLiteral("docProps/core.xml"), &core) == Part::Read)
        readCore(core, &imported.meta);
    return {imported, {}};
}

} // namespace DocxText
