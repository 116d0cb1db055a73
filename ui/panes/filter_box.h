// ui: the filter box above a table — the words typed keep the rows that hold them all (a
// WordFilterModel does the filtering); Esc clears it.
#pragma once

#include <QLineEdit>

class WordFilterModel;

class FilterBox : public QLineEdit {
    Q_OBJECT
public:
    FilterBox(WordFilterModel *filter, const QString &placeholder, QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
