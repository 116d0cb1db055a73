#include "app/corpus/json_lines.h"

#include "app/corpus/line_numbers.h"

#include <algorithm>

namespace JsonLines {

QVector<int> elementLines(const QByteArray &bytes, const QString &key)
{
    QVector<int> lines;
    const QByteArray quotedKey = '"' + key.toUtf8() + '"';
    int depth = 0;
    int line = 1;
    bool inString = false;
    bool inTargetArray = false;
    bool expectValue = true; // at depth 2 inside the target array, the next token starts one
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n')))
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        const bool startsElement = inTargetArray && depth == 2 && expectValue && c != ' ' &&
                                   c != '\n' && c != '\r' && c != '\t' && c != ']';
        if (startsElement) {
            lines.append(line);
            expectValue = false;
        }
        switch (c) {
        case '"':
            if (depth == 1 && bytes.mid(i, quotedKey.size()) == quotedKey) {
                qsizetype j = i + quotedKey.size();
                while (j < bytes.size() &&
                       (bytes.at(j) == ' ' || bytes.at(j) == ':' || bytes.at(j) == '\n' ||
                        bytes.at(j) == '\r' || bytes.at(j) == '\t'))
                    ++j;
                inTargetArray = j < bytes.size() && bytes.at(j) == '[';
                expectValue = true;
            }
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (depth == 1 && c == ']')
                inTargetArray = false;
            break;
        case ',':
            if (inTargetArray && depth == 2)
                expectValue = true;
            break;
        default:
            break;
        }
    }
    return lines;
}

QString describe(const QByteArray &bytes, const QJsonParseError &error, int *line)
{
    *line = LineNumbers::at(bytes, error.offset);
    return QStringLiteral("not valid JSON: %1 (line %2)").arg(error.errorString()).arg(*line);
}

std::optional<QJsonObject> parseObject(const QByteArray &json, const QString &fileName,
                                       const QString &consequence, Problems *problems)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        int line = 0;
        const QString message = describe(json, error, &line);
        problems->append({fileName, line, message + QStringLiteral("; ") + consequence});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problems->append({fileName, 1, QStringLiteral("is not a JSON object; ") + consequence});
        return std::nullopt;
    }
    return doc.object();
}

} // namespace JsonLines
