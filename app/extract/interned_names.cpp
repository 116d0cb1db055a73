#include "app/extract/interned_names.h"

#include <QHash>
#include <QMutex>

#include <array>
#include <memory>

namespace {

// The names in chunks that never move once made: a name is read without a lock while others
// are added (each is written before its number is handed out, under the mutex).
constexpr int kChunk = 64;

struct Table {
    Table()
    {
        chunks[0] = std::make_unique<QString[]>(kChunk);
        numbers.insert(QString(), 0); // number 0: the empty string
    }
    QMutex mutex;
    QHash<QString, int> numbers;
    std::array<std::unique_ptr<QString[]>, InternedNames::kCapacity / kChunk> chunks;
};

Table &table()
{
    static Table names;
    return names;
}

} // namespace

namespace InternedNames {

int numberOf(const QString &name)
{
    Table &t = table();
    const QMutexLocker lock(&t.mutex);
    if (const auto found = t.numbers.constFind(name); found != t.numbers.cend())
        return *found;
    const int number = int(t.numbers.size());
    if (number >= kCapacity)
        return -1;
    std::unique_ptr<QString[]> &chunk = t.chunks[number / kChunk];
    if (!chunk)
        chunk = std::make_unique<QString[]>(kChunk);
    chunk[number % kChunk] = name;
    t.numbers.insert(name, number);
    return number;
}

const QString &name(int number)
{
    return table().chunks[number / kChunk][number % kChunk];
}

} // namespace InternedNames
