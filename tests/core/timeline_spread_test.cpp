// A timeline's points of several types on one day in one lane are drawn apart within the lane;
// a point alone on its day stays on the lane's line.
#include "app/charts/timeline_spread.h"

#include <gtest/gtest.h>

namespace {

ChartSeries typeWithPoints(const QVector<std::pair<QDate, int>> &points)
{
    ChartSeries series;
    for (const auto &[day, lane] : points) {
        series.dates.append(day);
        series.values.append(lane);
    }
    return series;
}

const QDate kDay(2022, 3, 2);

} // namespace

TEST(TimelineSpread, TwoTypesOnOneDayInOneLaneAreDrawnApartTheRestStayOnTheLine)
{
    ChartData chart;
    chart.series = {typeWithPoints({{kDay, 0}, {kDay.addDays(1), 0}}), // a meeting, then alone
                    typeWithPoints({{kDay, 0}}),                       // a statement that day
                    typeWithPoints({{kDay, 1}})};                      // a vote in another lane
    const auto offsets = TimelineSpread::offsets(chart);
    ASSERT_EQ(offsets.size(), 3);
    EXPECT_DOUBLE_EQ(offsets[0][0], -0.1); // a fifth of a lane apart
    EXPECT_DOUBLE_EQ(offsets[1][0], 0.1);
    EXPECT_DOUBLE_EQ(offsets[0][1], 0.0);
    EXPECT_DOUBLE_EQ(offsets[2][0], 0.0);
}

TEST(TimelineSpread, ManyTypesOnOneDayStayWithinTheirLane)
{
    ChartData chart;
    for (int type = 0; type < 9; ++type)
        chart.series.append(typeWithPoints({{kDay, 4}}));
    const auto offsets = TimelineSpread::offsets(chart);
    QVector<double> all;
    for (const auto &series : offsets)
        all.append(series.at(0));
    std::sort(all.begin(), all.end());
    EXPECT_NEAR(all.last() - all.first(), 0.6, 1e-9);
    EXPECT_LT(all.last() - all.first(), 1.0); // clear of the next lane's points
    for (int i = 1; i < all.size(); ++i)
        EXPECT_GT(all.at(i), all.at(i - 1));          // none on another
    EXPECT_NEAR(all.first() + all.last(), 0.0, 1e-9); // around the lane's line
}
