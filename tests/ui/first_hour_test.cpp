// What a new user meets in the first hour: the About box naming every article sensibly, and a
// corpus folder that cannot be read said in the window, not only on a terminal; a reload that
// keeps the countries selected.
#include "ui/panes/country_list_pane.h"
#include "ui/panes/problems_pane.h"
#include "window_fixture.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

TEST(FirstHour, AboutNamesAnArticleWithoutPublisherByItsFileAndItsTitle)
{
    QTemporaryDir dir;
    QFile notes(dir.filePath(QStringLiteral("lab-notes.md")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("# Install script for the lab\n\nOn 3 March 2022, Moldova applied to join the "
                "European Union.\n");
    notes.close();
    WindowFixture f(CorpusOptions(true, {dir.path()}));
    const QString about = f.window().aboutText();
    const QString path = QDir(dir.path()).filePath(QStringLiteral("lab-notes.md"));
    EXPECT_TRUE(about.contains(QStringLiteral("<li>%1 — <i>Install script for the lab</i></li>")
                                   .arg(path.toHtmlEscaped())))
        << about.toStdString();
    EXPECT_FALSE(about.contains(QStringLiteral("<li> —"))) << about.toStdString();
    EXPECT_FALSE(about.contains(QStringLiteral("# Install"))) << about.toStdString();
    // The built-in articles still read "publisher — title, author".
    EXPECT_TRUE(about.contains(QStringLiteral("<li>Belarus Digest — <i>"))) << about.toStdString();
}

TEST(FirstHour, ACorpusFolderThatIsNoneIsSaidInTheProblemsPaneAndTheStatusBar)
{
    const QString missing = QStringLiteral("/no/such/folder/of/articles");
    WindowFixture f(CorpusOptions(true, {missing}));
    MainWindow &w = f.window();
    EXPECT_EQ(w.document()->articles.size(), 5); // the rest of the corpus is there
    EXPECT_TRUE(w.problemsDock()->isVisible());
    QTreeWidget *problems = w.problems()->view();
    bool listed = false;
    for (int i = 0; i < problems->topLevelItemCount(); ++i)
        listed = listed || (problems->topLevelItem(i)->text(0) == missing &&
                            problems->topLevelItem(i)->text(2) == QStringLiteral("no such folder"));
    EXPECT_TRUE(listed);
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(missing))
        << w.statusBar()->currentMessage().toStdString();
}

TEST(FirstHour, ImportingAnArticleKeepsEveryCountrySelected)
{
    QTemporaryDir dir;
    CorpusOptions corpus;
    corpus.library = dir.filePath(QStringLiteral("library.sqlite"));
    WindowFixture f(corpus);
    MainWindow &w = f.window();
    QTreeView *list = w.countryList()->view();
    clickCountry(list, QStringLiteral("KAZ"));
    for (const char *iso : {"UZB", "KGZ", "TJK"})
        clickCountry(list, QLatin1String(iso), Qt::ControlModifier);
    const QStringList before = w.countryList()->selectedCountries();
    ASSERT_EQ(before.size(), 4);
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("Notes\n\nOn 3 March 2022, Moldova applied to join the European Union.\n");
    notes.close();
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    w.importArticles({notes.fileName()});
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_EQ(w.document()->articles.size(), 6);
    QStringList after = w.countryList()->selectedCountries();
    QStringList expected = before;
    after.sort();
    expected.sort();
    EXPECT_EQ(after, expected);
    EXPECT_EQ(w.countryList()->currentCountry(), QStringLiteral("TJK"));
}
