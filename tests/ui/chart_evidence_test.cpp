// A click on any mark of any chart opens the evidence behind it; its link opens the source.
#include "app/charts/chart_catalog.h"
#include "app/charts/chart_marks.h"
#include "ui/charts/chart_card.h"
#include "ui/charts/chart_evidence_panel.h"
#include "ui/charts/charts_pane.h"
#include "ui/compare/comparison_view.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/evidence_view.h"
#include "ui/panes/source_viewer.h"
#include "ui/style/theme.h"
#include "window_fixture.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QPieSeries>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>
#include <QtMath>

#include <gtest/gtest.h>

#include <functional>

namespace {

// Where the chart draws the point of data series `series` that `matches` (on its value), in
// chart coordinates: asked of the chart's own scatter series, not computed from the data.
QPointF drawnPoint(QChart *chart, const QString &series,
                   const std::function<bool(const QPointF &)> &matches)
{
    for (QAbstractSeries *s : chart->series()) {
        auto *points = qobject_cast<QScatterSeries *>(s);
        if (!points || points->name() != series)
            continue;
        for (const QPointF &point : points->points()) {
            if (matches(point))
                return chart->mapToPosition(point, points);
        }
    }
    return {};
}

// Whether the chart's scene draws a bar in `colour` over `point` (chart coordinates).
bool barDrawnAt(QChart *chart, const QColor &colour, const QPointF &point)
{
    for (QGraphicsItem *item : chart->scene()->items(chart->mapToScene(point))) {
        auto *bar = dynamic_cast<QGraphicsRectItem *>(item);
        if (bar && bar->isVisible() && bar->brush().color() == colour)
            return true;
    }
    return false;
}

// The middle of the bar the chart draws for set `set` in category `category`, in chart
// coordinates. Stacked: mapToPosition of the middle of the segment, after the segments of the
// sets before it, from the values the chart's own bar sets hold. Side by side: the bar of the
// set's colour, inside the plot, whose middle the chart maps back to that category. Either way
// the scene must draw a bar of the set's colour there.
QPointF drawnBar(QChart *chart, QAbstractBarSeries *bars, int set, int category)
{
    const QList<QBarSet *> sets = bars->barSets();
    const QColor colour = sets.at(set)->color();
    const QAbstractSeries::SeriesType type = bars->type();
    const bool horizontal = type == QAbstractSeries::SeriesTypeHorizontalStackedBar ||
                            type == QAbstractSeries::SeriesTypeHorizontalBar ||
                            type == QAbstractSeries::SeriesTypeHorizontalPercentBar;
    if (type == QAbstractSeries::SeriesTypeHorizontalStackedBar ||
        type == QAbstractSeries::SeriesTypeStackedBar) {
        double before = 0;
        for (int s = 0; s < set; ++s)
            before += sets.at(s)->at(category);
        const double along = before + sets.at(set)->at(category) / 2;
        const QPointF middle = chart->mapToPosition(
            horizontal ? QPointF(along, category) : QPointF(category, along), bars);
        return barDrawnAt(chart, colour, middle) ? middle : QPointF();
    }
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *bar = dynamic_cast<QGraphicsRectItem *>(item);
        if (!bar || !bar->isVisible() || bar->brush().color() != colour || bar->rect().isEmpty())
            continue;
        const QPointF middle = chart->mapFromScene(bar->sceneBoundingRect().center());
        if (!chart->plotArea().contains(middle))
            continue; // a legend marker
        const QPointF value = chart->mapToValue(middle, bars);
        if (qRound(horizontal ? value.y() : value.x()) == category)
            return middle;
    }
    return {};
}

// Where the chart draws the row, group or lane labelled `category`, as its own category axis
// says: the label's place on it (signs such as "▶ " or " ⚠" around the name aside). -1 when
// the axis has no such label.
int drawnCategory(QChart *chart, const QString &category)
{
    const auto isLabelOf = [&](const QString &label) {
        QString name = label;
        if (name.startsWith(QStringLiteral("▶ ")))
            name = name.mid(2);
        return name == category || name.startsWith(category + QLatin1Char(' '));
    };
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis)) {
            const QStringList labels = bars->categories();
            for (int i = 0; i < labels.size(); ++i) {
                if (isLabelOf(labels.at(i)))
                    return i;
            }
        } else if (auto *rows = qobject_cast<QCategoryAxis *>(axis)) {
            for (const QString &label : rows->categoriesLabels()) {
                if (isLabelOf(label))
                    return qRound(rows->endValue(label));
            }
        }
    }
    return -1;
}

