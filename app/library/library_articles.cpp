#include "app/library/library_articles.h"

#include "app/corpus/text_digest.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject metaJson(const ArticleMetadata &m)
{
    return {{QLatin1String("title"), m.title},
            {QLatin1String("shortName"), m.shortName},
            {QLatin1String("publisher"), m.publisher},
            {QLatin1String("author"), m.author},
            {QLatin1String("published"), isoDate(m.published)},
            {QLatin1String("periodFrom"), isoDate(m.period.from)},
            {QLatin1String("periodTo"), isoDate(m.period.to)},
            {QLatin1String("year"), m.year},
            {QLatin1String("url"), m.url}};
}

ArticleMetadata metaFromJson(const QJsonObject &o)
{
    ArticleMetadata m;
    m.title = o.value(QLatin1String("title")).toString();
    m.shortName = o.value(QLatin1String("shortName")).toString();
    m.publisher = o.value(QLatin1String("publisher")).toString();
    m.author = o.value(QLatin1String("author")).toString();
    m.published = QDate::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate);
    m.period = {QDate::fromString(o.value(QLatin1String("periodFrom")).toString(), Qt::ISODate),
                QDate::fromString(o.value(QLatin1String("periodTo")).toString(), Qt::ISODate)};
    m.year = o.value(QLatin1String("year")).toInt();
    m.url = o.value(QLatin1String("url")).toString();
    return m;
}

// A null QString binds as SQL NULL; the columns hold '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Binds an article's shown metadata to the named placeholders of an INSERT or UPDATE.
void bindMeta(QSqlQuery &query, const ArticleMetadata &m)
{
    query.bindValue(QStringLiteral(":title"), notNull(m.title));
    query.bindValue(QStringLiteral(":short_name"), notNull(m.shortName));
    query.bindValue(QStringLiteral(":publisher"), notNull(m.publisher));
    query.bindValue(QStringLiteral(":author"), notNull(m.author));
    query.bindValue(QStringLiteral(":published"), notNull(isoDate(m.published)));
    query.bindValue(QStringLiteral(":period_from"), notNull(isoDate(m.period.from)));
    query.bindValue(QStringLiteral(":period_to"), notNull(isoDate(m.period.to)));
    query.bindValue(QStringLiteral(":year"), m.year);
    query.bindValue(QStringLiteral(":url"), notNull(m.url));
}

QString failure(const QSqlQuery &query, const LibraryDatabase &library)
{
    return library.describe(query.lastError());
}

} // namespace

namespace LibraryArticles {

QByteArray digest(const QString &text)
{
    return TextDigest::textSha256Hex(text);
}

QString keyFor(const QString &fileName, const std::function<bool(const QString &)> &taken)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString key = QFileInfo(fileName).completeBaseName().toLower();
    key.replace(nonWord, QStringLiteral("-"));
    key = key.left(48);
    while (key.startsWith(QLatin1Char('-')))
        key.remove(0, 1);
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    if (key.isEmpty())
        key = QStringLiteral("article");
    QString unique = key;
    for (int n = 2; taken(unique); ++n)
        unique = key + QLatin1Char('-') + QString::number(n);
    return unique;
}

