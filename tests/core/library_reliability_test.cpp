// The library under stress: two programs writing to it at once, a file that can only be read, a
// full disk, and copies of articles the corpus has already (built-in ones too).
#include "app/corpus/boilerplate_rules.h"
#include "app/library/library_import.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using TestSupport::writeFile;

namespace {

// A folder of `count` short articles, each with a text of its own.
QString articleFolder(const QTemporaryDir &dir, const QString &name, int count)
{
    QDir(dir.path()).mkpath(name);
    for (int i = 0; i < count; ++i)
        writeFile(dir, QStringLiteral("%1/note-%2.txt").arg(name).arg(i),
                  QStringLiteral("Note %1 of %2\n\nOn %3 March 2022, Moldova and Georgia spoke of "
                                 "the war in Ukraine.\n")
                      .arg(i)
                      .arg(name)
                      .arg(i % 28 + 1)
                      .toUtf8());
    return dir.filePath(name);
}

QStringList keysIn(const LibraryDatabase &library)
{
    QString error;
    QStringList keys;
    for (const LibraryArticle &a :
         LibraryArticles::all(library, &error).value_or(QVector<LibraryArticle>{}))
        keys.append(a.key);
    return keys;
}

QString integrity(const LibraryDatabase &library)
{
    QSqlQuery query(library.connection());
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
               ? query.value(0).toString()
               : QStringLiteral("not checked");
}

struct Rules {
    Problems problems;
    BoilerplateRules rules = BoilerplateRules::builtin(&problems);
};

} // namespace

TEST(LibraryReliability, TwoProgramsImportingIntoOneNewLibraryAtOnceLoseNothing)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("shared.sqlite"));
    const QString first = articleFolder(dir, QStringLiteral("first"), 25);
    const QString second = articleFolder(dir, QStringLiteral("second"), 25);
    // Both start on a library that does not exist yet: both want to create its schema, then
    // both write article after article.
    QProcess one, two;
    for (auto [process, folder] : {std::pair{&one, first}, std::pair{&two, second}})
        process->start(QStringLiteral(PE_BINARY),
                       {QStringLiteral("--library"), library, QStringLiteral("--import"), folder});
    ASSERT_TRUE(one.waitForFinished(60000));
    ASSERT_TRUE(two.waitForFinished(60000));
    EXPECT_EQ(one.exitCode(), 0) << one.readAllStandardError().toStdString();
    EXPECT_EQ(two.exitCode(), 0) << two.readAllStandardError().toStdString();

    LibraryDatabase database(library);
    QString error;
    ASSERT_TRUE(database.open(&error)) << error.toStdString();
    EXPECT_EQ(integrity(database), QStringLiteral("ok"));
    // Both folders have a note-0.txt …: the second of each name gets a key of its own.
    const QStringList keys = keysIn(database);
    EXPECT_EQ(keys.size(), 50);
    EXPECT_EQ(QSet<QString>(keys.cbegin(), keys.cend()).size(), 50);
}

TEST(LibraryReliability, AReadOnlyLibraryShowsItsArticlesAndRefusesEveryWriteNamingTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    Rules r;
    {
        LibraryDatabase writable(path);
        QString error;
        ASSERT_TRUE(writable.open(&error)) << error.toStdString();
        ASSERT_EQ(LibraryImport::importFile(writable,
                                            writeFile(dir, QStringLiteral("kept.txt"),
                                                      "Kept\n\nOn 2 March 2022, Moldova voted.\n"),
                                            r.rules)
                      .result,
                  ImportOutcome::Result::Imported);
    }
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    LibraryDatabase library(path, LibraryDatabase::Access::ReadOnly);
    QString error;
    ASSERT_TRUE(library.open(&error)) << error.toStdString();
    EXPECT_TRUE(library.readOnly());
    EXPECT_EQ(keysIn(library), QStringList{QStringLiteral("kept")});

    const ImportOutcome refused = LibraryImport::importFile(
        library, writeFile(dir, QStringLiteral("new.txt"), "New\n\nGeorgia spoke.\n"), r.rules);
    EXPECT_EQ(refused.result, ImportOutcome::Result::Failed);
    EXPECT_TRUE(refused.message.contains(path)) << refused.message.toStdString();
    EXPECT_TRUE(refused.message.contains(QLatin1String("read-only")))
        << refused.message.toStdString();
    EXPECT_FALSE(LibraryArticles::remove(library, QStringLiteral("kept"), &error));
    EXPECT_TRUE(error.contains(QLatin1String("read-only"))) << error.toStdString();
    EXPECT_FALSE(LibraryArticles::setMetadata(library, QStringLiteral("kept"), {}, &error));
    EXPECT_EQ(keysIn(library), QStringList{QStringLiteral("kept")});
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before); // not a byte changed
}

