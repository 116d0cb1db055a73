#include "ui/style/table_style.h"

#include <QHeaderView>
#include <QTableView>

namespace TableStyle {

void apply(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    // Columns sized to their contents measure the rows in view and a hundred more, not every
    // row: a big library's timeline has thousands.
    view->horizontalHeader()->setResizeContentsPrecision(kRowsMeasured);
}

} // namespace TableStyle
