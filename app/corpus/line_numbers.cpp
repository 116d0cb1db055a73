#include "app/corpus/line_numbers.h"

#include <algorithm>

namespace {

template <typename Text, typename Char>
int lineAt(const Text &text, qsizetype offset, Char lf, Char cr)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const Char c = text.at(i);
        if (c == lf || (c == cr && (i + 1 >= text.size() || text.at(i + 1) != lf)))
            ++line;
    }
    return line;
}

} // namespace

namespace LineNumbers {

int at(const QByteArray &bytes, qsizetype offset)
{
    return lineAt(bytes, offset, '\n', '\r');
}

int at(QStringView text, qsizetype offset)
{
    return lineAt(text, offset, QChar(u'\n'), QChar(u'\r'));
}

} // namespace LineNumbers
