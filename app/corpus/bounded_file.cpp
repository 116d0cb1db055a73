#include "app/corpus/bounded_file.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace BoundedFile {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

// The file's bytes, at most one past `limit`: room is made for the size it was measured at and
// one byte more, and grows only for a file that grew since (or, like those of /proc, is measured
// empty). (Room for the whole limit at once was 16 MB allocated for every article read.)
// Nullopt when the file cannot be read.
std::optional<QByteArray> readUpTo(QFile &file, qint64 measured, qint64 limit)
{
    QByteArray bytes(qsizetype(measured + 1), Qt::Uninitialized);
    qint64 have = 0;
    for (;;) {
        const qint64 got = file.read(bytes.data() + have, bytes.size() - have);
        if (got < 0)
            return std::nullopt;
        have += got;
        if (got == 0 || have > limit)
            break;
        if (have == bytes.size())
            bytes.resize(qsizetype(std::min(limit + 1, 2 * have)));
    }
    bytes.truncate(qsizetype(have));
    return bytes;
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
    const std::optional<QByteArray> bytes = readUpTo(file, std::min(info.size(), limit), limit);
    if (!bytes) {
        problems->append({shownName, 0, QStringLiteral("cannot be read: ") + file.errorString()});
        return std::nullopt;
    }
    if (bytes->size() > limit) {
        problems->append({shownName, 0,
                          QStringLiteral("the file is too large (the limit for %1 is %2 MB); "
                                         "it grew while it was read")
                              .arg(what, megabytes(limit))});
        return std::nullopt;
    }
    return bytes;
}

} // namespace BoundedFile
