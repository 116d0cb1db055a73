// Extraction stage: the names a mention carries (an entity's id, the category of the term that
// matched) as small numbers into one table for the whole process. A big library has millions of
// mentions and a few hundred distinct names: a mention holds two numbers instead of two strings.
// The table only grows; a number once given names the same string until the process ends, and
// number 0 is the empty string.
#pragma once

#include <QString>

namespace InternedNames {

inline constexpr int kCapacity = 4096;

// The number of `name`, given it the first time it is asked for (from any thread); -1 when the
// table is full (only names read from a damaged record can fill it).
int numberOf(const QString &name);
// The name of a number numberOf() gave (or 0). Reads take no lock.
const QString &name(int number);

} // namespace InternedNames
