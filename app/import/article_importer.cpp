#include "app/import/article_importer.h"

#include "app/corpus/bounded_file.h"
#include "app/corpus/text_decoder.h"
#include "app/import/docx_text.h"
#include "app/import/html_text.h"
#include "app/import/pdf_text.h"

#include <QFileInfo>

namespace {

ImportResult plainText(const QByteArray &bytes, const QString &format, const QString &shownName)
{
    DecodedText decoded = TextDecoder::decode(bytes, shownName);
    if (!decoded.text) {
        QStringList why;
        for (const Problem &p : decoded.problems)
            why.append(p.toString());
        return ImportResult::failed(why.isEmpty() ? shownName + QStringLiteral(": not text")
                                                  : why.join(QStringLiteral("; ")));
    }
    return {ImportedText{*decoded.text, {}, format}, {}};
}

} // namespace

namespace ArticleImporter {

QStringList suffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("md"),  QStringLiteral("html"),
            QStringLiteral("htm"), QStringLiteral("pdf"), QStringLiteral("docx")};
}

bool canImport(const QString &path)
{
    return suffixes().contains(QFileInfo(path).suffix().toLower());
}

ImportResult fromBytes(const QByteArray &bytes, const QString &suffix, const QString &shownName)
{
    const QString format = suffix.toLower();
    if (format == QLatin1String("txt") || format == QLatin1String("md"))
        return plainText(bytes, format, shownName);
    if (format == QLatin1String("html") || format == QLatin1String("htm"))
        return HtmlText::read(bytes, shownName);
    if (format == QLatin1String("pdf"))
        return PdfText::read(bytes, shownName);
    if (format == QLatin1String("docx"))
        return DocxText::read(bytes, shownName);
    return ImportResult::failed(
        QStringLiteral("%1: cannot import '.%2' files (txt, md, html, htm, pdf or docx)")
            .arg(shownName, suffix));
}

ImportResult readFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (!canImport(path))
        return fromBytes({}, suffix, path);
    Problems problems;
    const std::optional<QByteArray> bytes =
        BoundedFile::read(path, path, kMaxFileBytes, QStringLiteral("an article"), &problems);
    if (!bytes)
        return ImportResult::failed(problems.isEmpty() ? path + QStringLiteral(": cannot be read")
                                                       : problems.first().toString());
    if (bytes->isEmpty())
        return ImportResult::failed(path + QStringLiteral(": is empty"));
    return fromBytes(*bytes, suffix, path);
}

} // namespace ArticleImporter
