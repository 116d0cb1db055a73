// The Sources and Timeline tables as a reader uses them: dates in words, a header click sorts
// (dates by the day they stand for, not by their text), the filter box keeps the rows with
// every word typed, and Esc clears it.
#include "app/model/document_model_builder.h"
#include "app/models/article_model.h"
#include "app/models/event_model.h"
#include "app/models/model_roles.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/filter_box.h"
#include "ui/panes/sources_pane.h"
#include "ui/panes/timeline_pane.h"
#include "window_fixture.h"

#include <QFile>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ModelRoles;

namespace {

void clickHeader(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

QVector<QDate> datesDown(QTableView *view)
{
    QVector<QDate> dates;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        dates.append(view->model()->index(r, 0).data(DateRole).toDate());
    return dates;
}

} // namespace

TEST(Tables, TheTimelineReadsDatesInWordsSortsByDayAndFiltersByWords)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.countryList()->selectCountry(QStringLiteral("KAZ"));
    w.tabs()->setCurrentWidget(w.timeline());
    QTableView *view = w.timeline()->view();
    const int all = view->model()->rowCount();
    ASSERT_GT(all, 3);
    // The same style as every other date of the app: "2 Mar 2022", never "2022-03-02".
    static const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    for (int r = 0; r < all; ++r)
        EXPECT_FALSE(
            view->model()->index(r, EventModel::DateColumn).data().toString().contains(iso));
    // Oldest first at the start; one click on Date turns the order over.
    QVector<QDate> dates = datesDown(view);
    EXPECT_TRUE(std::is_sorted(dates.cbegin(), dates.cend()));
    clickHeader(view, EventModel::DateColumn);
    dates = datesDown(view);
    EXPECT_TRUE(std::is_sorted(dates.crbegin(), dates.crend()));
    EXPECT_NE(dates.first(), dates.last());

    // Filtering by words: a type some events have and others not; every row left holds it,
    // and no row that holds it is lost.
    const auto rowText = [view](int r) {
        QString row;
        for (int c = 0; c < EventModel::ColumnCount; ++c)
            row += view->model()->index(r, c).data().toString() + QLatin1Char(' ');
        return row;
    };
    QString word;
    int holding = 0;
    for (int r = 0; r < all && word.isEmpty(); ++r) {
        const QString type = view->model()->index(r, EventModel::TypeColumn).data().toString();
        int n = 0;
        for (int other = 0; other < all; ++other)
            n += rowText(other).contains(type, Qt::CaseInsensitive) ? 1 : 0;
        if (n < all) {
            word = type;
            holding = n;
        }
    }
    ASSERT_FALSE(word.isEmpty());
    QTest::keyClicks(w.timeline()->filterBox(), word.toUpper());
    EXPECT_EQ(view->model()->rowCount(), holding);
    QTest::keyClick(w.timeline()->filterBox(), Qt::Key_Escape);
    EXPECT_EQ(view->model()->rowCount(), all);
}

TEST(Tables, ANewSnapshotOfTheSameCountryKeepsTheEventTheReaderWasOn)
{
    // A trial coded a claim from the Timeline tab: the table jumped back to its first event.
    TimelinePane pane;
    pane.resize(900, 600);
    pane.show();
    pane.setDocument(DocumentModelBuilder::build(CorpusOptions{}));
    pane.setCountry(QStringLiteral("KAZ"));
    QTableView *view = pane.view();
    ASSERT_GT(view->model()->rowCount(), 4);
    const QModelIndex chosen = view->model()->index(3, EventModel::TextColumn);
    view->setCurrentIndex(chosen);
    const QString article = chosen.data(ArticleIdRole).toString();
    const qlonglong start = chosen.data(SpanStartRole).toLongLong();
    // The same corpus read again: another snapshot, the same event on its row.
    pane.setDocument(DocumentModelBuilder::build(CorpusOptions{}));
    QModelIndex current = pane.view()->currentIndex();
    EXPECT_EQ(current.data(ArticleIdRole).toString(), article);
    EXPECT_EQ(current.data(SpanStartRole).toLongLong(), start);
    EXPECT_EQ(current.row(), 3);
    // Hidden when the snapshot came: found again when shown.
    pane.hide();
    pane.setDocument(DocumentModelBuilder::build(CorpusOptions{}));
    pane.show();
    current = pane.view()->currentIndex();
    EXPECT_EQ(current.data(SpanStartRole).toLongLong(), start);
    // Another country starts at its first event.
    pane.setCountry(QStringLiteral("BLR"));
    EXPECT_EQ(pane.view()->currentIndex().row(), 0);
}

