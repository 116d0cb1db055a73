#include "include_rules.h"

#include <gtest/gtest.h>

using IncludeRules::wrongWay;

TEST(IncludeRules, ACoreStageIncludesOnlyItsOwnStageAndTheOnesBelow)
{
    EXPECT_EQ(wrongWay("app/models/event_model.cpp", "app/model/document_model.h", false), "");
    EXPECT_EQ(wrongWay("app/models/event_model.cpp", "app/models/model_roles.h", false), "");
    EXPECT_NE(wrongWay("app/corpus/metadata_detector.cpp", "app/extract/date_parser.h", false), "");
    EXPECT_NE(wrongWay("app/model/document_model_builder.cpp", "app/evidence/coverage.h", false),
              "");
}

TEST(IncludeRules, TheCoreKnowsNothingOfTheWidgets)
{
    EXPECT_NE(wrongWay("app/cli/command_line.cpp", "ui/main_window.h", false), "");
    EXPECT_NE(wrongWay("app/charts/chart_data.h", "ui/style/palette.h", false), "");
    EXPECT_NE(wrongWay("app/cli/command_line.cpp", "main/chart_command.h", false), "");
    EXPECT_NE(wrongWay("app/charts/chart_data.cpp", "QChart", true), "");
    EXPECT_NE(wrongWay("app/export/save_file.cpp", "QtWidgets/QWidget", true), "");
    EXPECT_NE(wrongWay("app/export/save_file.cpp", "QSvgGenerator", true), "");
    EXPECT_EQ(wrongWay("app/export/save_file.cpp", "QSaveFile", true), "");
    EXPECT_EQ(wrongWay("ui/charts/chart_factory.cpp", "QChart", true), "");
}

TEST(IncludeRules, TheWidgetsUseTheCoreAndTheirOwnFoldersBelow)
{
    EXPECT_EQ(wrongWay("ui/charts/chart_card.cpp", "app/charts/chart_data.h", false), "");
    EXPECT_EQ(wrongWay("ui/charts/chart_card.cpp", "ui/panes/evidence_view.h", false), "");
    EXPECT_EQ(wrongWay("ui/main_window.cpp", "ui/compare/comparison_view.h", false), "");
    EXPECT_NE(wrongWay("ui/style/palette.cpp", "ui/charts/chart_factory.h", false), "");
    EXPECT_NE(wrongWay("ui/panes/source_viewer.cpp", "ui/main_window.h", false), "");
    EXPECT_NE(wrongWay("ui/charts/chart_card.cpp", "main/chart_command.h", false), "");
    EXPECT_EQ(wrongWay("main/main.cpp", "ui/main_window.h", false), "");
}

TEST(IncludeRules, AProjectHeaderIsIncludedByItsPathFromTheTop)
{
    EXPECT_NE(wrongWay("ui/charts/chart_card.cpp", "charts/chart_data.h", false), "");
    EXPECT_NE(wrongWay("app/corpus/article.cpp", "article.h", false), "");
}

TEST(IncludeRules, EveryIncludeOfTheTreeGoesTheRightWay)
{
    const QStringList problems = IncludeRules::check(QStringLiteral(PE_SOURCE_DIR));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}
