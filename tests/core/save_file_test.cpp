#include "app/export/save_file.h"
#include "test_support.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace {

ino_t inodeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

} // namespace

TEST(SaveFile, ReplacesAFileWholeByRenameNeverInPlace)
{
    // Written in place, a crash half-way would leave half a file; a new file renamed over the
    // old one is either all old or all new. A new inode shows the rename happened.
    QTemporaryDir dir;
    const QString path = TestSupport::writeFile(dir, QStringLiteral("model.json"), "old");
    const ino_t before = inodeOf(path);
    QString error;
    ASSERT_TRUE(SaveFile::write(path, "new contents", &error)) << error.toStdString();
    EXPECT_NE(inodeOf(path), before);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("new contents"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{"model.json"}); // no leftovers
}

TEST(SaveFile, AFolderInTheWayIsAnErrorAndNothingIsWritten)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(SaveFile::write(dir.path(), "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is a folder"))) << error.toStdString();
    EXPECT_FALSE(SaveFile::write(dir.filePath(QStringLiteral("missing/model.json")), "x", &error));
    EXPECT_TRUE(
        QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}
