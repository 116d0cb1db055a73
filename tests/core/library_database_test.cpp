#include "app/library/library_articles.h"
#include "app/library/library_database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs SQL on a file with a connection of the test's own, as another program would.
void runSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

int versionIn(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT version FROM schema_version"), db);
            if (query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return version;
}

// Schema 1 as its script has it, statement by statement (the script's own comments removed).
QStringList schemaOne()
{
    QFile file(QStringLiteral(":/schema/1.sql"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QString script;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        script += line.section(QStringLiteral("--"), 0, 0) + QLatin1Char('\n');
    QStringList statements;
    for (const QString &s : script.split(QLatin1Char(';'))) {
        if (!s.trimmed().isEmpty())
            statements.append(s.trimmed());
    }
    return statements;
}

} // namespace

TEST(LibraryDatabase, ANewLibraryStartsAtTheNewestSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/library.sqlite"));
    LibraryDatabase library(path);
    QString error;
    ASSERT_TRUE(library.open(&error)) << error.toStdString();
    EXPECT_EQ(LibraryDatabase::latestSchema(), 4); // resources/schema/1.sql to 4.sql
    EXPECT_EQ(library.schemaVersion(), LibraryDatabase::latestSchema());
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(
        LibraryDatabase::backupPath(path, LibraryDatabase::latestSchema()))); // nothing to keep
    QString listError;
    EXPECT_TRUE(LibraryArticles::all(library, &listError)->isEmpty());
}

TEST(LibraryDatabase, MigratesAVersionOneLibraryKeepingItsArticlesAndACopy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    QStringList statements = schemaOne();
    statements.append(QStringLiteral(
        "INSERT INTO articles (article_key, file_name, format, sha256, text, title, imported_at) "
        "VALUES ('old-one', 'old.txt', 'txt', 'abc', 'Kazakhstan abstained.', 'Old', "
        "'2026-11-01T10:00:00Z')"));
    runSql(path, statements);
    ASSERT_EQ(versionIn(path), 1);
    const QByteArray before = bytesOf(path);
    {
        LibraryDatabase library(path);
        QString error;
        ASSERT_TRUE(library.open(&error)) << error.toStdString();
        EXPECT_EQ(library.schemaVersion(), LibraryDatabase::latestSchema());
        const auto articles = LibraryArticles::all(library, &error);
        ASSERT_TRUE(articles.has_value()) << error.toStdString();
        ASSERT_EQ(articles->size(), 1);
        EXPECT_EQ(articles->first().key, QStringLiteral("old-one"));
        EXPECT_EQ(articles->first().meta.title, QStringLiteral("Old"));
        EXPECT_EQ(articles->first().meta.year, 0); // a column schema 2 added
    }
    const QString backup = LibraryDatabase::backupPath(path, LibraryDatabase::latestSchema());
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_EQ(versionIn(backup), 1);
    EXPECT_EQ(bytesOf(backup), before);
    EXPECT_EQ(versionIn(path), LibraryDatabase::latestSchema());
}

TEST(LibraryDatabase, RefusesALibraryANewerVersionWroteAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    runSql(path, {QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
                  QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")});
    const QByteArray before = bytesOf(path);
    LibraryDatabase library(path);
    QString error;
    EXPECT_FALSE(library.open(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer"))) << error.toStdString();
    EXPECT_TRUE(error.contains(path));
    EXPECT_FALSE(library.isOpen());
    EXPECT_EQ(bytesOf(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no copy, nothing aside
}

TEST(LibraryDatabase, SetsAFileThatIsNoLibraryAsideAndStartsAnEmptyOne)
{
    for (const QByteArray &damage :
         {QByteArray("these are notes, not a database\n"),
          QByteArray(QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a'))}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(damage);
        file.close();
        LibraryDatabase library(path);
        QString error;
        Problems problems;
        ASSERT_TRUE(library.open(&error, &problems)) << error.toStdString();
        ASSERT_EQ(problems.size(), 1);
        EXPECT_EQ(problems.first().file, path);
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("library.sqlite.damaged-*")}, QDir::Files);
        ASSERT_EQ(aside.size(), 1);
        EXPECT_TRUE(problems.first().message.contains(aside.first()));
        EXPECT_EQ(bytesOf(QDir(dir.path()).filePath(aside.first())), damage); // kept as it was
        EXPECT_EQ(library.schemaVersion(), LibraryDatabase::latestSchema());
    }
}