// Where `mark` is drawn, in chart coordinates: the middle of its bar segment or slice, the
// centre of its dot — each found among what the chart itself draws, in the row its axis labels
// with the mark's category.
QPointF markInChart(QChart *chart, const ChartData &data, const ChartMark &mark)
{
    const QString series = data.series.at(mark.series).name;
    const int row = drawnCategory(chart, mark.category);
    switch (data.kind) {
    case ChartData::Kind::Diverging: // the dot at the score, in the mark's row
    case ChartData::Kind::Dots:      // (dots of several countries sit side by side in a row)
        return drawnPoint(chart, series, [&](const QPointF &p) {
            return p.x() == mark.value && qRound(p.y()) == row;
        });
    case ChartData::Kind::Timeline: // the point on the mark's day, in its lane
        return drawnPoint(chart, series, [&](const QPointF &p) {
            return QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date() == mark.date &&
                   qRound(p.y()) == row;
        });
    case ChartData::Kind::StackedBars:
    case ChartData::Kind::GroupedBars:
        return row < 0 ? QPointF()
                       : drawnBar(chart, firstSeries<QAbstractBarSeries>(chart), mark.series, row);
    case ChartData::Kind::Pie: {
        QPieSeries *pie = firstSeries<QPieSeries>(chart);
        const QPieSlice *slice = pie->slices().at(mark.series);
        const double angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
        const QRectF area = chart->plotArea();
        const double radius = std::min(area.width(), area.height()) / 2 * pie->pieSize() * 0.6;
        return area.center() + QPointF(radius * std::sin(angle), -radius * std::cos(angle));
    }
    }
    return {};
}

// Clicks `mark` in the card's chart view, as a reader would; false when the chart draws no such
// mark (callers ASSERT_TRUE it).
[[nodiscard]] bool clickMark(ChartCard *card, const ChartMark &mark)
{
    QChartView *view = card->view();
    QChart *chart = view->chart();
    const QPointF inChart = markInChart(chart, card->data(), mark);
    if (inChart.isNull()) {
        ADD_FAILURE() << "the chart draws no " << mark.title().toStdString();
        return false;
    }
    const QPoint point = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    return true;
}

// How easy `mark` is to hit: a bar's or slice's size; a timeline point's distance in days to
// its nearest neighbour in the lane (close points overlap).
double roominess(const QVector<ChartMark> &marks, const ChartMark &mark, ChartData::Kind kind)
{
    if (kind != ChartData::Kind::Timeline)
        return std::abs(mark.value);
    qint64 nearest = std::numeric_limits<qint64>::max();
    for (const ChartMark &other : marks) {
        if (other.value == mark.value && (other.series != mark.series || other.index != mark.index))
            nearest = std::min(nearest, std::abs(other.date.daysTo(mark.date)));
    }
    return double(nearest);
}

// The mark to click: the roomiest of those with evidence (a chart's first may be a sliver).
ChartMark someMark(const ChartData &data)
{
    const QVector<ChartMark> marks = ChartMarks::all(data);
    ChartMark chosen;
    double best = -1;
    for (const ChartMark &mark : marks) {
        const double room = roominess(marks, mark, data.kind);
        if (!mark.evidence.isEmpty() && room > best) {
            chosen = mark;
            best = room;
        }
    }
    return chosen;
}

ChartsPane *showCharts(MainWindow &w)
{
    w.countryList()->selectCountry(QStringLiteral("KAZ"));
    clickCountry(w.countryList()->view(), QStringLiteral("BLR"), Qt::ControlModifier);
    w.tabs()->setCurrentWidget(w.charts());
    return w.charts();
}

} // namespace

