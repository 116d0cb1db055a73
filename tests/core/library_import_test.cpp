#include "app/corpus/boilerplate_rules.h"
#include "app/import/article_importer.h"
#include "app/library/library_import.h"
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using TestSupport::writeFile;

namespace {

// A one-page PDF drawing `lines` in Helvetica (or nothing, for a scan's worth of text), with
// its cross-reference table computed here.
QByteArray makePdf(const QStringList &lines, const QString &title)
{
    QByteArray content;
    if (!lines.isEmpty()) {
        content = "BT /F1 11 Tf 72 720 Td 14 TL\n";
        for (const QString &line : lines)
            content += "(" + line.toLatin1() + ") Tj T*\n";
        content += "ET\n";
    } else {
        content = "0.5 g 72 400 300 200 re f\n"; // a grey rectangle: a picture, no text
    }
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Title (" + title.toLatin1() + ") /Author (A. Writer) >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 6 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// A Word file: the parts a .docx needs for its text and core properties.
QString makeDocx(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdCreate));
    const auto add = [&zip](const QString &part, const QByteArray &bytes) {
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(part)));
        file.write(bytes);
        file.close();
    };
    add(QStringLiteral("[Content_Types].xml"),
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        "content-types\"/>");
    add(QStringLiteral("word/document.xml"),
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        "wordprocessingml/2006/main\"><w:body>" +
            body + "</w:body></w:document>");
    add(QStringLiteral("docProps/core.xml"),
        "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
        "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:dcterms=\"http://purl.org/dc/terms/\"><dc:title>Notes on Astana</dc:title>"
        "<dc:creator>Dana Analyst</dc:creator><dcterms:created>2022-03-04T09:00:00Z"
        "</dcterms:created></cp:coreProperties>");
    zip.close();
    return path;
}

struct Library {
    QTemporaryDir dir;
    LibraryDatabase database{dir.filePath(QStringLiteral("library.sqlite"))};
    Problems ruleProblems;
    BoilerplateRules rules = BoilerplateRules::builtin(&ruleProblems);
    Library()
    {
        QString error;
        EXPECT_TRUE(database.open(&error)) << error.toStdString();
    }
    ImportOutcome import(const QString &path)
    {
        return LibraryImport::importFile(database, path, rules);
    }
    QVector<LibraryArticle> all()
    {
        QString error;
        return LibraryArticles::all(database, &error).value_or(QVector<LibraryArticle>{});
    }
};

const QByteArray kText = "Kazakhstan and the vote\n\nBy Jane Analyst\n\n3 March 2022\n\n"
                         "On March 2, Kazakhstan abstained in the General Assembly.\n";

} // namespace

TEST(LibraryImport, PlainTextAndMarkdownKeepTheirTextAndDetectTheirMetadata)
{
    Library library;
    QTemporaryDir files;
    const ImportOutcome txt =
        library.import(writeFile(files, QStringLiteral("Vote notes.txt"), kText));
    ASSERT_EQ(txt.result, ImportOutcome::Result::Imported) << txt.message.toStdString();
    EXPECT_EQ(txt.key, QStringLiteral("vote-notes"));
    const ImportOutcome md = library.import(
        writeFile(files, QStringLiteral("b.md"), "# Heading\n\nArmenia abstained too.\n"));
    ASSERT_EQ(md.result, ImportOutcome::Result::Imported) << md.message.toStdString();
    const QVector<LibraryArticle> all = library.all();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).text.toString(), QString::fromUtf8(kText)); // exactly as the file has it
    EXPECT_EQ(all.at(0).meta.title, QStringLiteral("Kazakhstan and the vote"));
    EXPECT_EQ(all.at(0).meta.author, QStringLiteral("Jane Analyst"));
    EXPECT_EQ(all.at(0).meta.published, QDate(2022, 3, 3));
    EXPECT_EQ(all.at(0).fileName, QStringLiteral("Vote notes.txt"));
    EXPECT_EQ(all.at(1).format, QStringLiteral("md"));
}

TEST(LibraryImport, FilesOfOneNameInManyFoldersTakeNumberedKeys)
{
    Library library;
    QStringList keys;
    for (int i = 0; i < 3; ++i) {
        QTemporaryDir folder;
        const QByteArray text = kText + "Copy " + QByteArray::number(i) + ".\n";
        const ImportOutcome outcome =
            library.import(writeFile(folder, QStringLiteral("Vote notes.txt"), text));
        ASSERT_EQ(outcome.result, ImportOutcome::Result::Imported) << outcome.message.toStdString();
        keys.append(outcome.key);
    }
    EXPECT_EQ(keys, QStringList({QStringLiteral("vote-notes"), QStringLiteral("vote-notes-2"),
                                 QStringLiteral("vote-notes-3")}));
    const QSet<QString> taken{QStringLiteral("war-at-the-door"),
                              QStringLiteral("war-at-the-door-2")};
    EXPECT_EQ(LibraryArticles::keyFor(QStringLiteral("War at the door.html"),
                                      [&](const QString &key) { return taken.contains(key); }),
              QStringLiteral("war-at-the-door-3"));
}

