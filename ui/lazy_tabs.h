// ui: tabs whose pages are made the first time they are shown or asked for. A start makes the
// page the user sees, not those behind it (their widgets, models and first layouts). A page made
// later takes its stand-in's place in the tabs and in the keyboard's order, as if it had been
// made at the start.
#pragma once

#include <QObject>
#include <QVector>

#include <functional>

class QTabWidget;
class QWidget;

class LazyTabs : public QObject {
public:
    using Make = std::function<QWidget *()>;

    explicit LazyTabs(QTabWidget *tabs);

    // Appends a tab whose page `make` makes (owned by the tabs once made). Its stand-in, made
    // now, holds the tab's place in the keyboard's order.
    int addTab(const QString &label, Make make);
    // The page of tab `index`, made now if it is not yet.
    QWidget *page(int index);
    bool isMade(int index) const;
    void makeAll(); // every page not made yet

private:
    void makeCurrent();

    QTabWidget *m_tabs;
    QVector<Make> m_makers; // by tab index; empty for a page made (or never lazy)
};
