#include "app/export/save_file.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace SaveFile {

namespace {

using Producer = std::function<bool(QIODevice &)>;

// Standard output, a device or a pipe: written in place, and a failed write or flush reported.
bool writeDirect(QFile &file, const Producer &produce, const QString &name, QString *error)
{
    const bool ok = produce(file) && file.flush();
    if (!ok)
        *error = QStringLiteral("%1: cannot be written: %2").arg(name, file.errorString());
    return ok;
}

} // namespace

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeWith(
        path, [&](QIODevice &out) { return out.write(bytes) == bytes.size(); }, error);
}

bool writeWith(const QString &path, const Producer &produce, QString *error)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write to standard output");
            return false;
        }
        return writeDirect(out, produce, QStringLiteral("standard output"), error);
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        if (info.isDir()) {
            *error = QStringLiteral("%1: is a folder, not a file").arg(path);
            return false;
        }
        // Never replace a device or a pipe (/dev/null, a fifo) with a regular file.
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("%1: cannot be written: %2").arg(path, device.errorString());
            return false;
        }
        return writeDirect(device, produce, path, error);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    // A write that fails is remembered by QSaveFile: commit() then fails with its reason.
    if (!produce(file)) {
        *error = QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace SaveFile