TEST(ChartEvidence, ClickingAMarkOfEveryChartOpensItsEvidence)
{
    WindowFixture f;
    ChartsPane *charts = showCharts(f.window());
    ChartCard *card = charts->card();
    for (const ChartInfo &info : ChartCatalog::all()) {
        charts->setChart(info.id);
        QCoreApplication::processEvents();
        EXPECT_FALSE(card->evidencePanel()->isVisible()) << info.id.toStdString();
        const ChartMark mark = someMark(card->data());
        ASSERT_FALSE(mark.evidence.isEmpty()) << info.id.toStdString();
        ASSERT_TRUE(clickMark(card, mark));
        ASSERT_TRUE(card->evidencePanel()->isVisible()) << info.id.toStdString();
        // On the timeline a click reaches every event drawn at the point; elsewhere the mark.
        const ChartMark reached = *ChartMarks::place(card->data(), mark.series, mark.index);
        EXPECT_EQ(card->evidencePanel()->title(), reached.title()) << info.id.toStdString();
        EXPECT_EQ(card->evidencePanel()->evidence()->itemCount(), reached.evidence.size())
            << info.id.toStdString();
    }
}

TEST(ChartEvidence, KazakhstansContestedVoteShowsBothSidesAndLeadsToTheSource)
{
    WindowFixture f;
    MainWindow &w = f.window();
    ChartsPane *charts = showCharts(w);
    charts->setChart(QStringLiteral("unga-votes"));
    QCoreApplication::processEvents();
    ChartMark contested;
    for (const ChartMark &mark : ChartMarks::all(charts->data())) {
        if (mark.category == QLatin1String("Kazakhstan") &&
            mark.detail.contains(QLatin1String("2 March")))
            contested = mark;
    }
    ASSERT_EQ(contested.seriesName, QStringLiteral("Sources disagree"));
    ASSERT_TRUE(clickMark(charts->card(), contested));
    EvidenceView *evidence = charts->card()->evidencePanel()->evidence();
    ASSERT_TRUE(evidence->isVisible());
    const QString text = evidence->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Abstained")));
    EXPECT_TRUE(text.contains(QStringLiteral("Did not vote")));
    EXPECT_TRUE(text.contains(QStringLiteral("4 claims from 4 articles, 3 independent sources")));
    EXPECT_TRUE(text.contains(QStringLiteral("counted once, as one source")));
    for (const EvidenceRef &ref : contested.evidence) { // each source: title, publisher, date
        const Article *source = w.document()->article(ref.article);
        const QString publisher = source->meta.publisher == source->label()
                                      ? QString()
                                      : QStringLiteral(", ") + source->meta.publisher;
        const QString line = source->label() + QStringLiteral(" — ") + source->meta.title +
                             publisher + QStringLiteral(", ") +
                             SourceDate::ofArticle(source->meta).text();
        EXPECT_TRUE(text.contains(line)) << line.toStdString();
    }
    // By keyboard: Tab to the first "Show in source" link, Enter opens the source viewer there.
    evidence->setFocus();
    QTest::keyClick(evidence, Qt::Key_Tab);
    QTest::keyClick(evidence, Qt::Key_Return);
    EXPECT_EQ(w.sourceViewer()->currentArticle(), contested.evidence.first().article);
    const Article *article = w.document()->article(contested.evidence.first().article);
    EXPECT_EQ(w.sourceViewer()->selectedText(), article->quote(contested.evidence.first().span));
    // Esc closes the panel.
    QTest::keyClick(evidence, Qt::Key_Escape);
    EXPECT_FALSE(charts->card()->evidencePanel()->isVisible());
}

TEST(ChartEvidence, TheComparisonViewsChartsOpenTheirEvidenceToo)
{
    WindowFixture f;
    MainWindow &w = f.window();
    ComparisonView *view = w.comparison();
    w.tabs()->setCurrentWidget(view);
    view->setCountries({QStringLiteral("BLR"), QStringLiteral("KAZ")});
    QCoreApplication::processEvents();
    for (ChartCard *card : {view->comparisonChart(), view->monthsChart()}) {
        qobject_cast<QTabWidget *>(card->parentWidget()->parentWidget())->setCurrentWidget(card);
        QCoreApplication::processEvents();
        const ChartMark mark = someMark(card->data());
        ASSERT_FALSE(mark.evidence.isEmpty()) << card->chartId().toStdString();
        ASSERT_TRUE(clickMark(card, mark));
        ASSERT_TRUE(card->evidencePanel()->isVisible()) << card->chartId().toStdString();
        EXPECT_EQ(card->evidencePanel()->title(), mark.title());
        // Esc right after the click closes it again (the focus is still on the chart).
        QTest::keyClick(card->view(), Qt::Key_Escape);
        EXPECT_FALSE(card->evidencePanel()->isVisible());
    }
}

