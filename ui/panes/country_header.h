// ui: the header of the selected country — name, region, leaders named in the articles,
// membership badges and the stance with its score and a conflict mark.
#pragma once

#include "model/document_model.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;

class CountryHeader : public QWidget {
    Q_OBJECT
public:
    explicit CountryHeader(QWidget *parent = nullptr);

    void show(const DocumentModel &document, const QString &iso);
    void clear();

    QString nameText() const;
    QString stanceText() const;
    QStringList badges() const;

private:
    void setBadges(const QStringList &badges);

    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_stanceChip;
    QLabel *m_stance;
    QHBoxLayout *m_badges;
};
