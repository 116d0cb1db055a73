#include "app/models/comparison_model.h"
#include "ui/charts/chart_card.h"
#include "ui/charts/chart_export_dialog.h"
#include "ui/compare/comparison_view.h"
#include "ui/compare/country_picker.h"
#include "ui/panes/country_header.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/source_viewer.h"
#include "window_fixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace ModelRoles;

namespace {

const QStringList kBelarusKazakhstan{QStringLiteral("BLR"), QStringLiteral("KAZ")};

int tableRowOf(QTableView *table, const char *dimension)
{
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(DimensionRole).toString() == QLatin1String(dimension))
            return r;
    }
    return -1;
}

// Shows the window's comparison of `countries` and returns it.
ComparisonView *showComparison(MainWindow &window, const QStringList &countries)
{
    ComparisonView *view = window.comparison();
    window.tabs()->setCurrentWidget(view);
    view->setCountries(countries);
    return view;
}

} // namespace

TEST(ComparisonView, OpensByKeyboardOnTheSelectedCountries)
{
    WindowFixture f;
    MainWindow &w = f.window();
    QTreeView *list = w.countryList()->view();
    w.countryList()->selectCountry(QStringLiteral("BLR"));
    list->setFocus();
    // Belarus and the country under it (Moldova), selected with Shift+Down.
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    ASSERT_EQ(w.countryList()->selectedCountries().size(), 2);
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    EXPECT_EQ(w.tabs()->currentWidget(), w.comparison());
    EXPECT_EQ(w.comparison()->countries(),
              (QStringList{QStringLiteral("BLR"), QStringLiteral("MDA")}));
    EXPECT_TRUE(w.comparison()->table()->hasFocus());
    EXPECT_EQ(w.comparison()->table()->model()->columnCount(), 3);
    EXPECT_FALSE(w.header()->isVisible()); // the one-country header gives way
}