TEST(ChartEvidence, HoveringAMarkTellsHowManySourcesAreBehindIt)
{
    WindowFixture f;
    ChartsPane *charts = showCharts(f.window());
    charts->setChart(QStringLiteral("stance-overview"));
    QCoreApplication::processEvents();
    ChartCard *card = charts->card();
    const ChartMark mark = someMark(card->data());
    QChartView *view = card->view();
    const QPoint point = view->mapFromScene(
        view->chart()->mapToScene(markInChart(view->chart(), card->data(), mark)));
    QTest::mouseMove(view->viewport(), point + QPoint(30, 30)); // off the mark first
    QTest::mouseMove(view->viewport(), point);
    QCoreApplication::processEvents();
    EXPECT_TRUE(QToolTip::isVisible());
    QStringList sources; // counted here from the chart data, not by the code under test
    for (const EvidenceRef &ref : mark.evidence) {
        if (!sources.contains(ref.article))
            sources.append(ref.article);
    }
    const QString tip = QToolTip::text();
    EXPECT_TRUE(tip.startsWith(mark.category)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("%1 claim").arg(mark.evidence.size())))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("from %1 source").arg(sources.size())))
        << tip.toStdString();
    EXPECT_TRUE(tip.endsWith(QStringLiteral("Click for the evidence.")));
    EXPECT_EQ(view->cursor().shape(), Qt::PointingHandCursor);
}

TEST(ChartEvidence, TheKeyboardReachesEveryMark)
{
    WindowFixture f;
    ChartsPane *charts = showCharts(f.window());
    charts->setChart(QStringLiteral("event-types"));
    QCoreApplication::processEvents();
    ChartCard *card = charts->card();
    card->view()->setFocus();
    QTest::keyClick(card->view(), Qt::Key_Return);
    ChartEvidencePanel *panel = card->evidencePanel();
    ASSERT_TRUE(panel->isVisible());
    QComboBox *chooser = panel->chooser();
    EXPECT_TRUE(chooser->hasFocus());
    const QVector<ChartMark> marks = ChartMarks::all(card->data());
    ASSERT_GT(marks.size(), 1);
    EXPECT_EQ(chooser->count(), marks.size());
    EXPECT_EQ(panel->title(), marks.at(0).title());
    QTest::keyClick(chooser, Qt::Key_Down); // the next mark, and its evidence
    EXPECT_EQ(panel->title(), marks.at(1).title());
    EXPECT_EQ(panel->evidence()->itemCount(), marks.at(1).evidence.size());
    QTest::keyClick(chooser, Qt::Key_Escape);
    EXPECT_FALSE(panel->isVisible());
    EXPECT_TRUE(card->view()->hasFocus());
}

TEST(ChartEvidence, TheEvidenceFollowsTheTheme)
{
    WindowFixture f;
    ChartsPane *charts = showCharts(f.window());
    charts->setChart(QStringLiteral("unga-votes"));
    QCoreApplication::processEvents();
    ChartCard *card = charts->card();
    const ChartMark mark = someMark(card->data());
    ASSERT_TRUE(card->showMarkEvidence(mark.series, mark.index));
    EvidenceView *evidence = card->evidencePanel()->evidence();
    const QString light = evidence->toHtml();
    Theme::apply(Theme::Kind::Dark);
    QCoreApplication::processEvents();
    const QString dark = evidence->toHtml();
    Theme::apply(Theme::Kind::Light);
    EXPECT_NE(light, dark); // drawn again in the dark theme's colours
    // Muted text is a grey between text and background, never black on the dark background.
    EXPECT_FALSE(dark.contains(QStringLiteral("color:#000000")));
    EXPECT_EQ(evidence->itemCount(), mark.evidence.size());
}
