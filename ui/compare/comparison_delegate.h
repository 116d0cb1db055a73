// ui/compare: paints the comparison table — by each dimension its row's mark (≠ differ, = agree,
// ? incomplete), differing rows on a marker background; in each country's cell a chip in the
// value's colour, the value, and underneath the model's evidence line (sources, dispute, date).
#pragma once

#include <QStyledItemDelegate>

class ComparisonDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintDimension(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
    void paintCell(QPainter *painter, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
};