Added add(const LibraryDatabase &library, const QString &fileName, const ImportedText &imported,
          const ArticleMetadata &detected, const std::function<bool()> &beforeCommit)
{
    Added added;
    QSqlDatabase db = library.connection();
    const QByteArray sha = digest(imported.text);
    // The look for a copy, the choice of a key and the insert are one write: another window
    // importing at the same time waits, and then sees this article.
    if (!library.beginWrite(&added.error))
        return added;
    QSqlQuery query(db);
    const auto fail = [&](const QString &error) {
        added.error = error;
        db.rollback();
        return added;
    };
    query.prepare(QStringLiteral("SELECT file_name FROM articles WHERE sha256 = ?"));
    query.addBindValue(QString::fromLatin1(sha));
    if (!query.exec())
        return fail(failure(query, library));
    if (query.next()) {
        added.duplicateOf = query.value(0).toString();
        db.rollback();
        return added;
    }
    // Each key asked of the unique index: reading every key for each file made an import of
    // thousands of files take time by the square of their number.
    QSqlQuery probe(db);
    probe.prepare(QStringLiteral("SELECT 1 FROM articles WHERE article_key = ?"));
    QString probeError;
    const QString key = keyFor(fileName, [&](const QString &candidate) {
        probe.addBindValue(candidate);
        if (!probe.exec()) {
            probeError = failure(probe, library);
            return false;
        }
        const bool found = probe.next();
        probe.finish();
        return found;
    });
    if (!probeError.isEmpty())
        return fail(probeError);
    query.prepare(QStringLiteral(
        "INSERT INTO articles (article_key, file_name, format, sha256, text, title, short_name, "
        "publisher, author, published, period_from, period_to, year, url, detected_json, edited, "
        "imported_at) VALUES (:key, :file_name, :format, :sha256, :text, :title, :short_name, "
        ":publisher, :author, :published, :period_from, :period_to, :year, :url, :detected, 0, "
        ":imported_at)"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":file_name"), fileName);
    query.bindValue(QStringLiteral(":format"), imported.format);
    query.bindValue(QStringLiteral(":sha256"), QString::fromLatin1(sha));
    query.bindValue(QStringLiteral(":text"), imported.text);
    bindMeta(query, detected);
    query.bindValue(
        QStringLiteral(":detected"),
        QString::fromUtf8(QJsonDocument(metaJson(detected)).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":imported_at"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return fail(failure(query, library));
    if (beforeCommit && !beforeCommit())
        return fail(
            QStringLiteral("%1: the import was stopped before it was written").arg(library.path()));
    const qint64 id = query.lastInsertId().toLongLong();
    if (!db.commit())
        return fail(library.describe(db.lastError()));
    added.id = id;
    added.key = key;
    return added;
}

std::optional<QVector<LibraryArticle>> all(const LibraryDatabase &library, QString *error)
{
    QSqlQuery query(library.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, article_key, file_name, format, sha256, text, title, short_name, "
            "publisher, author, published, period_from, period_to, year, url, detected_json, "
            "edited, imported_at FROM articles ORDER BY id"))) {
        *error = failure(query, library);
        return std::nullopt;
    }
    QVector<LibraryArticle> articles;
    while (query.next()) {
        LibraryArticle a;
        a.id = query.value(0).toLongLong();
        a.key = query.value(1).toString();
        a.fileName = query.value(2).toString();
        a.format = query.value(3).toString();
        a.sha256 = query.value(4).toString().toLatin1();
        a.text = ArticleText(query.value(5).toString());
        a.meta.title = query.value(6).toString();
        a.meta.shortName = query.value(7).toString();
        a.meta.publisher = query.value(8).toString();
        a.meta.author = query.value(9).toString();
        a.meta.published = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        a.meta.period = {QDate::fromString(query.value(11).toString(), Qt::ISODate),
                         QDate::fromString(query.value(12).toString(), Qt::ISODate)};
        a.meta.year = query.value(13).toInt();
        a.meta.url = query.value(14).toString();
        a.detected = metaFromJson(QJsonDocument::fromJson(query.value(15).toByteArray()).object());
        a.edited = query.value(16).toBool();
        a.importedAt = QDateTime::fromString(query.value(17).toString(), Qt::ISODate);
        articles.append(a);
    }
    return articles;
}

bool setMetadata(const LibraryDatabase &library, const QString &key, const ArticleMetadata &meta,
                 QString *error)
{
    QSqlQuery query(library.connection());
    query.prepare(QStringLiteral(
        "UPDATE articles SET title = :title, short_name = :short_name, publisher = :publisher, "
        "author = :author, published = :published, period_from = :period_from, period_to = "
        ":period_to, year = :year, url = :url, edited = 1 WHERE article_key = :key"));
    bindMeta(query, meta);
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec()) {
        *error = failure(query, library);
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = QStringLiteral("%1: no article '%2' in the library").arg(library.path(), key);
        return false;
    }
    return true;
}

bool remove(const LibraryDatabase &library, const QString &key, QString *error)
{
    QSqlQuery query(library.connection());
    query.prepare(QStringLiteral("DELETE FROM articles WHERE article_key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        *error = failure(query, library);
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = QStringLiteral("%1: no article '%2' in the library").arg(library.path(), key);
        return false;
    }
    return true;
}

} // namespace LibraryArticles
