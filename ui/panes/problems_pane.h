// ui: the problems met while loading — file, line and what is wrong — so a user sees why a
// file is missing from the corpus.
#pragma once

#include "app/corpus/problem.h"

#include <QWidget>

class QTreeWidget;

class ProblemsPane : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsPane(QWidget *parent = nullptr);

    void setProblems(const Problems &problems);
    int count() const;
    QTreeWidget *view() const { return m_view; }
    QSize sizeHint() const override;

private:
    QTreeWidget *m_view;
};
