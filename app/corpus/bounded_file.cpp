#include "app/corpus/bounded_file.h"

#include <QFile>
#include <QFileInfo>

namespace BoundedFile {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

std::optional<QByteArray> read(const QString &path, const QString &shownName, qint64 limit,
                               const QString &what, Problems *problems)
{
    const QFileInfo info(path);
    const bool resource = path.startsWith(QLatin1Char(':'));
    if (!info.exists()) {
        problems->append({shownName, 0, QStringLiteral("the file does not exist")});
        return std::nullopt;
    }
    if (!resource && !info.isFile()) {
        problems->append({shownName, 0, QStringLiteral("is not a regular file")});
        return std::nullopt;
    }
    if (info.size() > limit) {
        problems->append({shownName, 0,
                          QStringLiteral("the file is too large (%1 MB; the limit for %2 is %3 "
                                         "MB); it is not read")
                              .arg(megabytes(info.size()), what, megabytes(limit))});
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({shownName, 0, QStringLiteral("cannot be read: ") + file.errorString()});
        return std::nullopt;
    }
    // At most one byte past the limit: a file that grew since it was measured is still refused.
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit) {
        problems->append({shownName, 0,
                          QStringLiteral("the file is too large (the limit for %1 is %2 MB); "
                                         "it grew while it was read")
                              .arg(what, megabytes(limit))});
        return std::nullopt;
    }
    return bytes;
}

} // namespace BoundedFile
