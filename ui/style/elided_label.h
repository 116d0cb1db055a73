// ui/style: a one-line label that never widens its window — a text too long for the width it
// is given ends in "…", and the tooltip then holds all of it.
#pragma once

#include <QLabel>

class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // `tip` is the tooltip when the text fits; when it does not, the whole text comes first.
    void setFullText(const QString &text, const QString &tip = {});
    QString fullText() const { return m_full; }
    bool isElided() const { return text() != m_full; }

    QSize sizeHint() const override;        // the whole text
    QSize minimumSizeHint() const override; // a few characters: the layout decides the width

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
    QString m_tip;
};
