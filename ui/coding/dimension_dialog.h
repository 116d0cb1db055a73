// ui: New Dimension… — an analyst's own dimension: its name and its values, one a line, each
// with a score ("Condemns = 2") or none (categorical). What cannot be added is said in the
// dialog, which stays open.
#pragma once

#include "app/codebook/dimensions.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

class DimensionDialog : public QDialog {
    Q_OBJECT
public:
    // `existing`: the dimensions the new one must not clash with.
    DimensionDialog(const Dimensions &existing, QWidget *parent = nullptr);

    // The dimension the fields describe (not checked).
    static Dimension parse(const QString &name, const QString &values);
    Dimension dimension() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *valuesEdit() const { return m_values; }
    QString errorText() const;

    void accept() override; // only when the dimension can be added

private:
    const Dimensions &m_existing;
    QLineEdit *m_name;
    QPlainTextEdit *m_values;
    QLabel *m_error;
};
