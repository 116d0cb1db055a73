// ui: the header of the selected country — name, region, leaders named in the articles,
// membership badges, the stance with its score, conflict mark and date, and the evidence
// behind the country (articles, claims, events; ◔ where it is thin). A line too long for the
// width ends in "…" with the whole of it in its tooltip: the header never widens the window.
#pragma once

#include "app/model/document_model.h"

#include <QWidget>

struct CountryCoverage;
class ElidedLabel;
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
    QString coverageText() const;

private:
    void setBadges(const QStringList &badges);
    void showCoverage(const CountryCoverage &coverage);

    QLabel *m_name;
    ElidedLabel *m_details;
    QLabel *m_stanceChip;
    ElidedLabel *m_stance;
    ElidedLabel *m_coverage;
    QHBoxLayout *m_badges;
};
