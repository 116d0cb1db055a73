// FirstPaint calls back only once a window has been painted: --benchmark-startup and the
// benchmark's minimal window stop their clocks with it, and a window shown but not yet exposed
// paints nothing when asked to repaint.
#include "ui/first_paint.h"

#include <QChartView>
#include <QExposeEvent>
#include <QLabel>
#include <QMainWindow>
#include <QPaintEvent>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// A label that counts the paint events it has had.
class CountedLabel : public QLabel {
public:
    using QLabel::QLabel;
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        ++paints;
        QLabel::paintEvent(event);
    }
};

// A main window whose central widget counts its paints: what a window's child has painted when
// the callback runs is what is on screen.
struct CountedWindow {
    QMainWindow window;
    CountedLabel *label = new CountedLabel(QStringLiteral("loaded"));
    CountedWindow()
    {
        window.setCentralWidget(label);
        window.resize(400, 300);
    }
};

} // namespace

TEST(FirstPaint, AWindowShownButNotExposedIsPaintedBeforeTheCallback)
{
    CountedWindow counted;
    counted.window.show(); // the expose arrives through the event loop
    if (counted.window.testAttribute(Qt::WA_Mapped))
        GTEST_SKIP() << "this platform exposes a window as it is shown";
    int paintsSeen = -1;
    FirstPaint::after(&counted.window, [&] { paintsSeen = counted.label->paints; });
    EXPECT_EQ(paintsSeen, -1) << "called back before the window was drawn";
    EXPECT_TRUE(QTest::qWaitFor([&] { return paintsSeen >= 0; }, 5000));
    EXPECT_GE(paintsSeen, 1);
}

TEST(FirstPaint, AWindowOnScreenIsPaintedAgainAtOnce)
{
    CountedWindow counted;
    counted.window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&counted.window));
    QCoreApplication::processEvents();
    const int before = counted.label->paints;
    int paintsSeen = -1;
    FirstPaint::after(&counted.window, [&] { paintsSeen = counted.label->paints; });
    EXPECT_EQ(paintsSeen, before + 1) << "the callback runs at once, after one more paint";
}

TEST(FirstPaint, AChartViewShownIsPaintedBeforeTheCallback)
{
    QChartView view;
    view.resize(400, 300);
    view.show();
    bool called = false;
    bool mappedWhenCalled = false;
    FirstPaint::after(&view, [&] {
        called = true;
        mappedWhenCalled = view.testAttribute(Qt::WA_Mapped);
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return called; }, 5000));
    EXPECT_TRUE(mappedWhenCalled);
}

TEST(FirstPaint, TwoExposesBeforeTheCheckCallBackOnce)
{
    CountedWindow counted;
    counted.window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&counted.window));
    int calls = 0;
    // The watch after() leaves on a window not yet exposed, here on one that is: two exposes
    // are handled before the checks they queue have run (X11 sends two at a first show).
    new FirstPaint::detail::ExposeWatch(&counted.window, [&] { ++calls; });
    QExposeEvent again(QRegion(0, 0, 400, 300));
    QCoreApplication::sendEvent(counted.window.windowHandle(), &again);
    QCoreApplication::sendEvent(counted.window.windowHandle(), &again);
    EXPECT_TRUE(QTest::qWaitFor([&] { return calls > 0; }, 5000));
    QTest::qWait(50);
    EXPECT_EQ(calls, 1);
}
