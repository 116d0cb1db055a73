// Item models stage: a table's sorting and filter box — sorts by the models' SortRole (dates by
// their start, counts as numbers), or by row where the source keeps that order, and keeps the rows
// whose shown text, in any column, holds every word typed, whatever their case.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVector>

class WordFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit WordFilterModel(QObject *parent = nullptr);

    void setWords(const QString &typed);
    QStringList words() const { return m_words; }

    // Up a column the source keeps in order (ModelRoles::InSourceOrderRole), the source's order
    // is the sorted one: the rows keep it and nothing is compared, however many there are.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // A column whose rows the source model keeps in order (ModelRoles::InSourceOrderRole)
    // sorts by runs of equal values (see runOf()): thousands of events sort without comparing
    // their dates to one another.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool inSourceOrder(int column) const;
    // Down a column the source keeps in order: the number of the run of equal values the
    // source row is in (counted once, one comparison a row), so that rows of equal values keep
    // the source's order as any sort keeps equal rows.
    int runOf(int sourceRow, int column) const;
    void sortAgain();

    QStringList m_words; // lower case
    // The sort asked for, made again when the source changes what its columns declare.
    int m_columnAsked = -1;
    Qt::SortOrder m_orderAsked = Qt::AscendingOrder;
    mutable QVector<qint8> m_inSourceOrder; // per column: 1 in order, 0 not, -1 not asked yet
    mutable QVector<int> m_runs;            // per source row, see runOf()
    mutable int m_runsColumn = -1; // the column m_runs was counted down; -1: to count again
};
