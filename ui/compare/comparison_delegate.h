// ui/compare: paints the comparison table — by each dimension its row's mark (≠ differ, = agree,
// ? incomplete), differing rows on a marker background; in each country's cell a chip in the
// value's colour, the value, and underneath how many sources give it, with a mark where they
// disagree.
#pragma once

#include <QStyledItemDelegate>

class ComparisonDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The line under a value: "2 sources", "2 of 4 sources · ⚠ disputed", "".
    static QString sourcesText(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintDimension(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
    void paintCell(QPainter *painter, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
};