TEST(LibraryImport, AWebPageGivesItsTextWithoutScriptsStylesOrNavigation)
{
    QTemporaryDir files;
    const QByteArray html =
        "<!DOCTYPE html><html><head><title>Site &amp; Co | Neutral no more</title>"
        "<meta name=\"author\" content=\"Neil Writer\">"
        "<meta property=\"og:site_name\" content=\"Shaw Sheet\">"
        "<meta property=\"article:published_time\" content=\"2022-03-31T08:00:00Z\">"
        "<style>p { color: red }</style><script>alert('x'); var a = '<p>no</p>';</script>"
        "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
        "<article><h1>Neutral no more</h1><p>Kazakhstan&#8217;s president spoke &ndash; "
        "twice.</p><ul><li>One step</li><li>Another</li></ul>"
        "<!-- a comment <p>hidden</p> --></article><footer>© 2022 Shaw Sheet</footer>"
        "<script src=\"tracker.js\"></script></body></html>";
    const ImportResult read =
        ArticleImporter::readFile(writeFile(files, QStringLiteral("page.html"), html));
    ASSERT_TRUE(read.imported) << read.error.toStdString();
    EXPECT_EQ(read.imported->text,
              QStringLiteral("Neutral no more\n\nKazakhstan’s president spoke – twice.\n\n"
                             "- One step\n\n- Another\n"));
    EXPECT_EQ(read.imported->meta.title, QStringLiteral("Site & Co | Neutral no more"));
    EXPECT_EQ(read.imported->meta.author, QStringLiteral("Neil Writer"));
    EXPECT_EQ(read.imported->meta.publisher, QStringLiteral("Shaw Sheet"));
    EXPECT_EQ(read.imported->meta.published, QDate(2022, 3, 31));
    const ImportResult empty = ArticleImporter::readFile(
        writeFile(files, QStringLiteral("only-code.htm"), "<html><script>var x;</script></html>"));
    EXPECT_FALSE(empty.imported);
    EXPECT_TRUE(empty.error.contains(QStringLiteral("only-code.htm")));
}

TEST(LibraryImport, APdfGivesItsTextLayerAndAScanIsRefused)
{
    QTemporaryDir files;
    const QString pdf =
        writeFile(files, QStringLiteral("report.pdf"),
                  makePdf({QStringLiteral("On 2 March 2022 Kazakhstan abstained in the vote."),
                           QStringLiteral("Belarus voted against.")},
                          QStringLiteral("A report on the vote")));
    const ImportResult read = ArticleImporter::readFile(pdf);
    ASSERT_TRUE(read.imported) << read.error.toStdString();
    EXPECT_TRUE(read.imported->text.contains(
        QStringLiteral("On 2 March 2022 Kazakhstan abstained in the vote.")))
        << read.imported->text.toStdString();
    EXPECT_TRUE(read.imported->text.contains(QStringLiteral("Belarus voted against.")));
    EXPECT_EQ(read.imported->meta.title, QStringLiteral("A report on the vote"));
    EXPECT_EQ(read.imported->meta.author, QStringLiteral("A. Writer"));
    const ImportResult scan = ArticleImporter::readFile(
        writeFile(files, QStringLiteral("scan.pdf"), makePdf({}, QStringLiteral("Scan"))));
    EXPECT_FALSE(scan.imported);
    EXPECT_TRUE(scan.error.contains(QStringLiteral("no text layer"))) << scan.error.toStdString();
    const ImportResult broken = ArticleImporter::readFile(
        writeFile(files, QStringLiteral("broken.pdf"), "%PDF-1.4 and then nothing"));
    EXPECT_FALSE(broken.imported);
    EXPECT_TRUE(broken.error.contains(QStringLiteral("broken.pdf")));
}

// The libraries this process has mapped (Linux's /proc/self/maps), one path per line.
QString mappedLibraries()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) ? QString::fromUtf8(maps.readAll()) : QString();
}

// Poppler and what it pulls in are loaded with the first PDF, not with the program: a model built
// from the built-in corpus (what every start does) maps none of them.
TEST(LibraryImport, PopplerIsLoadedWithTheFirstPdfOnly)
{
    ASSERT_FALSE(mappedLibraries().isEmpty()) << "no /proc/self/maps to read";
    if (mappedLibraries().contains(QStringLiteral("libpoppler")))
        GTEST_SKIP() << "a PDF was read earlier in this process (ctest runs each test alone)";
    CorpusOptions options;
    options.builtin = true;
    ASSERT_TRUE(DocumentModelBuilder::build(options));
    EXPECT_FALSE(mappedLibraries().contains(QStringLiteral("libpoppler")));
    QTemporaryDir files;
    const ImportResult read = ArticleImporter::readFile(
        writeFile(files, QStringLiteral("first.pdf"),
                  makePdf({QStringLiteral("Armenia abstained.")}, QStringLiteral("First"))));
    ASSERT_TRUE(read.imported) << read.error.toStdString();
    EXPECT_TRUE(mappedLibraries().contains(QStringLiteral("libpoppler")));
}

