// Help → User Guide (F1) shows the bundled guide; Help → Keyboard Shortcuts lists every
// shortcut from the actions themselves; Copy Citation (Ctrl+Shift+C in an evidence list) puts
// the entry at the cursor on the clipboard with its source.
#include "app/models/model_roles.h"
#include "ui/help/shortcuts_dialog.h"
#include "ui/help/user_guide.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/evidence_view.h"
#include "ui/panes/positions_pane.h"
#include "window_fixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

namespace {

// Every action reachable from the menu bar with its shortcuts, walked here menu by menu.
void menuShortcuts(const QList<QAction *> &actions, QStringList *found)
{
    for (const QAction *action : actions) {
        if (action->menu())
            menuShortcuts(action->menu()->actions(), found);
        for (const QKeySequence &key : action->shortcuts())
            found->append(key.toString(QKeySequence::NativeText));
    }
}

bool listed(const QVector<ShortcutEntry> &entries, const QString &action, const QString &keys)
{
    return std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutEntry &e) {
        return e.action == action && e.keys == keys;
    });
}

// Shows Kazakhstan's vote of 2 March in the positions pane (four claims from four sources),
// its position in *vote.
EvidenceView *showKazakhstanVote(MainWindow &w, const Position **vote)
{
    *vote = w.document()->position(QStringLiteral("KAZ"), QStringLiteral("unga_es11_1"));
    QApplication::setActiveWindow(&w);
    clickCountry(w.countryList()->view(), QStringLiteral("KAZ"));
    QTreeView *rows = w.positions()->view();
    for (int r = 0; r < rows->model()->rowCount(); ++r) {
        const QModelIndex index = rows->model()->index(r, 0);
        if (index.data(ModelRoles::DimensionRole).toString() == QLatin1String("unga_es11_1"))
            rows->setCurrentIndex(index);
    }
    return w.positions()->evidence();
}

} // namespace

TEST(Help, F1OpensTheBundledGuideWhoseLinksAllLeadInsideIt)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.activateWindow();
    QTest::keyClick(&w, Qt::Key_F1);
    auto *guide = w.findChild<UserGuide *>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    for (const char *topic :
         {"Countries", "Evidence", "Charts", "Comparing countries", "Copy Citation", "Keyboard"})
        EXPECT_TRUE(text.contains(QLatin1String(topic))) << topic;
    // Read from the resource here: every link is an anchor of the page itself, none goes out.
    QFile page(UserGuide::resourcePath());
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(page.readAll());
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    int links = 0;
    for (auto it = href.globalMatch(html); it.hasNext(); ++links) {
        const QString target = it.next().captured(1);
        ASSERT_TRUE(target.startsWith(QLatin1Char('#'))) << target.toStdString();
        EXPECT_TRUE(html.contains(QStringLiteral("name=\"%1\"").arg(target.mid(1))))
            << target.toStdString();
    }
    EXPECT_GT(links, 5);
    guide->close();
}