TEST(ComparisonView, OpensByMouseFromTheCountryList)
{
    WindowFixture f;
    MainWindow &w = f.window();
    QTreeView *list = w.countryList()->view();
    clickCountry(list, QStringLiteral("BLR"));
    EXPECT_FALSE(w.countryList()->compareButton()->isEnabled());
    clickCountry(list, QStringLiteral("KAZ"), Qt::ControlModifier);
    QPushButton *compare = w.countryList()->compareButton();
    ASSERT_TRUE(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    EXPECT_EQ(w.tabs()->currentWidget(), w.comparison());
    EXPECT_EQ(w.comparison()->countries(), kBelarusKazakhstan);
    QTableView *table = w.comparison()->table();
    const int vote = tableRowOf(table, "unga_es11_1");
    ASSERT_GE(vote, 0);
    EXPECT_EQ(table->model()->index(vote, 1).data().toString(), QStringLiteral("Against"));
    EXPECT_TRUE(table->model()->index(vote, 2).data(ConflictRole).toBool());
    EXPECT_EQ(table->model()->index(vote, 0).data(RowStatusRole).value<ComparisonRow::Status>(),
              ComparisonRow::Status::Differ);
}

TEST(ComparisonView, AddingAndRemovingACountryIsOneClick)
{
    WindowFixture f;
    MainWindow &w = f.window();
    ComparisonView *view = showComparison(w, {});
    CountryPicker *picker = view->picker();
    for (const char *iso : {"BLR", "KAZ", "ARM", "GEO"}) {
        QToolButton *button = picker->button(QLatin1String(iso));
        ASSERT_NE(button, nullptr) << iso;
        QTest::mouseClick(button, Qt::LeftButton);
    }
    EXPECT_EQ(view->countries().size(), 4);
    EXPECT_EQ(view->table()->model()->columnCount(), 5);
    // Four at most: the others cannot be added until one is removed.
    EXPECT_FALSE(picker->button(QStringLiteral("EST"))->isEnabled());
    QTest::mouseClick(picker->button(QStringLiteral("KAZ")), Qt::LeftButton);
    EXPECT_EQ(view->countries(),
              (QStringList{QStringLiteral("BLR"), QStringLiteral("ARM"), QStringLiteral("GEO")}));
    EXPECT_TRUE(picker->button(QStringLiteral("EST"))->isEnabled());
    EXPECT_EQ(view->comparisonChart()->data().series.size(), 3);
    EXPECT_EQ(view->monthsChart()->data().series.size(), 3);
}

TEST(ComparisonView, HidesTheRowsWhereAllAgreeAndHighlightsDifferences)
{
    WindowFixture f;
    ComparisonView *view = showComparison(
        f.window(), {QStringLiteral("BLR"), QStringLiteral("KAZ"), QStringLiteral("ARM")});
    QTableView *table = view->table();
    const int all = table->model()->rowCount();
    EXPECT_GE(tableRowOf(table, "csto_member"), 0);
    QTest::mouseClick(view->onlyDifferences(), Qt::LeftButton);
    ASSERT_TRUE(view->onlyDifferences()->isChecked());
    // Exactly the rows where they all agree are gone; differing and incomplete rows stay.
    int agreeing = 0;
    for (const ComparisonRow &row : view->model()->comparison().rows)
        agreeing += row.status() == ComparisonRow::Status::Agree ? 1 : 0;
    EXPECT_GT(agreeing, 0);
    EXPECT_EQ(table->model()->rowCount(), all - agreeing);
    EXPECT_EQ(tableRowOf(table, "csto_member"), -1);
    EXPECT_GE(tableRowOf(table, "unga_es11_1"), 0);
    EXPECT_TRUE(view->hint()->text().contains(QStringLiteral("%1 agree").arg(agreeing)));
    // A differing row is drawn on the highlight, an agreeing one is not.
    const QImage shot = table->viewport()->grab().toImage();
    const QRect differing =
        table->visualRect(table->model()->index(tableRowOf(table, "stance"), 0));
    QTest::mouseClick(view->onlyDifferences(), Qt::LeftButton);
    const QImage allRows = table->viewport()->grab().toImage();
    const QRect agreeingRow =
        table->visualRect(table->model()->index(tableRowOf(table, "csto_member"), 0));
    const QPoint probe(differing.left() + 2, differing.top() + 2);
    const QPoint calm(agreeingRow.left() + 2, agreeingRow.top() + 2);
    EXPECT_NE(shot.pixelColor(probe * shot.devicePixelRatio()),
              allRows.pixelColor(calm * allRows.devicePixelRatio()));
}

TEST(ComparisonView, ClickingACellOpensTheSourceAtTheQuote)
{
    WindowFixture f;
    MainWindow &w = f.window();
    ComparisonView *view = showComparison(w, kBelarusKazakhstan);
    QTableView *table = view->table();
    const QModelIndex cell = table->model()->index(tableRowOf(table, "unga_es11_1"), 2);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    const QString article = cell.data(ArticleIdRole).toString();
    ASSERT_FALSE(article.isEmpty());
    EXPECT_TRUE(w.sourceDock()->isVisible());
    EXPECT_EQ(w.sourceViewer()->currentArticle(), article);
    const QString quote = cell.data(QuoteRole).toString();
    const QString selected = w.sourceViewer()->selectedText();
    EXPECT_FALSE(selected.isEmpty());
    EXPECT_EQ(selected.size(),
              cell.data(SpanEndRole).toLongLong() - cell.data(SpanStartRole).toLongLong());
    EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(quote.left(20).toHtmlEscaped()));
}

TEST(ComparisonView, RemembersTheComparisonAcrossRestarts)
{
    WindowFixture f;
    f.window().comparison()->setCountries(
        {QStringLiteral("GEO"), QStringLiteral("BLR"), QStringLiteral("UZB")});
    QTest::mouseClick(f.window().comparison()->onlyDifferences(), Qt::LeftButton);
    f.restart();
    EXPECT_EQ(f.window().comparison()->countries(),
              (QStringList{QStringLiteral("GEO"), QStringLiteral("BLR"), QStringLiteral("UZB")}));
    EXPECT_TRUE(f.window().comparison()->onlyDifferences()->isChecked());
}

