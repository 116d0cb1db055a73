// The country list from the keyboard (Down from the filter box into the list, Esc empties the
// filter) and its group headings, never cut to the width of the names under them.
#include "app/models/model_roles.h"
#include "ui/panes/country_list_pane.h"
#include "window_fixture.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QStyle>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

namespace {

// The filter box focused in an active window, as after Ctrl+F.
CountryListPane *listWithFilterFocused(MainWindow &window)
{
    window.activateWindow();
    CountryListPane *list = window.countryList();
    list->focusFilter();
    return list;
}

} // namespace

TEST(CountryList, DownFromTheFilterGoesToTheFirstCountryListed)
{
    WindowFixture f;
    CountryListPane *list = listWithFilterFocused(f.window());
    QTest::keyClicks(list->filterEdit(), QStringLiteral("stan"));
    // The gazetteer's five Central Asian states end in "stan"; Kazakhstan is listed first.
    ASSERT_EQ(list->visibleCountryCount(), 5);
    QTest::keyClick(list->filterEdit(), Qt::Key_Down);
    EXPECT_TRUE(list->view()->hasFocus());
    EXPECT_EQ(list->currentCountry(), QStringLiteral("KAZ"));
    EXPECT_EQ(list->selectedCountries(), QStringList{QStringLiteral("KAZ")});
    QTest::keyClick(list->view(), Qt::Key_Down); // and on through the list
    EXPECT_EQ(list->currentCountry(), QStringLiteral("KGZ"));
}

TEST(CountryList, DownFromTheFilterKeepsTheCountryChosenWhenItIsListed)
{
    WindowFixture f;
    clickCountry(f.window().countryList()->view(), QStringLiteral("MDA"));
    CountryListPane *list = listWithFilterFocused(f.window());
    QTest::keyClick(list->filterEdit(), Qt::Key_Down);
    EXPECT_TRUE(list->view()->hasFocus());
    EXPECT_EQ(list->currentCountry(), QStringLiteral("MDA"));
    // The arrow key as macOS tells it, with the keypad's modifier.
    list->focusFilter();
    QTest::keyClick(list->filterEdit(), Qt::Key_Down, Qt::KeypadModifier);
    EXPECT_TRUE(list->view()->hasFocus());
}

TEST(CountryList, DownFromAFilterThatMatchesNothingStaysInTheBox)
{
    WindowFixture f;
    CountryListPane *list = listWithFilterFocused(f.window());
    QTest::keyClicks(list->filterEdit(), QStringLiteral("qqqq"));
    ASSERT_EQ(list->visibleCountryCount(), 0);
    QTest::keyClick(list->filterEdit(), Qt::Key_Down);
    EXPECT_TRUE(list->filterEdit()->hasFocus());
}

TEST(CountryList, EscEmptiesTheFilterAndListsEveryCountryAgain)
{
    WindowFixture f;
    CountryListPane *list = listWithFilterFocused(f.window());
    QTest::keyClicks(list->filterEdit(), QStringLiteral("tokayev"));
    ASSERT_EQ(list->visibleCountryCount(), 1);
    QTest::keyClick(list->filterEdit(), Qt::Key_Escape);
    EXPECT_TRUE(list->filterEdit()->text().isEmpty());
    EXPECT_EQ(list->visibleCountryCount(), 15); // the gazetteer's fifteen countries
    EXPECT_TRUE(list->filterEdit()->hasFocus());
}

TEST(CountryList, AGroupHeadingIsNeverCutToTheWidthOfTheNames)
{
    WindowFixture f;
    CountryListPane *list = f.window().countryList();
    QTreeView *view = list->view();
    // A heading is drawn in bold, with the style's margin on each side of an item's text.
    QFont bold = view->font();
    bold.setBold(true);
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const auto headingsFit = [view, bold, margins] {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex heading = view->model()->index(r, 0);
            const QString text = heading.data().toString();
            const int needed = QFontMetrics(bold).horizontalAdvance(text) + margins;
            if (view->visualRect(heading).width() <= needed) {
                ADD_FAILURE() << text.toStdString() << " has " << view->visualRect(heading).width()
                              << " px for " << needed;
                return false;
            }
        }
        return true;
    };
    EXPECT_TRUE(headingsFit());
    QTest::keyClicks(list->filterEdit(), QStringLiteral("ukr"));
    ASSERT_EQ(list->visibleCountryCount(), 1);
    EXPECT_TRUE(headingsFit()); // and stays whole as the filter changes the rows
}

TEST(CountryList, EveryCountrysNameIsDrawnWhole)
{
    WindowFixture f;
    QTreeView *view = f.window().countryList()->view();
    // The view as it is, and again with the names' column 200 px wider: a name drawn whole
    // looks the same in both; one cut short ends in "…" in the first.
    QList<QModelIndex> names;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex heading = view->model()->index(r, 0);
        for (int c = 0; c < view->model()->rowCount(heading); ++c)
            names.append(view->model()->index(c, 0, heading));
    }
    ASSERT_EQ(names.size(), 15);
    QList<QRect> rects;
    for (const QModelIndex &name : names)
        rects.append(view->visualRect(name));
    const QImage asShown = view->viewport()->grab().toImage();
    view->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    view->header()->resizeSection(0, view->columnWidth(0) + 200);
    const QImage wider = view->viewport()->grab().toImage();
    for (int i = 0; i < names.size(); ++i) {
        ASSERT_TRUE(asShown.rect().contains(rects[i])) << "the list scrolls at 1280x800";
        EXPECT_EQ(asShown.copy(rects[i]), wider.copy(rects[i]))
            << names[i].data().toString().toStdString() << " is cut";
    }
}
