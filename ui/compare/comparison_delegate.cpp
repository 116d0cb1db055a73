#include "comparison_delegate.h"

#include "models/comparison_model.h"
#include "style/conflict_delegate.h"
#include "style/palette.h"

#include <QApplication>
#include <QPainter>

using namespace ModelRoles;

namespace {

// The item's own background and selection, without its text.
void paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index)
{
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = QIcon();
    if (index.data(RowDiffersRole).toBool())
        background.backgroundBrush = Palette::difference();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
}

QColor textColour(const QStyleOptionViewItem &option)
{
    return option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                      : QPalette::Text);
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

QString ComparisonDelegate::sourcesText(const QModelIndex &index)
{
    const int sources = index.data(SourceCountRole).toInt();
    if (sources == 0)
        return {};
    const QString count = sources == 1 ? tr("1 source") : tr("%1 sources").arg(sources);
    if (!index.data(ConflictRole).toBool())
        return count;
    return tr("%1 of %2", "sources giving the value shown, of all")
               .arg(index.data(SupportCountRole).toInt())
               .arg(count) +
           QStringLiteral(" · ") + ConflictDelegate::markText();
}

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
    const bool differs = index.data(RowDiffersRole).toBool();
    const int markWidth = differs ? opt.fontMetrics.horizontalAdvance(QStringLiteral("≠")) + 6 : 0;
    painter->save();
    painter->setPen(textColour(opt));
    QFont font = opt.font;
    font.setBold(differs);
    painter->setFont(font);
    painter->drawText(area.adjusted(0, 0, -markWidth, 0),
                      Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, opt.text);
    if (differs)
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignRight, QStringLiteral("≠"));
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
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, opt.text);
        painter->restore();
        return;
    }
    const int chip = line * 2 / 3;
    const QRectF chipRect(area.left(), area.top() + (line - chip) / 2.0, chip, chip);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Palette::dimensionValue(index.data(DimensionRole).toString(), value));
    painter->drawRoundedRect(chipRect, 2, 2);
    const int width = valueWidth(opt, opt.rect.width());
    const int valueHeight = wrappedHeight(opt.font, width, opt.text);
    const QRect text(area.left() + chip + 6, area.top(), width, valueHeight);
    painter->setPen(textColour(opt));
    painter->drawText(text, Qt::AlignLeft | Qt::TextWordWrap, opt.text);
    const QFont small = smallFont(opt.font);
    const QString sources = sourcesText(index);
    painter->setFont(small);
    const bool conflict = index.data(ConflictRole).toBool();
    painter->setPen(conflict ? Palette::conflict() : opt.palette.color(QPalette::PlaceholderText));
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
    const int height = wrappedHeight(opt.font, width, opt.text) +
                       wrappedHeight(smallFont(opt.font), width, sourcesText(index));
    return {120, std::max(height, 2 * line) + 2 * kPad + 1};
}
