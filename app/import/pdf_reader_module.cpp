#include "app/import/pdf_reader_module.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace {

struct LoadedModule {
    ReadPdfPages entry = nullptr;
    QString error;
};

QStringList candidatePaths()
{
    QStringList paths;
    if (QCoreApplication::instance())
        paths.append(QDir(QCoreApplication::applicationDirPath())
                         .filePath(QStringLiteral(PE_PDF_READER_FILE_NAME)));
    paths.append(QStringLiteral(PE_PDF_READER_BUILD_PATH));
    return paths;
}

LoadedModule load()
{
    LoadedModule loaded;
    QStringList failures;
    for (const QString &path : candidatePaths()) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path); // never unloaded: its code serves every later PDF
        loaded.entry = reinterpret_cast<ReadPdfPages>(library.resolve(kPdfPagesEntry));
        if (loaded.entry)
            return loaded;
        failures.append(library.errorString());
    }
    loaded.error =
        failures.isEmpty()
            ? QStringLiteral("PDF files cannot be read: their reader, %1, is not beside the "
                             "program nor at %2")
                  .arg(QStringLiteral(PE_PDF_READER_FILE_NAME),
                       QStringLiteral(PE_PDF_READER_BUILD_PATH))
            : QStringLiteral("PDF files cannot be read: their reader could not be loaded (%1)")
                  .arg(failures.join(QStringLiteral("; ")));
    return loaded;
}

} // namespace

namespace PdfReaderModule {

ReadPdfPages entry(QString *error)
{
    static const LoadedModule module = load(); // loaded once, by the first thread to get here
    if (!module.entry)
        *error = module.error;
    return module.entry;
}

} // namespace PdfReaderModule
