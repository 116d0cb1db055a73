#include "app/library/library_claims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void bindClaim(QSqlQuery &query, const StoredClaim &stored)
{
    const Claim &c = stored.claim;
    query.bindValue(QStringLiteral(":article_key"), notNull(c.article));
    query.bindValue(QStringLiteral(":text_sha256"), QString::fromLatin1(stored.textSha256));
    query.bindValue(QStringLiteral(":country"), notNull(c.country));
    query.bindValue(QStringLiteral(":dimension"), notNull(c.dimension));
    query.bindValue(QStringLiteral(":value"), notNull(c.value));
    query.bindValue(QStringLiteral(":span_start"), qint64(c.span.start));
    query.bindValue(QStringLiteral(":span_end"), qint64(c.span.end));
    query.bindValue(QStringLiteral(":quote"), notNull(c.quote));
    query.bindValue(QStringLiteral(":memo"), notNull(c.note));
    query.bindValue(QStringLiteral(":coder"), notNull(c.coder));
}

// One statement in its own write transaction: saved whole, or not at all.
// `nothingMatched`, when given, is the error when the statement changed no row.
bool writeOne(const LibraryDatabase &library, QSqlQuery &query, QString *error,
              const QString &nothingMatched = {})
{
    if (!library.beginWrite(error))
        return false;
    QSqlDatabase db = library.connection();
    if (!query.exec()) {
        *error = library.describe(query.lastError());
        db.rollback();
        return false;
    }
    if (!nothingMatched.isEmpty() && query.numRowsAffected() != 1) {
        *error = nothingMatched;
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = library.describe(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

QString noClaim(const LibraryDatabase &library, qint64 id)
{
    return QStringLiteral("%1: no claim %2 in the library").arg(library.path()).arg(id);
}

} // namespace

namespace LibraryClaims {

qint64 add(const LibraryDatabase &library, const StoredClaim &stored, QString *error)
{
    QSqlQuery query(library.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO claims (id, article_key, text_sha256, country, dimension, value, "
        "span_start, span_end, quote, memo, coder, coded_at) VALUES (:id, :article_key, "
        ":text_sha256, :country, :dimension, :value, :span_start, :span_end, :quote, :memo, "
        ":coder, :coded_at)"));
    query.bindValue(QStringLiteral(":id"),
                    stored.claim.id > 0 ? QVariant(stored.claim.id) : QVariant());
    bindClaim(query, stored);
    const QDateTime coded =
        stored.claim.coded.isValid() ? stored.claim.coded : QDateTime::currentDateTimeUtc();
    query.bindValue(QStringLiteral(":coded_at"), coded.toUTC().toString(Qt::ISODateWithMs));
    if (!writeOne(library, query, error))
        return 0;
    return stored.claim.id > 0 ? stored.claim.id : query.lastInsertId().toLongLong();
}

bool update(const LibraryDatabase &library, const StoredClaim &stored, QString *error)
{
    QSqlQuery query(library.connection());
    query.prepare(QStringLiteral(
        "UPDATE claims SET article_key = :article_key, text_sha256 = :text_sha256, country = "
        ":country, dimension = :dimension, value = :value, span_start = :span_start, span_end = "
        ":span_end, quote = :quote, memo = :memo, coder = :coder WHERE id = :id"));
    bindClaim(query, stored);
    query.bindValue(QStringLiteral(":id"), stored.claim.id);
    return writeOne(library, query, error, noClaim(library, stored.claim.id));
}

bool remove(const LibraryDatabase &library, qint64 id, QString *error)
{
    QSqlQuery query(library.connection());
    query.prepare(QStringLiteral("DELETE FROM claims WHERE id = ?"));
    query.addBindValue(id);
    return writeOne(library, query, error, noClaim(library, id));
}

std::optional<QVector<StoredClaim>> all(const LibraryDatabase &library, QString *error)
{
    QSqlQuery query(library.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, article_key, text_sha256, country, dimension, value, span_start, "
            "span_end, quote, memo, coder, coded_at FROM claims ORDER BY id"))) {
        *error = library.describe(query.lastError());
        return std::nullopt;
    }
    QVector<StoredClaim> claims;
    while (query.next()) {
        StoredClaim s;
        Claim &c = s.claim;
        c.id = query.value(0).toLongLong();
        c.article = query.value(1).toString();
        s.textSha256 = query.value(2).toString().toLatin1();
        c.country = query.value(3).toString();
        c.dimension = query.value(4).toString();
        c.value = query.value(5).toString();
        c.span = {query.value(6).toLongLong(), query.value(7).toLongLong()};
        s.storedSpan = query.value(6).toString() + QLatin1Char(':') + query.value(7).toString();
        c.quote = query.value(8).toString();
        c.note = query.value(9).toString();
        c.coder = query.value(10).toString();
        c.coded = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
        claims.append(s);
    }
    return claims;
}

std::optional<QVector<Dimension>> dimensions(const LibraryDatabase &library, QString *error)
{
    QSqlQuery query(library.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, label, values_json FROM dimensions ORDER BY added_at, rowid"))) {
        *error = library.describe(query.lastError());
        return std::nullopt;
    }
    QVector<Dimension> dimensions;
    while (query.next()) {
        Dimension d;
        d.id = query.value(0).toString();
        d.label = query.value(1).toString();
        d.own = true;
        d.values = Dimension::valuesFromJson(
            QJsonDocument::fromJson(query.value(2).toByteArray()).array());
        dimensions.append(d);
    }
    return dimensions;
}

bool addDimension(const LibraryDatabase &library, const Dimension &dimension, QString *error)
{
    QSqlQuery query(library.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO dimensions (id, label, values_json, added_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(dimension.id);
    query.addBindValue(dimension.label);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(dimension.valuesJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return writeOne(library, query, error);
}

bool removeDimension(const LibraryDatabase &library, const QString &id, QString *error)
{
    QSqlQuery query(library.connection());
    query.prepare(QStringLiteral("DELETE FROM dimensions WHERE id = ?"));
    query.addBindValue(id);
    return writeOne(
        library, query, error,
        QStringLiteral("%1: no dimension \"%2\" in the library").arg(library.path(), id));
}

} // namespace LibraryClaims
