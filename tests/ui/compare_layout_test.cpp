// The Compare tab keeps its table readable when the window is short of room: at 1280×800 with
// the Problems dock open, the table still shows several whole rows; the charts give way first.
#include "ui/compare/comparison_view.h"
#include "ui/panes/problems_pane.h"
#include "window_fixture.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// The rows of `table` shown whole in its viewport.
int wholeRowsShown(QTableView *table)
{
    int whole = 0;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const int top = table->rowViewportPosition(r);
        if (top >= 0 && top + table->rowHeight(r) <= table->viewport()->height())
            ++whole;
    }
    return whole;
}

} // namespace

TEST(CompareLayout, WithTheProblemsDockOpenTheTableShowsThreeWholeRows)
{
    QTemporaryDir dir;
    WindowFixture f(CorpusOptions{true, {folderWithAnEmptyArticle(dir)}});
    MainWindow &w = f.window();
    ASSERT_TRUE(w.problemsDock()->isVisible());
    ComparisonView *view = w.comparison();
    w.tabs()->setCurrentWidget(view);
    view->setCountries({QStringLiteral("BLR"), QStringLiteral("KAZ"), QStringLiteral("ARM")});
    // 1280×800, and a laptop's 1366×768 less its panel.
    for (const QSize size : {QSize(1280, 800), QSize(1280, 700)}) {
        w.resize(size);
        QCoreApplication::processEvents();
        EXPECT_GE(wholeRowsShown(view->table()), 3) << size.height();
        EXPECT_EQ(w.height(), size.height()) << "the window grew to keep the charts' height";
    }
    // The rows left when those where all agree are hidden are taller (their cells say more):
    // three of them still fit.
    view->onlyDifferences()->click();
    QCoreApplication::processEvents();
    ASSERT_GE(view->table()->model()->rowCount(), 3);
    EXPECT_GE(wholeRowsShown(view->table()), 3);
}
