#include "ui/style/stance_chip_delegate.h"

#include "app/models/model_roles.h"
#include "ui/style/palette.h"

#include <QApplication>
#include <QPainter>

using namespace ModelRoles;

namespace {

int chipDiameter(const QFontMetrics &metrics)
{
    return metrics.height() * 2 / 3;
}

// The room before a country's name: the chip and the space around it.
int chipRoom(const QFontMetrics &metrics)
{
    return chipDiameter(metrics) + 8;
}

} // namespace

void StanceChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.data(IsGroupRole).toBool()) {
        opt.font.setBold(true);
        const QColor heading = option.palette.color(QPalette::Active, QPalette::PlaceholderText);
        opt.palette.setColor(QPalette::Disabled, QPalette::Text, heading);
        opt.palette.setColor(QPalette::Active, QPalette::Text, heading);
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    // Leave room for the chip, draw the item, then the chip in the gap.
    const int chip = chipDiameter(opt.fontMetrics);
    QStyleOptionViewItem shifted = opt;
    shifted.rect.adjust(chipRoom(opt.fontMetrics), 0, 0, 0);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    QStyleOptionViewItem background = opt;
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, opt.widget);
    shifted.backgroundBrush = Qt::NoBrush;
    shifted.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &shifted, painter, opt.widget);

    const QColor colour = Palette::stance(index.data(StanceRole).toString());
    const QRectF circle(opt.rect.left() + 4, opt.rect.center().y() - chip / 2.0, chip, chip);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (colour.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
    } else {
        painter->setPen(QPen(opt.palette.color(QPalette::PlaceholderText), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawEllipse(circle);
    painter->restore();
}

QSize StanceChipDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // A heading spans its row and has no chip; a name is drawn after its chip's room.
    if (!index.data(IsGroupRole).toBool())
        size.rwidth() += chipRoom(option.fontMetrics);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}
