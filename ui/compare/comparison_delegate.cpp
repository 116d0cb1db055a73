#include "ui/compare/comparison_delegate.h"

#include "app/models/comparison_model.h"
#include "ui/style/palette.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QPainter>

using namespace ModelRoles;

namespace {

ComparisonRow::Status rowStatus(const QModelIndex &index)
{
    return index.data(RowStatusRole).value<ComparisonRow::Status>();
}

// The item's own background and selection, without its text.
void paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index)
{
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = QIcon();
    if (rowStatus(index) == ComparisonRow::Status::Differ)
        background.backgroundBrush = Palette::difference(Theme::isDark(option.palette));
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
}

bool selected(const QStyleOptionViewItem &option)
{
    return option.state & QStyle::State_Selected;
}

QColor textColour(const QStyleOptionViewItem &option)
{
    return option.palette.color(selected(option) ? QPalette::HighlightedText : QPalette::Text);
}

// Secondary text: the main text's colour, fainter, so it reads on the highlight and selection.
QColor quietColour(const QStyleOptionViewItem &option)
{
    QColor colour = textColour(option);
    colour.setAlphaF(0.7f);
    return colour;
}

// The row's mark beside the dimension: ≠ differ, = agree, ? incomplete.
QString statusMark(const QModelIndex &index)
{
    switch (rowStatus(index)) {
    case ComparisonRow::Status::Differ:
        return QStringLiteral("≠");
    case ComparisonRow::Status::Agree:
        return QStringLiteral("=");
    case ComparisonRow::Status::Incomplete:
        break;
    }
    return QStringLiteral("?");
}

constexpr int kPad = 4;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

int wrappedHeight(const QFont &font, int width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetrics(font)
        .boundingRect(QRect(0, 0, std::max(width, 20), 10000), Qt::TextWordWrap, text)
        .height();
}

// The room a country's value has beside its chip.
int valueWidth(const QStyleOptionViewItem &option, int cellWidth)
{
    return cellWidth - option.fontMetrics.height() * 2 / 3 - 6 - 2 * kPad - 2;
}

} // namespace

void ComparisonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintBackground(painter, opt, index);
    if (index.column() == ComparisonModel::DimensionColumn)
        paintDimension(painter, opt, index);
    else
        paintCell(painter, opt, index);
}

void ComparisonDelegate::paintDimension(QPainter *painter, const QStyleOptionViewItem &opt,
                                        const QModelIndex &index) const
{
    const QRect area = opt.rect.adjusted(6, kPad, -6, -kPad);
    const bool differs = rowStatus(index) == ComparisonRow::Status::Differ;
    const int markWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("≠")) + 6;
    painter->save();
    painter->setPen(textColour(opt));
    QFont font = opt.font;
    font.setBold(differs);
    painter->setFont(font);
    painter->drawText(area.adjusted(0, 0, -markWidth, 0),
                      Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, opt.text);
    if (!differs)
        painter->setPen(quietColour(opt));
    painter->drawText(area, Qt::AlignVCenter | Qt::AlignRight, statusMark(index));
    painter->restore();
}

void ComparisonDelegate::paintCell(QPainter *painter, const QStyleOptionViewItem &opt,
                                   const QModelIndex &index) const
{
    const QString value = index.data(ValueRole).toString();
    const QRect area = opt.rect.adjusted(kPad + 2, kPad, -kPad, -kPad);
    const int line = opt.fontMetrics.height();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (value.isEmpty()) {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(quietColour(opt));
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, opt.text);
        painter->restore();
        return;
    }
    const int chip = line * 2 / 3;
    const QRectF chipRect(area.left(), area.top() + (line - chip) / 2.0, chip, chip);
    // An outline keeps pale chips (did not vote) visible on the highlight.
    const QColor chipColour = Palette::dimensionValue(index.data(DimensionRole).toString(), value);
    painter->setPen(QPen(chipColour.darker(140), 1));
    painter->setBrush(chipColour);
    painter->drawRoundedRect(chipRect, 2, 2);
    const int width = valueWidth(opt, opt.rect.width());
    const int valueHeight = wrappedHeight(opt.font, width, opt.text);
    const QRect text(area.left() + chip + 6, area.top(), width, valueHeight);
    painter->setPen(textColour(opt));
    painter->drawText(text, Qt::AlignLeft | Qt::TextWordWrap, opt.text);
    const QFont small = smallFont(opt.font);
    const QString sources = index.data(EvidenceLineRole).toString();
    painter->setFont(small);
    const bool conflict = index.data(ConflictRole).toBool();
    painter->setPen(conflict && !selected(opt) ? Palette::conflictText(Theme::isDark(opt.palette))
                                               : quietColour(opt));
    painter->drawText(
        QRect(text.left(), text.bottom() + 1, width, wrappedHeight(small, width, sources)),
        Qt::AlignLeft | Qt::TextWordWrap, sources);
    painter->restore();
}

QSize ComparisonDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int line = opt.fontMetrics.height();
    // The table passes the column's width when it wraps text; wrap to it.
    const int cellWidth = opt.rect.width() > 0 ? opt.rect.width() : 160;
    if (index.column() == ComparisonModel::DimensionColumn) {
        const int markWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("≠")) + 6;
        QFont bold = opt.font;
        bold.setBold(true);
        const int height = wrappedHeight(bold, cellWidth - 12 - markWidth, opt.text);
        return {opt.fontMetrics.horizontalAdvance(opt.text) / 2 + 12,
                std::max(height, 2 * line) + 2 * kPad};
    }
    if (index.data(ValueRole).toString().isEmpty())
        return {120, 2 * line + 2 * kPad};
    const int width = valueWidth(opt, cellWidth);
    const int height =
        wrappedHeight(opt.font, width, opt.text) +
        wrappedHeight(smallFont(opt.font), width, index.data(EvidenceLineRole).toString());
    return {120, std::max(height, 2 * line) + 2 * kPad + 1};
}
