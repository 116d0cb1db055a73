// A timeline's date axis labels as many ticks as its plot has room for: no date is cut short in
// a narrow window, and a wide one still gets its seven.
#include "app/charts/chart_catalog.h"
#include "app/model/document_model_builder.h"
#include "ui/charts/chart_factory.h"
#include "ui/charts/date_axis_ticks.h"

#include "svg_export_texts.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// The timeline of the built-in corpus in a view `width` pixels wide, laid out.
QChartView *timelineIn(int width)
{
    static const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions{});
    const ChartData data = ChartCatalog::build(QStringLiteral("timeline"), *model, {}).value();
    auto *view = new QChartView(ChartFactory::create(data, false));
    view->resize(width, 600);
    view->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(view));
    QCoreApplication::processEvents();
    return view;
}

QDateTimeAxis *dateAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>(axes.first());
}

} // namespace

TEST(DateAxisTicks, ANarrowTimelineLabelsOnlyTheTicksItHasRoomFor)
{
    const std::unique_ptr<QChartView> view(timelineIn(480));
    QDateTimeAxis *axis = dateAxis(view->chart());
    ASSERT_NE(axis, nullptr);
    // Each tick's label, at its widest, side by side within the plot's width.
    const QFontMetrics metrics(axis->labelsFont());
    const int label =
        metrics.horizontalAdvance(QDateTime(QDate(2000, 12, 28), QTime()).toString(axis->format()));
    EXPECT_LT(axis->tickCount(), DateAxisTicks::kMostTicks);
    EXPECT_GE(axis->tickCount(), 2);
    EXPECT_LE(axis->tickCount() * label, view->chart()->plotArea().width());
}

TEST(DateAxisTicks, AWideTimelineGetsItsSevenTicksAndAResizeCountsAgain)
{
    const std::unique_ptr<QChartView> view(timelineIn(1600));
    QDateTimeAxis *axis = dateAxis(view->chart());
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->tickCount(), DateAxisTicks::kMostTicks);
    view->resize(480, 600);
    QCoreApplication::processEvents();
    EXPECT_LT(axis->tickCount(), DateAxisTicks::kMostTicks);
}

TEST(DateAxisTicks, TheTicksAreThoseTheWidthHasRoomFor)
{
    EXPECT_EQ(DateAxisTicks::ticksFor(1000, 84), 7); // room for ten: seven at most
    EXPECT_EQ(DateAxisTicks::ticksFor(400, 84), 4);  // 400 / (84 + 16)
    EXPECT_EQ(DateAxisTicks::ticksFor(100, 84), 2);  // never fewer than both ends
}

// A small export is laid out and drawn at once: its date labels are still whole, and there are
// fewer of them than in a wide one.
TEST(DateAxisTicks, ASmallExportOfTheTimelineWritesWholeDates)
{
    static const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions{});
    const ChartData data = ChartCatalog::build(QStringLiteral("timeline"), *model, {}).value();
    const auto datesDrawn = [&](const QSize &size) {
        static const QRegularExpression date(QStringLiteral("^\\d{1,2} [A-Z][a-z]{2}"));
        QStringList dates;
        for (const QString &text : SvgExportTexts::of(data, size)) {
            if (date.match(text).hasMatch())
                dates.append(text);
        }
        return dates;
    };
    const QStringList small = datesDrawn(QSize(640, 480));
    const QStringList wide = datesDrawn(QSize(1600, 900));
    ASSERT_GE(small.size(), 2);
    EXPECT_LT(small.size(), wide.size());
    static const QRegularExpression whole(QStringLiteral("^\\d{1,2} [A-Z][a-z]{2} \\d{4}$"));
    for (const QString &d : small)
        EXPECT_TRUE(whole.match(d).hasMatch()) << d.toStdString();
}
