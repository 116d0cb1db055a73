#include "app/evidence/evidence_ref.h"
#include "app/model/document_model_builder.h"
#include "app/models/event_model.h"
#include "app/models/model_roles.h"
#include "app/models/word_filter_model.h"
#include "model_tester.h"
#include "test_support.h"

#include <QStandardItemModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace ModelRoles;

TEST(EventModel, PassesTheModelTester)
{
    EventModel model;
    ReportingModelTester tester(&model);
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
}

TEST(EventModel, ListsACountrysEventsInDateOrder)
{
    EventModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
    // The events of the built-in articles Kazakhstan takes part in: a reader finds 20
    // (tests/data/expected_events.json); the extraction misses Shaw's "two months ago".
    EXPECT_EQ(model.rowCount(), 19);
    for (int r = 1; r < model.rowCount(); ++r)
        EXPECT_LE(model.index(r - 1, 0).data(DateRole).toDate(),
                  model.index(r, 0).data(DateRole).toDate());
    for (int r = 0; r < model.rowCount(); ++r)
        EXPECT_TRUE(
            model.index(r, 0).data(CountriesRole).toStringList().contains(QStringLiteral("KAZ")));
    model.setCountry(QString());
    // Every event of the built-in articles: a reader finds 124, of which the extraction misses
    // 7 (docs/FIDELITY.md) and adds none.
    EXPECT_EQ(model.rowCount(), 117);
}

TEST(EventModel, EachRowGivesTheEvidenceOfItsEventWithItsSentenceAndDate)
{
    EventModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
    ASSERT_GT(model.rowCount(), 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex row = model.index(r, EventModel::TextColumn);
        const EvidenceRef ref = row.data(EvidenceRole).value<EvidenceRef>();
        EXPECT_EQ(ref.kind, EvidenceRef::Kind::Event);
        const Article *article = TestSupport::builtinModel()->article(ref.article);
        ASSERT_NE(article, nullptr);
        EXPECT_EQ(article->quote(ref.span), row.data()); // the sentence shown
        EXPECT_EQ(ref.date.basis, SourceDate::Basis::Statement);
        EXPECT_TRUE(
            ref.label.startsWith(row.siblingAtColumn(EventModel::TypeColumn).data().toString()));
    }
    // The first, GFSIS's "The C5+1 Multilateral Forum was launched in November 2015 … with the
    // participation of the Foreign Ministers of the five Central Asian states", is dated to the
    // month.
    EXPECT_EQ(model.index(0, 0).data(EvidenceRole).value<EvidenceRef>().label,
              QStringLiteral("meeting, Nov 2015"));
}

// An article that gives no year anywhere: its event is dated in the corpus's reference year,
// and the list and the evidence say the year is assumed.
TEST(EventModel, AnAssumedYearIsSaidWhereTheDateIsShown)
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("undated.txt"),
                           "Talks\n\nOn March 5, Armenia and Russia held talks.\n");
    EventModel model;
    model.setDocument(DocumentModelBuilder::build({false, {dir.path()}}));
    model.setCountry(QStringLiteral("ARM"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, EventModel::DateColumn).data().toString(),
              QStringLiteral("5 Mar 2022 (year assumed)"));
    EXPECT_TRUE(model.index(0, 0)
                    .data(EvidenceRole)
                    .value<EvidenceRef>()
                    .label.endsWith(QStringLiteral("(year assumed)")));
}

// The Date column is kept in its order by the model, so the table's sort by date (the default)
// reads no date: the order is still the dates', up and down.
TEST(EventModel, SortedByDateThroughTheTablesFilterBothWays)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    EventModel events;
    events.reload(model, QStringLiteral("KAZ"));
    WordFilterModel table;
    table.setSourceModel(&events);
    ASSERT_GT(table.rowCount(), 5);
    EXPECT_TRUE(
        events.headerData(EventModel::DateColumn, Qt::Horizontal, ModelRoles::InSourceOrderRole)
            .toBool());
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        table.sort(EventModel::DateColumn, order);
        for (int row = 1; row < table.rowCount(); ++row) {
            const qint64 before = table.index(row - 1, EventModel::DateColumn)
                                      .data(ModelRoles::SortRole)
                                      .toLongLong();
            const qint64 here =
                table.index(row, EventModel::DateColumn).data(ModelRoles::SortRole).toLongLong();
            EXPECT_TRUE(order == Qt::AscendingOrder ? before <= here : before >= here) << row;
        }
    }
}

