#include "ui/style/elided_label.h"

#include <QResizeEvent>

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    // Its whole text when there is room; down to a few characters when there is not.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text, const QString &tip)
{
    m_full = text;
    m_tip = tip;
    elide();
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const
{
    // A few pixels over the text's advance: eliding measures in whole pixels, and rounding
    // must not cut a text that was given all the room it asked for.
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_full) + m.left() + m.right() + 2 * margin() + 4,
            QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("Mmmm…")), QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const int width = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, std::max(width, 0));
    if (shown != text())
        setText(shown);
    const bool cut = shown != m_full;
    setToolTip(cut ? (m_tip.isEmpty() ? m_full : m_full + QStringLiteral("\n") + m_tip) : m_tip);
}
