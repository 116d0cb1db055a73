#include "app/library/extraction_cache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ExtractionCache {

QByteArray buildIdentity()
{
    const QString path =
        QCoreApplication::instance() ? QCoreApplication::applicationFilePath() : QString();
    const QFileInfo executable(path);
    // (and the Qt it runs on: its regular expressions and Unicode tables read the texts)
    return QStringLiteral("%1|%2|%3|Qt %4")
        .arg(path)
        .arg(executable.size())
        .arg(executable.lastModified().toMSecsSinceEpoch())
        .arg(QLatin1String(qVersion()))
        .toUtf8();
}

QByteArray key(const Article &article, const QByteArray &build)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&](const QString &field) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1)); // a separator no field holds
    };
    hash.addData(build);
    hash.addData(QByteArrayView("\x1e", 1));
    hash.addData(article.sha256);
    const ArticleMetadata &m = article.meta;
    for (const QString &field :
         {m.title, m.shortName, m.publisher, m.author, m.place, m.published.toString(Qt::ISODate),
          m.period.from.toString(Qt::ISODate), m.period.to.toString(Qt::ISODate),
          QString::number(m.year), m.url})
        add(field);
    return hash.result().toHex();
}

std::optional<QHash<QByteArray, QByteArray>> load(const LibraryDatabase &library, QString *error)
{
    QSqlQuery query(library.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT input_sha256, record FROM extractions"))) {
        *error = library.describe(query.lastError());
        return std::nullopt;
    }
    QHash<QByteArray, QByteArray> records;
    while (query.next())
        records.insert(query.value(0).toString().toLatin1(), query.value(1).toByteArray());
    return records;
}

bool store(const LibraryDatabase &library, const QVector<Record> &records, QString *error)
{
    if (!library.beginWrite(error))
        return false;
    QSqlDatabase db = library.connection();
    QSqlQuery query(db);
    const auto fail = [&] {
        *error = library.describe(query.lastError());
        db.rollback();
        return false;
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Record &r : records) {
        query.prepare(QStringLiteral("DELETE FROM extractions WHERE text_sha256 = ?"));
        query.addBindValue(QString::fromLatin1(r.textSha256));
        if (!query.exec())
            return fail();
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO extractions (input_sha256, "
                                     "text_sha256, record, stored_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(QString::fromLatin1(r.key));
        query.addBindValue(QString::fromLatin1(r.textSha256));
        query.addBindValue(r.bytes);
        query.addBindValue(now);
        if (!query.exec())
            return fail();
    }
    if (!query.exec(QStringLiteral("DELETE FROM extractions WHERE text_sha256 NOT IN "
                                   "(SELECT sha256 FROM articles)")))
        return fail();
    if (!db.commit()) {
        *error = library.describe(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace ExtractionCache
