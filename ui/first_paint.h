// ui: calls back once a window has been painted on screen. A window shown is painted when the
// window system first exposes it, through the event loop; QWidget::repaint() before that paints
// nothing. --benchmark-startup and the benchmark's minimal Charts window both time the first
// paint with it, so neither stops its clock before its window is drawn. Header-only: it needs
// Qt Widgets alone.
#pragma once

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <functional>
#include <utility>

namespace FirstPaint {

namespace detail {

// Waits for the window's first expose: Qt paints the window and its children as it handles it,
// and `done` runs in the event loop's next pass, once that paint is flushed.
class ExposeWatch : public QObject {
public:
    ExposeWatch(QWidget *window, std::function<void()> done)
        : QObject(window)
        , m_window(window)
        , m_done(std::move(done))
    {
        window->windowHandle()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Expose)
            QTimer::singleShot(0, this, [this] { doneIfPainted(); });
        return false;
    }

private:
    void doneIfPainted()
    {
        // Two exposes may be handled before the first check runs (X11 sends two at a first
        // show): the callback runs once.
        if (!m_done || !m_window->testAttribute(Qt::WA_Mapped))
            return; // done already; or an expose that took the window off screen
        m_window->windowHandle()->removeEventFilter(this);
        const std::function<void()> done = std::exchange(m_done, {});
        deleteLater();
        done();
    }

    QWidget *m_window;
    std::function<void()> m_done;
};

} // namespace detail

// `window` (shown) is painted as it is now, then `done` runs: at once when the window is on
// screen already, else after the paint of its first expose. A child widget stands for its
// window. (A window whose native window is made again before its first expose, as adding an
// OpenGL widget does, is not followed to its new one.)
inline void after(QWidget *widget, std::function<void()> done)
{
    QWidget *window = widget->window();
    Q_ASSERT(window->isVisible() && window->windowHandle()); // shown: it has a native window
    if (window->testAttribute(Qt::WA_Mapped)) {
        window->repaint();
        done();
        return;
    }
    new detail::ExposeWatch(window, std::move(done));
}

} // namespace FirstPaint