TEST(LibraryReliability, AFileThePermissionsMakeReadOnlyIsOpenedForReadingAndSaysSo)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "run as root: file permissions do not stop root from writing";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        LibraryDatabase created(path);
        QString error;
        ASSERT_TRUE(created.open(&error)) << error.toStdString();
    }
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    LibraryDatabase library(path);
    QString error;
    Problems problems;
    ASSERT_TRUE(library.open(&error, &problems)) << error.toStdString();
    EXPECT_TRUE(library.readOnly());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().file, path);
    EXPECT_TRUE(problems.first().message.contains(QLatin1String("read-only")));
}

TEST(LibraryReliability, AFullDiskRefusesTheArticleAndKeepsEveryOneBefore)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    LibraryDatabase library(path);
    QString error;
    ASSERT_TRUE(library.open(&error)) << error.toStdString();
    Rules r;
    ASSERT_EQ(LibraryImport::importFile(library,
                                        writeFile(dir, QStringLiteral("small.txt"),
                                                  "Small\n\nOn 2 March 2022, Moldova voted.\n"),
                                        r.rules)
                  .result,
              ImportOutcome::Result::Imported);
    // The file may not grow past the pages it has: to SQLite, as a full disk is.
    QSqlQuery query(library.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    QByteArray big = "A long report\n\n";
    for (int i = 0; i < 4000; ++i)
        big += "Paragraph " + QByteArray::number(i) + ": Georgia and Moldova spoke again.\n\n";
    const ImportOutcome full =
        LibraryImport::importFile(library, writeFile(dir, QStringLiteral("big.txt"), big), r.rules);
    EXPECT_EQ(full.result, ImportOutcome::Result::Failed);
    EXPECT_TRUE(full.message.contains(QLatin1String("big.txt"))) << full.message.toStdString();
    EXPECT_TRUE(full.message.contains(path)) << full.message.toStdString();
    EXPECT_TRUE(full.message.contains(QLatin1String("disk is full"))) << full.message.toStdString();
    EXPECT_EQ(keysIn(library), QStringList{QStringLiteral("small")});
    EXPECT_EQ(integrity(library), QStringLiteral("ok"));
}

TEST(LibraryReliability, ACopyOfABuiltInArticleIsRefusedNamingIt)
{
    QTemporaryDir dir;
    const DocumentModelPtr builtin = TestSupport::builtinModel();
    const Article &first = builtin->articles.first();
    const QString copy =
        writeFile(dir, QStringLiteral("saved-copy.txt"), first.text.toString().toUtf8());
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const TestSupport::AppRun run = TestSupport::runApp(
        {QStringLiteral("--library"), library, QStringLiteral("--import"), copy});
    EXPECT_EQ(run.exitCode, 0); // refused as a copy, which is no failure
    const QByteArray said =
        "saved-copy.txt: has the same text as the built-in article " + first.file.toUtf8();
    EXPECT_TRUE(run.err.contains(said)) << run.err.toStdString();
    LibraryDatabase database(library);
    QString error;
    ASSERT_TRUE(database.open(&error)) << error.toStdString();
    EXPECT_TRUE(keysIn(database).isEmpty());
    // Without the built-in corpus, the same file is an article like any other.
    const TestSupport::AppRun alone =
        TestSupport::runApp({QStringLiteral("--no-builtin"), QStringLiteral("--library"), library,
                             QStringLiteral("--import"), copy});
    EXPECT_EQ(alone.exitCode, 0) << alone.err.toStdString();
    EXPECT_EQ(keysIn(database), QStringList{QStringLiteral("saved-copy")});
}