// A column the source declares in order is sorted by row, whatever its data says: that is
// what spares the dates' reading, so the declaration must be true (the test above).
TEST(WordFilterModel, TrustsAColumnTheSourceKeepsInOrder)
{
    struct Declared : QStandardItemModel {
        bool inOrder = false;
        QVariant headerData(int section, Qt::Orientation o, int role) const override
        {
            if (role == ModelRoles::InSourceOrderRole)
                return inOrder;
            return QStandardItemModel::headerData(section, o, role);
        }
    } source;
    for (const char *text : {"b", "c", "a"}) {
        auto *item = new QStandardItem(QString::fromUtf8(text));
        item->setData(QString::fromUtf8(text), ModelRoles::SortRole);
        source.appendRow(item);
    }
    WordFilterModel table;
    table.setSourceModel(&source);
    table.sort(0);
    EXPECT_EQ(table.index(0, 0).data().toString(), QStringLiteral("a"));
    source.inOrder = true;
    Q_EMIT source.headerDataChanged(Qt::Horizontal, 0, 0); // the source says so
    table.invalidate();
    table.sort(0);
    EXPECT_EQ(table.index(0, 0).data().toString(), QStringLiteral("b"));
}

// Up a column the source keeps in order nothing is compared, so a big library's 100,000 events
// are listed at each change of country without a sort; down it, the dates are reversed and the
// events of one date keep their order.
TEST(WordFilterModel, SortsUpAColumnInSourceOrderWithoutComparing)
{
    struct Counting : WordFilterModel {
        mutable int comparisons = 0;
        bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
        {
            ++comparisons;
            return WordFilterModel::lessThan(left, right);
        }
    } table;
    const DocumentModelPtr model = TestSupport::builtinModel();
    EventModel events;
    events.reload(model, QStringLiteral("KAZ"));
    table.setSourceModel(&events);
    table.sort(EventModel::DateColumn, Qt::AscendingOrder);
    events.reload(model, QStringLiteral("BLR")); // another country: still no sort
    ASSERT_GT(events.rowCount(), 5);
    EXPECT_EQ(table.comparisons, 0);
    ASSERT_EQ(table.rowCount(), events.rowCount());
    for (int row = 0; row < table.rowCount(); ++row)
        EXPECT_EQ(table.mapToSource(table.index(row, 0)).row(), row);
    table.sort(EventModel::DateColumn, Qt::DescendingOrder);
    EXPECT_GT(table.comparisons, 0);
    // Down the dates: the latest first, and events of one date in the order they are listed.
    QVector<int> expected(events.rowCount());
    std::iota(expected.begin(), expected.end(), 0);
    const auto key = [&](int row) {
        return events.index(row, EventModel::DateColumn).data(ModelRoles::SortRole).toLongLong();
    };
    std::stable_sort(expected.begin(), expected.end(),
                     [&](int a, int b) { return key(b) < key(a); });
    bool tied = false;
    for (int row = 0; row < table.rowCount(); ++row) {
        EXPECT_EQ(table.mapToSource(table.index(row, 0)).row(), expected.at(row)) << row;
        tied = tied || (row > 0 && key(expected.at(row)) == key(expected.at(row - 1)));
    }
    EXPECT_TRUE(tied) << "no two events of one date: the test proves nothing of them";
    const int before = table.comparisons;
    table.sort(EventModel::TypeColumn, Qt::AscendingOrder); // a column out of order is sorted
    EXPECT_GT(table.comparisons, before);
    table.sort(EventModel::DateColumn, Qt::AscendingOrder); // and back up the dates: as listed
    EXPECT_EQ(table.mapToSource(table.index(0, 0)).row(), 0);
}
