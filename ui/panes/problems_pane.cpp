#include "ui/panes/problems_pane.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

ProblemsPane::ProblemsPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
{
    m_view->setColumnCount(3);
    m_view->setHeaderLabels({tr("File"), tr("Line"), tr("Problem")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setWordWrap(true); // a long message in lines, not cut with "…"
    m_view->setUniformRowHeights(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ProblemsPane::setProblems(const Problems &problems)
{
    m_view->clear();
    if (problems.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(2, tr("No problems: every file was read."));
        item->setFlags(Qt::NoItemFlags);
    }
    for (const Problem &p : problems) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(0, p.file);
        item->setText(1, p.line > 0 ? QString::number(p.line) : QString());
        item->setText(2, p.message);
        item->setToolTip(2, p.toString());
    }
}

int ProblemsPane::count() const
{
    int n = 0;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        n += m_view->topLevelItem(i)->flags() != Qt::NoItemFlags ? 1 : 0;
    return n;
}

QSize ProblemsPane::sizeHint() const
{
    // A dock of six lines or so at first, not a quarter of the window.
    const int line = fontMetrics().lineSpacing() + 4;
    return {QWidget::sizeHint().width(), m_view->header()->sizeHint().height() + 6 * line};
}