TEST(ComparisonView, ExportsCsvAndItsCharts)
{
    WindowFixture f;
    ComparisonView *view = showComparison(f.window(), kBelarusKazakhstan);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("compare.csv"));
    QString error;
    ASSERT_TRUE(view->exportCsv(csv, &error)) << error.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("\xEF\xBB\xBF"
                                          "dimension,label,countries differ,BLR,"));
    // Its sources beside it, as a chart's: the window writes them by default.
    QFile sources(csv + QStringLiteral(".sources.json"));
    ASSERT_TRUE(sources.open(QIODevice::ReadOnly));
    EXPECT_TRUE(sources.readAll().contains("\"rows\""));

    // The comparison chart's Export… button leads to the same export dialog as every chart.
    const QString png = dir.filePath(QStringLiteral("comparison.png"));
    QTimer::singleShot(0, view, [png] {
        auto *dialog = qobject_cast<ChartExportDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit *>()->setText(png);
        dialog->accept();
    });
    QPushButton *exportButton = nullptr;
    for (QPushButton *button : view->comparisonChart()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Export…"))
            exportButton = button;
    }
    ASSERT_NE(exportButton, nullptr);
    QSignalSpy exported(view->comparisonChart(), &ChartCard::exported);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    ASSERT_TRUE(exported.count() == 1 || exported.wait(20000)); // its sources made meanwhile
    const QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_EQ(view->comparisonChart()->data().series.size(), 2);
    EXPECT_TRUE(QFile::exists(png + QStringLiteral(".sources.json"))); // offered by default
}

TEST(ComparisonView, StartsFromOneCountryWithCompareWith)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.compareWith(QStringLiteral("ARM"));
    EXPECT_EQ(w.tabs()->currentWidget(), w.comparison());
    EXPECT_EQ(w.comparison()->countries(), QStringList{QStringLiteral("ARM")});
    EXPECT_TRUE(w.comparison()->hint()->text().contains(QStringLiteral("more")));
    QTest::mouseClick(w.comparison()->picker()->button(QStringLiteral("AZE")), Qt::LeftButton);
    EXPECT_EQ(w.comparison()->countries(),
              (QStringList{QStringLiteral("ARM"), QStringLiteral("AZE")}));
}

TEST(ComparisonView, OffersTheCountriesOfACorpusWithoutCodebook)
{
    QTemporaryDir dir;
    QFile article(dir.filePath(QStringLiteral("talks.txt")));
    ASSERT_TRUE(article.open(QIODevice::WriteOnly));
    article.write("Talks in Tbilisi\n\nOn 3 March 2022 Armenia and Georgia met in Tbilisi to "
                  "discuss the war.\n");
    article.close();
    CorpusOptions corpus;
    corpus.builtin = false;
    corpus.folders = {dir.path()};
    WindowFixture f(corpus);
    ComparisonView *view = f.window().comparison();
    CountryPicker *picker = view->picker();
    EXPECT_NE(picker->button(QStringLiteral("ARM")), nullptr);
    EXPECT_NE(picker->button(QStringLiteral("GEO")), nullptr);
    EXPECT_EQ(picker->button(QStringLiteral("EST")), nullptr); // not mentioned
    view->setCountries({QStringLiteral("ARM"), QStringLiteral("GEO")});
    EXPECT_EQ(view->table()->model()->rowCount(), 0);
    EXPECT_TRUE(view->hint()->text().contains(QStringLiteral("No source gives a position")));
    EXPECT_EQ(view->monthsChart()->data().series.size(), 2);
}

TEST(ComparisonView, ItsContextMenuOffersEveryQuoteOfACell)
{
    WindowFixture f;
    MainWindow &w = f.window();
    ComparisonView *view = showComparison(w, kBelarusKazakhstan);
    QTableView *table = view->table();
    const QModelIndex cell = table->model()->index(tableRowOf(table, "unga_es11_1"), 2);
    table->setCurrentIndex(cell);
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model());
    ASSERT_NE(proxy, nullptr);
    const Position *vote = view->model()->positionAt(proxy->mapToSource(cell));
    ASSERT_NE(vote, nullptr);
    ASSERT_EQ(vote->claims.size(), 4);
    int offered = 0;
    QStringList citations;
    QTimer::singleShot(0, view, [&offered, &citations] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        QAction *lastQuote = nullptr;
        QMenu *cite = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->menu())
                cite = action->menu();
            else if (!action->isSeparator())
                lastQuote = action, ++offered;
        }
        ASSERT_NE(cite, nullptr);
        // Copy Citation offers the same quotes; each puts its quote on the clipboard.
        for (QAction *action : cite->actions()) {
            action->trigger();
            citations.append(QApplication::clipboard()->text());
        }
        ASSERT_NE(lastQuote, nullptr);
        lastQuote->trigger();
        menu->close();
    });
    const QPoint at = table->visualRect(cell).center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    EXPECT_EQ(offered, 4);
    ASSERT_EQ(citations.size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_TRUE(citations.at(i).contains(vote->claims.at(i).quote)) << i;
        const Article *article = w.document()->article(vote->claims.at(i).article);
        ASSERT_NE(article, nullptr);
        EXPECT_TRUE(citations.at(i).contains(article->meta.title)) << i;
    }
    const Claim &last = vote->claims.last();
    EXPECT_EQ(w.sourceViewer()->currentArticle(), last.article);
    EXPECT_EQ(w.sourceViewer()->selectedText().size(), last.span.length());
}