TEST(Help, TheShortcutListIsReadFromTheActionsThemselves)
{
    WindowFixture f;
    MainWindow &w = f.window();
    const QVector<ShortcutEntry> entries = ShortcutsDialog::collect(&w);
    QStringList listedKeys;
    for (const ShortcutEntry &e : entries)
        listedKeys += e.keys.split(QStringLiteral(", "));
    QStringList inMenus;
    menuShortcuts(w.menuBar()->actions(), &inMenus);
    EXPECT_GT(inMenus.size(), 10);
    for (const QString &key : inMenus)
        EXPECT_TRUE(listedKeys.contains(key)) << key.toStdString();
    // The panes' own shortcuts, with where they work.
    EXPECT_TRUE(
        listed(entries, QStringLiteral("Copy Citation"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText)));
    EXPECT_TRUE(listed(entries, QStringLiteral("Edit Article Details"), QStringLiteral("F2")));
    EXPECT_TRUE(
        listed(entries, QStringLiteral("User Guide"),
               QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    // Each once, however many evidence lists the window has.
    EXPECT_EQ(std::count_if(entries.cbegin(), entries.cend(),
                            [](const ShortcutEntry &e) { return e.action == "Copy Citation"; }),
              1);
    // A shortcut added tomorrow is in the list without anyone writing it down.
    auto *added = new QAction(QStringLiteral("&Frobnicate…"), &w);
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    w.addAction(added);
    EXPECT_TRUE(listed(ShortcutsDialog::collect(&w), QStringLiteral("Frobnicate"),
                       added->shortcut().toString(QKeySequence::NativeText)));
}

// The panes behind the tabs are made when first shown: Help → Keyboard Shortcuts still lists
// their shortcuts (the Sources tab's Delete) before they are.
TEST(Help, TheShortcutListNamesThoseOfTabsNotOpenedYet)
{
    WindowFixture f;
    MainWindow &w = f.window();
    QAction *shortcuts = nullptr;
    for (QAction *menu : w.menuBar()->actions()) {
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
            if (a->text() == QStringLiteral("&Keyboard Shortcuts"))
                shortcuts = a;
    }
    ASSERT_NE(shortcuts, nullptr);
    QVector<ShortcutEntry> shown;
    QTimer::singleShot(0, &w, [&] {
        shown = ShortcutsDialog::collect(&w);
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    shortcuts->trigger();
    const QString del = QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText);
    EXPECT_TRUE(listed(shown, QStringLiteral("Remove Article from the Library"), del));
}

TEST(CopyCitation, CtrlShiftCInTheEvidenceListCopiesTheEntryAtTheCursor)
{
    WindowFixture f;
    MainWindow &w = f.window();
    const Position *vote = nullptr;
    EvidenceView *evidence = showKazakhstanVote(w, &vote);
    ASSERT_NE(vote, nullptr);
    ASSERT_EQ(evidence->itemCount(), int(vote->claims.size()));
    QApplication::clipboard()->clear();
    // The cursor into the third entry's quote, found in the text shown.
    const Claim &third = vote->claims.at(2);
    const QTextCursor found = evidence->document()->find(third.quote.left(30));
    ASSERT_FALSE(found.isNull());
    QTextCursor cursor(evidence->document());
    cursor.setPosition(found.selectionStart() + 3);
    evidence->setTextCursor(cursor);
    evidence->setFocus();
    QTest::keyClick(evidence, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    ASSERT_NE(copied, nullptr);
    EXPECT_FALSE(copied->hasImage()); // not the window's Copy Chart
    EXPECT_TRUE(copied->text().contains(third.quote)) << copied->text().toStdString();
    const Article *article = w.document()->article(third.article);
    ASSERT_NE(article, nullptr);
    EXPECT_TRUE(copied->text().contains(article->meta.title));
    EXPECT_TRUE(copied->hasHtml());
    EXPECT_TRUE(copied->html().contains(QStringLiteral("<cite>")));
    // The other entries' quotes are not in it.
    if (vote->claims.at(0).quote != third.quote) {
        EXPECT_FALSE(copied->text().contains(vote->claims.at(0).quote));
    }
}

TEST(CopyCitation, TheEvidenceListsContextMenuCopiesTheEntryClicked)
{
    WindowFixture f;
    MainWindow &w = f.window();
    const Position *vote = nullptr;
    EvidenceView *evidence = showKazakhstanVote(w, &vote);
    ASSERT_NE(vote, nullptr);
    const Claim &last = vote->claims.last();
    const QTextCursor found = evidence->document()->find(last.quote.left(30));
    ASSERT_FALSE(found.isNull());
    const QPoint at = evidence->cursorRect(found).center();
    // Text selected in the first entry does not change which entry the menu copies.
    const QTextCursor first = evidence->document()->find(vote->claims.first().quote.left(20));
    ASSERT_FALSE(first.isNull());
    evidence->setTextCursor(first);
    QApplication::clipboard()->clear();
    bool offered = false;
    QTimer::singleShot(0, evidence, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        for (QAction *action : menu->actions()) {
            if (action->text().remove(QLatin1Char('&')) == QLatin1String("Copy Citation")) {
                offered = action->isEnabled();
                action->trigger();
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, evidence->viewport()->mapToGlobal(at));
    QApplication::sendEvent(evidence->viewport(), &event);
    EXPECT_TRUE(offered);
    EXPECT_TRUE(QApplication::clipboard()->text().contains(last.quote))
        << QApplication::clipboard()->text().toStdString();
}
