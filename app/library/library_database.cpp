#include "app/library/library_database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace {

const QByteArray kSqliteHeader("SQLite format 3\0", 16);

QString scriptPath(int version)
{
    return QStringLiteral(":/schema/%1.sql").arg(version);
}

// The statements of a schema script: each ends with a semicolon at the end of a line; "--"
// comments are dropped.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        const QString code = (comment >= 0 ? line.left(comment) : line).trimmed();
        if (code.isEmpty())
            continue;
        current += code + QLatin1Char(' ');
        if (code.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

// Whether the file's first bytes say SQLite; an empty file is a new library.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // unreadable: opening says why
    const QByteArray head = file.read(kSqliteHeader.size());
    return head.isEmpty() || head == kSqliteHeader;
}

// Whether SQLite can write the file (and its -wal and -shm files beside it), or create it.
bool canWrite(const QString &path)
{
    const QFileInfo file(path);
    QFileInfo folder(file.absolutePath());
    while (!folder.exists() && !folder.isRoot())
        folder = QFileInfo(folder.absolutePath());
    return folder.isWritable() && (!file.exists() || file.isWritable());
}

// What SQLite's quick check finds wrong with the file; empty when nothing. The statement is
// finished before it returns: a statement left open would hold a read lock that keeps another
// window's write waiting, and this one's next write from ever starting (SQLite's deadlock).
QString damageOf(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
        return check.lastError().text();
    const QString verdict = check.value(0).toString();
    return verdict == QLatin1String("ok") ? QString() : verdict;
}

// SQLite's primary result codes that a user can act on.
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13 };

} // namespace

QString LibraryDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.sqlite"));
}

int LibraryDatabase::latestSchema()
{
    int version = 0;
    while (QFile::exists(scriptPath(version + 1)))
        ++version;
    return version;
}

QString LibraryDatabase::backupPath(const QString &path, int toVersion)
{
    return path + QStringLiteral(".before-schema-%1").arg(toVersion);
}

LibraryDatabase::LibraryDatabase(const QString &path, Access access)
    : m_path(path)
    , m_connection(QStringLiteral("library-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_access(access)
{}

LibraryDatabase::~LibraryDatabase()
{
    disconnect();
}

bool LibraryDatabase::isOpen() const
{
    return m_version > 0 && QSqlDatabase::contains(m_connection) && connection().isOpen();
}

int LibraryDatabase::schemaVersion() const
{
    return m_version;
}

QSqlDatabase LibraryDatabase::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LibraryDatabase::beginWrite(QString *error) const
{
    if (m_readOnly) {
        *error = QStringLiteral("%1: is read-only; nothing can be written to it").arg(m_path);
        return false;
    }
    QSqlQuery begin(connection());
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = describe(begin.lastError());
        return false;
    }
    return true;
}

QString LibraryDatabase::describe(const QSqlError &error) const
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case Full:
        return QStringLiteral("%1: the disk is full (or the library reached its size limit); "
                              "nothing of this change was written")
            .arg(m_path);
    case ReadOnly:
        return QStringLiteral("%1: is read-only; nothing can be written to it").arg(m_path);
    case Busy:
    case Locked:
        return QStringLiteral("%1: is busy in another window or program (waited 5 seconds); "
                              "nothing was changed, try again")
            .arg(m_path);
    case IoError:
        return QStringLiteral("%1: cannot be read or written (%2)")
            .arg(m_path, error.databaseText());
    case Corrupt:
        return QStringLiteral("%1: is damaged (%2)").arg(m_path, error.databaseText());
    default:
        return QStringLiteral("%1: %2").arg(
            m_path, error.databaseText().isEmpty() ? error.text() : error.databaseText());
    }
}