TEST(ComparisonView, ACorpusWithoutTheCountriesKeepsTheRememberedSet)
{
    QTemporaryDir dir;
    QFile article(dir.filePath(QStringLiteral("baltic.txt")));
    ASSERT_TRUE(article.open(QIODevice::WriteOnly));
    article.write("On 24 February 2022 Estonia and Latvia condemned the attack.\n");
    article.close();
    WindowFixture f;
    f.window().comparison()->setCountries(kBelarusKazakhstan);
    const QString settings = f.settingsFile();
    f.window().close();
    {
        CorpusOptions baltic;
        baltic.builtin = false;
        baltic.folders = {dir.path()};
        WindowFixture other(baltic, settings);
        // Belarus and Kazakhstan are known to the gazetteer: still offered and compared.
        EXPECT_EQ(other.window().comparison()->countries(), kBelarusKazakhstan);
        other.window().close();
    }
    QSettings stored(settings, QSettings::IniFormat);
    EXPECT_EQ(stored.value(QStringLiteral("compare/countries")).toStringList(), kBelarusKazakhstan);
}

TEST(ComparisonView, MoreThanFourSelectedComparesTheFirstFour)
{
    WindowFixture f;
    MainWindow &w = f.window();
    QTreeView *list = w.countryList()->view();
    clickCountry(list, QStringLiteral("EST"));
    for (const char *iso : {"LVA", "LTU", "ARM", "AZE"})
        clickCountry(list, QLatin1String(iso), Qt::ControlModifier);
    ASSERT_EQ(w.countryList()->selectedCountries().size(), 5);
    QPushButton *compare = w.countryList()->compareButton();
    EXPECT_TRUE(compare->isEnabled());
    EXPECT_TRUE(compare->text().contains(QStringLiteral("first four")));
    QTest::mouseClick(compare, Qt::LeftButton);
    EXPECT_EQ(w.comparison()->countries(), w.countryList()->selectedCountries().mid(0, 4));
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("four")));
}

TEST(ComparisonView, CtrlKWorksFromTheFilterBox)
{
    WindowFixture f;
    MainWindow &w = f.window();
    QTreeView *list = w.countryList()->view();
    clickCountry(list, QStringLiteral("BLR"));
    clickCountry(list, QStringLiteral("KAZ"), Qt::ControlModifier);
    w.countryList()->focusFilter();
    QTest::keyClicks(w.countryList()->filterEdit(), QStringLiteral("a"));
    w.countryList()->filterEdit()->setCursorPosition(0);
    QTest::keyClick(w.countryList()->filterEdit(), Qt::Key_K, Qt::ControlModifier);
    EXPECT_EQ(w.tabs()->currentWidget(), w.comparison());
    EXPECT_EQ(w.countryList()->filterEdit()->text(), QStringLiteral("a")); // not cut
}

TEST(ComparisonView, TheListsContextMenuNamesTheCountryAndAddsIt)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.comparison()->setCountries(kBelarusKazakhstan);
    QTreeView *list = w.countryList()->view();
    const QModelIndex armenia = countryIndex(list, QStringLiteral("ARM"));
    // Right-click on the stance column: the menu still speaks of the country.
    const QModelIndex stance = armenia.siblingAtColumn(1);
    QString offered;
    QTimer::singleShot(0, list, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        offered = menu->actions().first()->text();
        menu->actions().first()->trigger();
        menu->close();
    });
    Q_EMIT list->customContextMenuRequested(list->visualRect(stance).center());
    EXPECT_EQ(offered, QStringLiteral("Compare Armenia with…"));
    EXPECT_EQ(w.comparison()->countries(),
              (QStringList{QStringLiteral("BLR"), QStringLiteral("KAZ"), QStringLiteral("ARM")}));
}
