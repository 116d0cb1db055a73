#include "app/model/document_model_builder.h"
#include "app/models/country_filter_model.h"
#include "app/models/country_list_model.h"
#include "model_tester.h"
#include "test_support.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ModelRoles;

TEST(CountryListModel, PassesTheModelTester)
{
    CountryListModel model;
    ReportingModelTester tester(&model);
    model.setDocument(TestSupport::builtinModel());
    model.setDocument(nullptr);
    model.setDocument(TestSupport::builtinModel());
}

TEST(CountryListModel, GroupsCountriesByRegionInGazetteerOrder)
{
    CountryListModel model;
    model.setDocument(TestSupport::builtinModel());
    QStringList regions;
    int countries = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex region = model.index(r, 0);
        EXPECT_TRUE(region.data(IsGroupRole).toBool());
        regions.append(region.data().toString());
        countries += model.rowCount(region);
    }
    EXPECT_EQ(countries, 15);
    EXPECT_TRUE(regions.contains(QStringLiteral("Central Asia")));
    EXPECT_TRUE(regions.contains(QStringLiteral("Baltic states")));
    const QModelIndex kaz = model.indexOf(QStringLiteral("KAZ"));
    EXPECT_EQ(kaz.parent().data().toString(), QStringLiteral("Central Asia"));
}

TEST(CountryListModel, ExposesStanceMembershipsAndSearchText)
{
    CountryListModel model;
    model.setDocument(TestSupport::builtinModel());
    const QModelIndex blr = model.indexOf(QStringLiteral("BLR"));
    EXPECT_EQ(blr.data().toString(), QStringLiteral("Belarus"));
    EXPECT_EQ(blr.data(StanceRole).toString(), QStringLiteral("supports_russia"));
    EXPECT_EQ(blr.data(StanceScoreRole).toInt(), -2);
    EXPECT_EQ(
        model.indexOf(QStringLiteral("BLR"), CountryListModel::StanceColumn).data().toString(),
        QStringLiteral("Supports Russia"));
    const QStringList kaz =
        model.indexOf(QStringLiteral("KAZ")).data(MembershipsRole).toStringList();
    EXPECT_TRUE(kaz.contains(QStringLiteral("CSTO")));
    EXPECT_TRUE(kaz.contains(QStringLiteral("EAEU")));
    EXPECT_TRUE(model.indexOf(QStringLiteral("MDA"))
                    .data(MembershipsRole)
                    .toStringList()
                    .contains(QStringLiteral("EU applicant")));
    EXPECT_TRUE(model.indexOf(QStringLiteral("KAZ"))
                    .data(SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("tokayev")));
    EXPECT_GE(model.indexOf(QStringLiteral("KAZ")).data(ConflictCountRole).toInt(), 1);
    EXPECT_FALSE(model.indexOf(QStringLiteral("RUS")).data(StanceScoreRole).isValid());
}

TEST(CountryListModel, ResetsWhenTheSnapshotChanges)
{
    CountryListModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDocument(TestSupport::builtinModel());
    EXPECT_EQ(reset.count(), 1);
}

TEST(CountryFilterModel, PassesTheModelTesterWhileFiltering)
{
    CountryListModel source;
    CountryFilterModel filter;
    filter.setSourceModel(&source);
    ReportingModelTester tester(&filter);
    source.setDocument(TestSupport::builtinModel());
    filter.setText(QStringLiteral("ka"));
    filter.setStance(QStringLiteral("balancing"));
    filter.setBloc(QStringLiteral("CSTO"));
    int shown = 0;
    for (int r = 0; r < filter.rowCount(); ++r)
        shown += filter.rowCount(filter.index(r, 0));
    EXPECT_EQ(shown, 1); // Kazakhstan: "ka", balancing, CSTO
    filter.setText(QString());
    filter.setStance(QString());
    filter.setBloc(QString());
}

TEST(CountryListModel, SwapsBetweenTwoDifferentSnapshots)
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("a.txt"), "On 2 March 2022, Armenia abstained.\n");
    const DocumentModelPtr small = DocumentModelBuilder::build({false, {dir.path()}});
    CountryListModel model;
    ReportingModelTester tester(&model);
    model.setDocument(TestSupport::builtinModel());
    model.setDocument(small);
    EXPECT_TRUE(model.indexOf(QStringLiteral("BLR"))
                    .data(StanceRole)
                    .toString()
                    .isEmpty()); // no codebook here
    EXPECT_EQ(model.indexOf(QStringLiteral("BLR")).data(MentionCountRole).toInt(), 0);
    model.setDocument(TestSupport::builtinModel());
}
