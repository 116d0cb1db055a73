// Export stage: every file the app writes goes through here — atomically, so a failed write
// leaves no broken file behind.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace SaveFile {

// path "-" writes to standard output. Returns false and sets *error on failure.
bool write(const QString &path, const QByteArray &bytes, QString *error);

// The same, for output made piece by piece: `produce` writes to the device and returns false
// when a write failed; nothing is left at `path` then.
bool writeWith(const QString &path, const std::function<bool(QIODevice &)> &produce,
               QString *error);

} // namespace SaveFile
