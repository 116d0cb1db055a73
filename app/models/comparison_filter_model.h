// Item models stage: the comparison table without, on request, the rows where the countries all
// agree (RowStatusRole Agree).
#pragma once

#include <QSortFilterProxyModel>

class ComparisonFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ComparisonFilterModel(QObject *parent = nullptr);

    void setHideAgreeing(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideAgreeing = false;
};
