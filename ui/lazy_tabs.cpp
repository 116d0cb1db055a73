#include "ui/lazy_tabs.h"

#include <QApplication>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTabWidget>

namespace {

// Puts `page`'s widgets that take focus right after `anchor`'s place in the keyboard's order, in
// their own order. (A widget made late is put last in its window's order.)
void placeInFocusChain(QWidget *anchor, QWidget *page)
{
    QWidget *before = anchor->previousInFocusChain();
    while (before != anchor && before->focusPolicy() == Qt::NoFocus)
        before = before->previousInFocusChain();
    if (before == anchor)
        return; // nothing before it takes focus
    // A page and its widgets are made one after the other: they follow each other in the order.
    QVector<QWidget *> takingFocus;
    for (QWidget *w = page; w == page || page->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->focusPolicy() != Qt::NoFocus)
            takingFocus.append(w);
    }
    for (QWidget *w : takingFocus) {
        QWidget::setTabOrder(before, w);
        before = w;
    }
}

// Focus to the first widget of `page` the Tab key would reach, as the tabs give a page made at
// the start when it is shown.
void focusFirstIn(QWidget *page)
{
    for (QWidget *w = page->nextInFocusChain(); page->isAncestorOf(w); w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    page->setFocus(Qt::TabFocusReason);
}

} // namespace

LazyTabs::LazyTabs(QTabWidget *tabs)
    : QObject(tabs)
    , m_tabs(tabs)
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &LazyTabs::makeCurrent);
}

int LazyTabs::addTab(const QString &label, Make make)
{
    const int index = m_tabs->addTab(new QWidget(m_tabs), label);
    m_makers.resize(m_tabs->count());
    m_makers[index] = std::move(make);
    if (m_tabs->currentIndex() == index)
        makeCurrent();
    return index;
}

bool LazyTabs::isMade(int index) const
{
    return index >= m_makers.size() || !m_makers.at(index);
}

QWidget *LazyTabs::page(int index)
{
    if (isMade(index))
        return m_tabs->widget(index);
    const Make make = std::exchange(m_makers[index], {});
    QWidget *standIn = m_tabs->widget(index);
    // The tabs give the page shown the focus its old page had: here, to the stand-in.
    const QWidget *focused = QApplication::focusWidget();
    const bool hadFocus = focused && (focused == standIn || standIn->isAncestorOf(focused));
    QWidget *page = make();
    placeInFocusChain(standIn, page);
    {
        // The page replaces its stand-in where it stands; the current tab stays the current one.
        const QSignalBlocker quiet(m_tabs);
        const bool current = m_tabs->currentIndex() == index;
        const QString label = m_tabs->tabText(index);
        const QString tip = m_tabs->tabToolTip(index);
        const QTabBar::SelectionBehavior behaviour = m_tabs->tabBar()->selectionBehaviorOnRemove();
        m_tabs->tabBar()->setSelectionBehaviorOnRemove(QTabBar::SelectLeftTab);
        m_tabs->insertTab(index, page, label);
        m_tabs->setTabToolTip(index, tip);
        m_tabs->removeTab(index + 1);
        m_tabs->tabBar()->setSelectionBehaviorOnRemove(behaviour);
        if (current)
            m_tabs->setCurrentIndex(index);
    }
    delete standIn;
    if (hadFocus)
        focusFirstIn(page);
    return page;
}

void LazyTabs::makeAll()
{
    for (int index = 0; index < m_makers.size(); ++index)
        page(index);
}

void LazyTabs::makeCurrent()
{
    const int index = m_tabs->currentIndex();
    if (index >= 0 && !isMade(index))
        page(index);
}