bool LibraryDatabase::connect(bool readOnly, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("%1: Qt's SQLite driver is not installed (Debian package "
                                "libqt6sql6-sqlite)")
                     .arg(m_path);
        return false;
    }
    const QFileInfo info(m_path);
    if (readOnly && !info.exists()) {
        *error = QStringLiteral("%1: does not exist, and cannot be created there (the folder "
                                "is read-only)")
                     .arg(m_path);
        return false;
    }
    if (!readOnly && !QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("%1: the folder cannot be created").arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = QStringLiteral("%1: cannot be opened: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    // Two windows on one library wait for each other instead of failing or corrupting it.
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return true;
}

void LibraryDatabase::disconnect()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int LibraryDatabase::readVersion(QString *error) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                   "name = 'schema_version'"))) {
        *error = query.lastError().text();
        return -1;
    }
    if (!query.next() || query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool LibraryDatabase::migrate(QString *error)
{
    QSqlDatabase db = connection();
    if (!beginWrite(error))
        return false;
    // Read again under the write lock: another window may have brought the file up meanwhile.
    const int from = readVersion(error);
    if (from < 0) {
        db.rollback();
        return false;
    }
    for (int version = from + 1; version <= latestSchema(); ++version) {
        QFile script(scriptPath(version));
        if (!script.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("schema %1 is missing from the program").arg(version);
            db.rollback();
            return false;
        }
        for (const QString &statement : statementsOf(QString::fromUtf8(script.readAll()))) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                *error = QStringLiteral("schema %1: %2").arg(version).arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
    }
    if (!db.commit()) {
        *error = describe(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool LibraryDatabase::setAside(const QString &why, QString *error, Problems *problems)
{
    disconnect();
    if (m_readOnly) {
        *error = QStringLiteral("%1: %2; it is read-only, so it is left as it is").arg(m_path, why);
        return false;
    }
    const QString aside =
        m_path + QStringLiteral(".damaged-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix)) {
            *error = QStringLiteral("%1: %2, and it cannot be set aside").arg(m_path, why);
            return false;
        }
    }
    if (problems)
        problems->append({m_path, 0,
                          QStringLiteral("%1; it is kept as %2 and an empty library is used")
                              .arg(why, QFileInfo(aside).fileName())});
    return open(error, problems);
}

bool LibraryDatabase::open(QString *error, Problems *problems)
{
    disconnect();
    m_version = 0;
    m_readOnly = m_access == Access::ReadOnly || !canWrite(m_path);
    if (!looksLikeSqlite(m_path))
        return setAside(QStringLiteral("is not an SQLite library"), error, problems);
    if (!connect(m_readOnly, error))
        return false;
    if (const QString damage = damageOf(connection()); !damage.isEmpty())
        return setAside(QStringLiteral("is damaged (%1)").arg(damage), error, problems);
    QString why;
    const int version = readVersion(&why);
    if (version < 0)
        return setAside(QStringLiteral("cannot be read (%1)").arg(why), error, problems);
    const int latest = latestSchema();
    if (version > latest) {
        *error = QStringLiteral("%1: was written by a newer Position Explorer (library schema %2; "
                                "this one knows up to %3); it is left as it is")
                     .arg(m_path)
                     .arg(version)
                     .arg(latest);
        disconnect();
        return false;
    }
    if (version < latest && m_readOnly) {
        *error = QStringLiteral("%1: needs schema %2 (it has %3), but it is read-only; it is "
                                "left as it is")
                     .arg(m_path)
                     .arg(latest)
                     .arg(version);
        disconnect();
        return false;
    }
    if (version < latest) {
        if (version > 0) { // a library with articles in it: keep a copy of it as it was
            QSqlQuery(connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            const QString backup = backupPath(m_path, latest);
            QFile::remove(backup);
            if (!QFile::copy(m_path, backup)) {
                *error = QStringLiteral("%1: needs schema %2, but no copy of it can be written "
                                        "first (%3); it is left as it is")
                             .arg(m_path)
                             .arg(latest)
                             .arg(backup);
                disconnect();
                return false;
            }
        }
        if (!migrate(&why)) {
            *error = QStringLiteral("%1: cannot be brought to schema %2: %3; it is left as it was")
                         .arg(m_path)
                         .arg(latest)
                         .arg(why);
            disconnect();
            return false;
        }
    }
    // Write-ahead logging lets a second window read while one writes; switched on only now,
    // as it rewrites the file's header (a refused file is left byte for byte as it was).
    if (!m_readOnly)
        QSqlQuery(connection()).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    else if (m_access == Access::ReadWrite && problems)
        problems->append({m_path, 0,
                          QStringLiteral("cannot be written (read-only): its articles are shown, "
                                         "but nothing can be imported, edited or removed")});
    m_version = latest;
    return true;
}
