#include "ui/style/conflict_delegate.h"

#include "app/evidence/evidence_marks.h"
#include "app/models/model_roles.h"
#include "ui/style/palette.h"

#include <QApplication>
#include <QPainter>

using namespace ModelRoles;

QString ConflictDelegate::markText()
{
    return tr("%1 disputed").arg(EvidenceMarks::disputed());
}

void ConflictDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool conflict = index.data(ConflictRole).toBool() && !index.data(IsClaimRole).toBool();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    if (!conflict) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        return;
    }
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.85);
    small.setBold(true);
    const QFontMetrics fm(small);
    const int pillWidth = fm.horizontalAdvance(markText()) + 12;
    QStyleOptionViewItem text = opt;
    text.rect.adjust(0, 0, -pillWidth - 6, 0);
    QStyleOptionViewItem background = opt;
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, opt.widget);
    text.backgroundBrush = Qt::NoBrush;
    style->drawControl(QStyle::CE_ItemViewItem, &text, painter, opt.widget);

    // The mark follows the value's text, so it reads as part of it at any column width.
    const int textEnd = opt.rect.left() + opt.fontMetrics.horizontalAdvance(opt.text) + 14;
    const int left = std::min(textEnd, opt.rect.right() - pillWidth - 2);
    const QRect pill(left, opt.rect.center().y() - fm.height() / 2 - 1, pillWidth, fm.height() + 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Palette::conflict());
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(Palette::textOn(Palette::conflict()));
    painter->setFont(small);
    painter->drawText(pill, Qt::AlignCenter, markText());
    painter->restore();
}

QSize ConflictDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ConflictRole).toBool())
        size.rwidth() += option.fontMetrics.horizontalAdvance(markText()) + 24;
    return size;
}
