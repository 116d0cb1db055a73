// Item models stage: narrows the region-grouped country list by free text (name, ISO code,
// capital, leader), by stance and by bloc. Regions stay visible while any country in them does.
#pragma once

#include <QSortFilterProxyModel>

class CountryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CountryFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStance(const QString &stance); // a stance value id; empty: any
    void setBloc(const QString &bloc);     // a membership badge ("CSTO", ...); empty: any

    QString text() const { return m_text; }
    QString stance() const { return m_stance; }
    QString bloc() const { return m_bloc; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_stance;
    QString m_bloc;
};