TEST(Tables, TheSourcesSortByDateAndByMentionsAndFilterByWords)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.countryList()->selectCountry(QStringLiteral("KAZ"));
    w.tabs()->setCurrentWidget(w.sources());
    QTableView *view = w.sources()->view();
    ASSERT_EQ(view->model()->rowCount(), 5);
    // The GFSIS review covers 21 Feb – 3 Mar 2022 (its manifest entry): in words.
    const QStringList shown = [view] {
        QStringList texts;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            texts.append(view->model()->index(r, ArticleModel::DateColumn).data().toString());
        return texts;
    }();
    EXPECT_TRUE(shown.contains(QStringLiteral("21 Feb – 3 Mar 2022")))
        << shown.join('|').toStdString();

    clickHeader(view, ArticleModel::MentionsColumn);
    QVector<int> mentions;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        mentions.append(view->model()->index(r, ArticleModel::MentionsColumn).data().toInt());
    EXPECT_TRUE(std::is_sorted(mentions.cbegin(), mentions.cend()) ||
                std::is_sorted(mentions.crbegin(), mentions.crend()));
    EXPECT_NE(mentions.first(), mentions.last());

    QTest::keyClicks(w.sources()->filterBox(), QStringLiteral("gfsis"));
    ASSERT_GE(view->model()->rowCount(), 1);
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        QString row;
        for (int c = 0; c < ArticleModel::ColumnCount; ++c)
            row += view->model()->index(r, c).data().toString() + QLatin1Char(' ');
        EXPECT_TRUE(row.contains(QLatin1String("GFSIS"), Qt::CaseInsensitive)) << row.toStdString();
    }
    EXPECT_LT(view->model()->rowCount(), 5);
}

// A publisher named at length (as a library's generated or imported articles are) takes at most
// a quarter of the table: the titles are not cut to a few letters.
TEST(Tables, ALongPublisherNameLeavesTheTitlesTheirRoom)
{
    QTemporaryDir dir;
    const QString publisher =
        QStringLiteral("The Georgian Foundation for Strategic and International Studies, "
                       "Department of Regional Security and Eastern European Affairs");
    QFile text(dir.filePath(QStringLiteral("long.txt")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("On 2 March 2022, Kazakhstan abstained in the vote on the resolution.\n");
    text.close();
    QFile manifest(dir.filePath(QStringLiteral("manifest.json")));
    ASSERT_TRUE(manifest.open(QIODevice::WriteOnly));
    manifest.write(QStringLiteral(R"({"schema": 1, "articles": [{"file": "long.txt",
        "id": "long", "title": "Kazakhstan and the vote of 2 March", "publisher": "%1",
        "author": "", "published": "2022-03-03", "year": 2022, "period": null, "url": ""}]})")
                       .arg(publisher)
                       .toUtf8());
    manifest.close();
    WindowFixture f(CorpusOptions{true, {dir.path()}});
    MainWindow &w = f.window();
    w.resize(1280, 800);
    w.countryList()->selectCountry(QStringLiteral("KAZ"));
    w.tabs()->setCurrentWidget(w.sources());
    QTableView *view = w.sources()->view();
    bool listed = false;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        listed =
            listed || view->model()->index(r, ArticleModel::PublisherColumn).data() == publisher;
    ASSERT_TRUE(listed);
    const QHeaderView *header = view->horizontalHeader();
    const int width = view->viewport()->width();
    EXPECT_GT(view->fontMetrics().horizontalAdvance(publisher), width / 2); // it would take more
    EXPECT_LE(header->sectionSize(ArticleModel::PublisherColumn), width / 4 + 1);
    EXPECT_GE(header->sectionSize(ArticleModel::TitleColumn), width / 3);
}
