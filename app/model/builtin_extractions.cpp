#include "app/model/builtin_extractions.h"

#include "app/extract/on_demand_extractor.h"
#include "app/library/extraction_cache.h"

#include <QDataStream>
#include <QFile>
#include <QMap>

namespace {

constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;
const char kFormat[] = "position-explorer built-in extractions 2";

} // namespace

namespace BuiltinExtractions {

QByteArray key(const Article &article)
{
    return ExtractionCache::key(article,
                                QByteArray("made with the program|Qt ") + QByteArray(qVersion()));
}

QByteArray make(const QVector<Article> &articles, Problems *problems)
{
    const Gazetteer gazetteer = Gazetteer::builtin(problems);
    OnDemandExtractor extractor(gazetteer);
    QMap<QByteArray, QByteArray> records; // by key, in order: the same file for the same input
    for (const Article &article : articles)
        records.insert(key(article), extractor.extract(article).encode());
    *problems += extractor.problems();
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << QByteArray(kFormat) << records;
    return bytes;
}

QHash<QByteArray, QByteArray> parse(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    QByteArray format;
    QMap<QByteArray, QByteArray> records;
    in >> format;
    if (format != kFormat)
        return {};
    in >> records;
    if (in.status() != QDataStream::Ok)
        return {};
    QHash<QByteArray, QByteArray> byKey;
    for (auto r = records.cbegin(); r != records.cend(); ++r)
        byKey.insert(r.key(), r.value());
    return byKey;
}

const QHash<QByteArray, QByteArray> &embedded()
{
    static const QHash<QByteArray, QByteArray> records = [] {
        QFile file(QStringLiteral(":/builtin_extractions.bin"));
        return file.open(QIODevice::ReadOnly) ? parse(file.readAll())
                                              : QHash<QByteArray, QByteArray>();
    }();
    return records;
}

} // namespace BuiltinExtractions
