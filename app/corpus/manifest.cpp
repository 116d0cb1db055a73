#include "app/corpus/manifest.h"

#include "app/corpus/json_lines.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QDate isoDate(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Manifest Manifest::parse(const QByteArray &json, const QString &fileName, Problems *problems)
{
    Manifest manifest;
    const std::optional<QJsonObject> root =
        JsonLines::parseObject(json, fileName, QStringLiteral("the manifest is ignored"), problems);
    if (!root)
        return manifest;
    const QJsonArray articles = root->value(QLatin1String("articles")).toArray();
    if (articles.isEmpty()) {
        problems->append(
            {fileName, 0, QStringLiteral("has no \"articles\" list; the manifest is ignored")});
        return manifest;
    }
    const QVector<int> lines = JsonLines::elementLines(json, QStringLiteral("articles"));
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const int line = i < lines.size() ? lines.at(i) : 0;
        const QJsonObject o = articles.at(i).toObject();
        const QString file = o.value(QLatin1String("file")).toString();
        if (file.isEmpty()) {
            problems->append({fileName, line, QStringLiteral("an entry has no \"file\"")});
            continue;
        }
        ManifestEntry entry;
        entry.id = o.value(QLatin1String("id")).toString();
        entry.meta.title = o.value(QLatin1String("title")).toString();
        entry.meta.shortName = o.value(QLatin1String("short")).toString();
        entry.meta.publisher = o.value(QLatin1String("publisher")).toString();
        entry.meta.author = o.value(QLatin1String("author")).toString();
        entry.meta.url = o.value(QLatin1String("url")).toString();
        entry.meta.published = isoDate(o.value(QLatin1String("published")));
        const QJsonObject period = o.value(QLatin1String("period")).toObject();
        entry.meta.period = {isoDate(period.value(QLatin1String("from"))),
                             isoDate(period.value(QLatin1String("to")))};
        entry.meta.year = o.value(QLatin1String("year")).toInt();
        if (o.contains(QLatin1String("published")) &&
            !o.value(QLatin1String("published")).isNull() && !entry.meta.published.isValid())
            problems->append(
                {fileName, line,
                 QStringLiteral("\"published\" of %1 is not a YYYY-MM-DD date; it is ignored and "
                                "the date is taken from the text")
                     .arg(file)});
        const QJsonValue periodValue = o.value(QLatin1String("period"));
        if (!periodValue.isNull() && !periodValue.isUndefined() &&
            (!entry.meta.period.from.isValid() || !entry.meta.period.to.isValid() ||
             entry.meta.period.to < entry.meta.period.from)) {
            problems->append({fileName, line,
                              QStringLiteral("\"period\" of %1 needs \"from\" and \"to\" as "
                                             "YYYY-MM-DD dates, from first; it is ignored")
                                  .arg(file)});
            entry.meta.period = {};
        }
        // A date the manifest gets wrong was reported above; the text may still say it.
        const QJsonValue publishedValue = o.value(QLatin1String("published"));
        entry.datesGiven =
            (!publishedValue.isUndefined() &&
             (publishedValue.isNull() || entry.meta.published.isValid())) ||
            (!periodValue.isUndefined() && (periodValue.isNull() || entry.meta.period.isValid()));
        if (manifest.m_entries.contains(file))
            problems->append(
                {fileName, line,
                 QStringLiteral("%1 is described twice; the later entry is used").arg(file)});
        manifest.m_entries.insert(file, entry);
    }
    return manifest;
}

const ManifestEntry *Manifest::find(const QString &file) const
{
    const auto it = m_entries.constFind(file);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}
