// Item models stage: the comparison table with, on request, only the rows where the countries
// do not all agree.
#pragma once

#include <QSortFilterProxyModel>

class ComparisonFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ComparisonFilterModel(QObject *parent = nullptr);

    void setHideAgreeing(bool hide);
    bool hidesAgreeing() const { return m_hideAgreeing; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideAgreeing = false;
};
