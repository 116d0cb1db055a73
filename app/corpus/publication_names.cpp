#include "app/corpus/publication_names.h"

#include "app/corpus/builtin_resource.h"
#include "app/corpus/json_lines.h"

#include <QJsonArray>

#include <algorithm>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

PublicationNames::PublicationNames() = default;

PublicationNames PublicationNames::fromJson(const QByteArray &json, const QString &fileName,
                                            Problems *problems)
{
    PublicationNames names;
    const std::optional<QJsonObject> root = JsonLines::parseObject(
        json, fileName, QStringLiteral("no publication's name is recognised"), problems);
    if (!root)
        return names;
    for (const QJsonValue &word : root->value(QLatin1String("words")).toArray()) {
        const QString text = word.toString();
        if (text.isEmpty() || !std::all_of(text.cbegin(), text.cend(), isWordChar)) {
            problems->append(
                {fileName, 0,
                 QStringLiteral("\"%1\" in \"words\" is not a word; it is ignored").arg(text)});
            continue;
        }
        names.m_words.append(text);
    }
    std::sort(names.m_words.begin(), names.m_words.end());
    return names;
}

PublicationNames PublicationNames::builtin(Problems *problems)
{
    return parseBuiltinOnce<PublicationNames>(QStringLiteral("publication_words.json"),
                                              &PublicationNames::fromJson, problems);
}

const PublicationNames &PublicationNames::shared()
{
    static const PublicationNames names = [] {
        Problems ignored;
        return builtin(&ignored);
    }();
    return names;
}

bool PublicationNames::isPublicationWord(QStringView word) const
{
    // (Called at every mention followed by a capital: no copy of the word is made.)
    return !word.isEmpty() &&
           std::binary_search(m_words.cbegin(), m_words.cend(), word,
                              [](const auto &a, const auto &b) {
                                  return QStringView(a).compare(QStringView(b)) < 0;
                              });
}

bool PublicationNames::isPublication(QStringView name) const
{
    const QStringView trimmed = name.trimmed();
    const qsizetype space = trimmed.lastIndexOf(QLatin1Char(' '));
    return space > 0 && isPublicationWord(trimmed.sliced(space + 1));
}

qsizetype PublicationNames::wordEndAfterSpace(QStringView text, qsizetype at) const
{
    qsizetype end = at + 1;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    if (end < text.size() && (text.at(end) == QLatin1Char('-') || text.at(end) == QChar(0x2010)))
        return -1; // "Georgia Post-Election Crisis": a word of another compound
    return isPublicationWord(text.sliced(at + 1, end - at - 1)) ? end : -1;
}
