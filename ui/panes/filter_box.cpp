#include "ui/panes/filter_box.h"

#include "app/models/word_filter_model.h"

#include <QKeyEvent>

FilterBox::FilterBox(WordFilterModel *filter, const QString &placeholder, QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(placeholder);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, filter, &WordFilterModel::setWords);
}

void FilterBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