TEST(LibraryImport, AWordFileGivesItsParagraphsAndCoreProperties)
{
    QTemporaryDir files;
    const QString docx = makeDocx(
        files, QStringLiteral("notes.docx"),
        "<w:p><w:r><w:t>Notes on Astana</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">Tokayev </w:t></w:r><w:r><w:t>spoke.</w:t></w:r>"
        "<w:del><w:r><w:delText>Removed words.</w:delText></w:r></w:del></w:p>"
        "<w:p><w:pPr><w:numPr/></w:pPr><w:r><w:t>A listed step</w:t></w:r></w:p>");
    const ImportResult read = ArticleImporter::readFile(docx);
    ASSERT_TRUE(read.imported) << read.error.toStdString();
    EXPECT_EQ(read.imported->text,
              QStringLiteral("Notes on Astana\n\nTokayev spoke.\n\n- A listed step\n"));
    EXPECT_EQ(read.imported->meta.title, QStringLiteral("Notes on Astana"));
    EXPECT_EQ(read.imported->meta.author, QStringLiteral("Dana Analyst"));
    EXPECT_EQ(read.imported->meta.published, QDate(2022, 3, 4));
    const ImportResult notZip = ArticleImporter::readFile(
        writeFile(files, QStringLiteral("fake.docx"), "plain text pretending"));
    EXPECT_FALSE(notZip.imported);
    EXPECT_TRUE(notZip.error.contains(QStringLiteral("fake.docx")));
}

TEST(LibraryImport, TheSameTextTwiceIsRefusedNamingTheFirstCopy)
{
    Library library;
    QTemporaryDir files;
    ASSERT_EQ(library.import(writeFile(files, QStringLiteral("first.txt"), kText)).result,
              ImportOutcome::Result::Imported);
    const ImportOutcome again = library.import(writeFile(files, QStringLiteral("copy.txt"), kText));
    EXPECT_EQ(again.result, ImportOutcome::Result::AlreadyThere);
    EXPECT_TRUE(again.message.contains(QStringLiteral("first.txt"))) << again.message.toStdString();
    EXPECT_EQ(library.all().size(), 1);
}

TEST(LibraryImport, AnImportStoppedHalfWayLeavesNoHalfArticle)
{
    Library library;
    ImportedText text{QString::fromUtf8(kText), {}, QStringLiteral("txt")};
    const LibraryArticles::Added stopped =
        LibraryArticles::add(library.database, QStringLiteral("a.txt"), text, {}, [] {
            return false; // the process dies between writing the article and committing it
        });
    EXPECT_FALSE(stopped.ok());
    EXPECT_TRUE(library.all().isEmpty());
    const LibraryArticles::Added again =
        LibraryArticles::add(library.database, QStringLiteral("a.txt"), text, {});
    EXPECT_TRUE(again.ok()) << again.error.toStdString(); // run again, it goes in whole
    EXPECT_EQ(library.all().size(), 1);
}

TEST(LibraryImport, ArticlesStayAcrossARestartJoinTheModelAndCanBeEditedAndRemoved)
{
    QTemporaryDir files;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Library library;
        LibraryDatabase database(path);
        QString error;
        ASSERT_TRUE(database.open(&error));
        ASSERT_EQ(LibraryImport::importFile(
                      database, writeFile(files, QStringLiteral("vote.txt"), kText), library.rules)
                      .result,
                  ImportOutcome::Result::Imported);
    }
    CorpusOptions options;
    options.library = path;
    const DocumentModelPtr model = DocumentModelBuilder::build(options);
    ASSERT_EQ(model->articles.size(), 6); // the five built-in articles and the imported one
    const Article *mine = model->article(QStringLiteral("vote"));
    ASSERT_NE(mine, nullptr);
    EXPECT_EQ(mine->library, path);
    EXPECT_EQ(mine->shownPath(), QStringLiteral("vote.txt (in the library)"));
    EXPECT_GT(model->mentionCount(QStringLiteral("KAZ"), model->articleIndex(mine->id)), 0);
    {
        LibraryDatabase database(path);
        QString error;
        ASSERT_TRUE(database.open(&error));
        ArticleMetadata edited = mine->meta;
        edited.publisher = QStringLiteral("My notes");
        ASSERT_TRUE(LibraryArticles::setMetadata(database, QStringLiteral("vote"), edited, &error))
            << error.toStdString();
    }
    const DocumentModelPtr after = DocumentModelBuilder::build(options);
    ASSERT_NE(after->article(QStringLiteral("vote")), nullptr);
    EXPECT_EQ(after->article(QStringLiteral("vote"))->meta.publisher, QStringLiteral("My notes"));
    {
        LibraryDatabase database(path);
        QString error;
        ASSERT_TRUE(database.open(&error));
        ASSERT_TRUE(LibraryArticles::remove(database, QStringLiteral("vote"), &error));
        EXPECT_FALSE(LibraryArticles::remove(database, QStringLiteral("vote"), &error));
    }
    EXPECT_EQ(DocumentModelBuilder::build(options)->articles.size(), 5);
}
