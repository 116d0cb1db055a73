// Corpus stage helper: reads a file whole only when it is small enough. A file above the limit
// (a 200 MB dump, a device) is refused with a problem before any of it is read into memory.
#pragma once

#include "app/corpus/problem.h"

#include <QByteArray>

#include <optional>

namespace BoundedFile {

// what: how the message names the file's role ("an article", "a manifest", "a codebook").
std::optional<QByteArray> read(const QString &path, const QString &shownName, qint64 limit,
                               const QString &what, Problems *problems);

} // namespace BoundedFile
