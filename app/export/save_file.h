// Export stage: every file the app writes goes through here — atomically, so a failed write
// leaves no broken file behind.
#pragma once

#include <QByteArray>
#include <QString>

namespace SaveFile {

// path "-" writes to standard output. Returns false and sets *error on failure.
bool write(const QString &path, const QByteArray &bytes, QString *error);

} // namespace SaveFile
