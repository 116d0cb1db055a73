// ui: the dialog that records a claim (Code Selection…) or changes one (Edit Claim…): the
// quote, the country, the dimension and its value, a memo. Editing, it can take the words now
// selected in the source viewer as the claim's new span.
#pragma once

#include "app/model/document_model.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

class CodeClaimDialog : public QDialog {
    Q_OBJECT
public:
    // `claim`: its article, span and quote, and the country, dimension, value and memo to
    // start from. `editing`: the title and button say so.
    CodeClaimDialog(const DocumentModel &model, const Claim &claim, bool editing,
                    QWidget *parent = nullptr);

    // Offers the viewer's selection as the new span (editing only).
    void offerSpan(const QString &article, const TextSpan &span, const QString &quote);
    // The claim as the fields say.
    Claim claim() const;

    QComboBox *countryBox() const { return m_country; }
    QComboBox *dimensionBox() const { return m_dimension; }
    QComboBox *valueBox() const { return m_value; }
    QPlainTextEdit *memoEdit() const { return m_memo; }
    QCheckBox *newSpanBox() const { return m_newSpan; }

private:
    void fillValues();

    const DocumentModel &m_model;
    Claim m_claim;
    Claim m_offered; // article, span, quote of the viewer's selection
    QLabel *m_quote;
    QComboBox *m_country;
    QComboBox *m_dimension;
    QComboBox *m_value;
    QPlainTextEdit *m_memo;
    QCheckBox *m_newSpan;
};
