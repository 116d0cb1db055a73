#include "app/models/position_model.h"

#include "app/codebook/dimensions.h"
#include "app/corpus/wording.h"
#include "app/evidence/coverage.h"
#include "app/evidence/evidence_marks.h"

#include <QFont>

using namespace ModelRoles;

namespace {

constexpr quintptr kPositionId = 0; // claims carry their position's row + 1

// A date the quoted sentence gives is set upright; an article's date, standing in for it, in
// italics.
QVariant dateFont(const SourceDate &date)
{
    if (date.basis != SourceDate::Basis::Article)
        return {};
    QFont font;
    font.setItalic(true);
    return font;
}

} // namespace

PositionModel::PositionModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PositionModel::setDocument(DocumentModelPtr document)
{
    reload(std::move(document), m_country);
}

void PositionModel::setCountry(const QString &iso)
{
    reload(m_document, iso);
}

// The snapshot is swapped inside the reset, so no view ever sees rows of the old one.
void PositionModel::reload(DocumentModelPtr document, const QString &country)
{
    beginResetModel();
    m_document = std::move(document);
    m_country = country;
    m_positions = m_document ? m_document->positionsOf(m_country) : QVector<const Position *>();
    endResetModel();
}

QModelIndex PositionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kPositionId);
}

QModelIndex PositionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPositionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kPositionId);
}

int PositionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_positions.size());
    if (parent.column() != 0 || parent.internalId() != kPositionId)
        return 0;
    return int(m_positions.at(parent.row())->claims.size());
}

int PositionModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags PositionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kPositionId)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant PositionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kPositionId)
        return positionData(*m_positions.at(index.row()), index.column(), role);
    const Position &position = *m_positions.at(int(index.internalId() - 1));
    return claimData(position.claims.at(index.row()), index.column(), role);
}

QString PositionModel::summary(const Position &p) const
{
    if (!p.conflict)
        return p.claims.first().quote;
    QStringList sides;
    for (const QString &v : p.values())
        sides.append(
            tr("%1 (%2)").arg(m_document->dimensions.valueLabel(p.dimension, v),
                              Wording::counted(p.supportCount(v), tr("source"), tr("sources"))));
    return (p.tie ? tr("Sources disagree, as many on each side: %1") : tr("Sources disagree: %1"))
        .arg(sides.join(tr(" vs ")));
}

QVariant PositionModel::positionData(const Position &p, int column, int role) const
{
    const Dimension *dimension = m_document->dimensions.find(p.dimension);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DimensionColumn:
            return dimension ? dimension->label : p.dimension;
        case ValueColumn:
            return p.label(m_document->dimensions);
        case SourcesColumn:
            // How many sources give the value shown, out of all that speak to the dimension.
            if (p.conflict)
                return tr("%1 of %2").arg(p.supportCount(p.value)).arg(p.sources());
            return p.sources() == 1 ? tr("1 %1").arg(EvidenceMarks::thin())
                                    : QString::number(p.sources());
        case DateColumn: // the article's date in italics (see FontRole)
            return p.newestDate().text();
        case EvidenceColumn:
            return summary(p);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == SourcesColumn && p.sources() == 1)
            return tr("%1 Thin evidence: a single source gives this value")
                .arg(EvidenceMarks::thin());
        if (column == DateColumn)
            return tr("Newest evidence — %1").arg(p.newestDate().explanation());
        return summary(p);
    case Qt::FontRole:
        return column == DateColumn ? dateFont(p.newestDate()) : QVariant();
    case ThinEvidenceRole:
        return p.sources() <= 1;
    case DateTextRole:
        return p.newestDate().label();
    case IsoRole:
        return p.country;
    case DimensionRole:
        return p.dimension;
    case ValueRole:
        return p.value;
    case StanceScoreRole:
        return p.score ? QVariant(*p.score) : QVariant();
    case SourceCountRole:
        return p.sources();
    case ConflictRole:
        return p.conflict;
    case IsClaimRole:
        return false;
    default:
        return {};
    }
}

QVariant PositionModel::claimData(const Claim &c, int column, int role) const
{
    const Article *article = m_document->article(c.article);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DimensionColumn:
            return QString((article ? article->label() : c.article) +
                           (c.isCurated()
                                ? QString()
                                : QStringLiteral(" · ") + c.whose(m_document->claimFilter.me)));
        case ValueColumn:
            return m_document->dimensions.valueLabel(c.dimension, c.value);
        case SourcesColumn:
            return {};
        case DateColumn:
            return c.date.text();
        case EvidenceColumn:
            return Wording::quoted(c.quote);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == DateColumn)
            return c.date.explanation();
        return QString((article ? article->labelAndTitle() : c.article) + QStringLiteral("\n") +
                       EvidenceMarks::whoseLine(c, m_document->claimFilter.me));
    case Qt::FontRole:
        return column == DateColumn ? dateFont(c.date) : QVariant();
    case DateTextRole:
        return c.date.label();
    case IsoRole:
        return c.country;
    case DimensionRole:
        return c.dimension;
    case ValueRole:
        return c.value;
    case IsClaimRole:
        return true;
    case ClaimIdRole:
        return c.id;
    case ArticleIdRole:
        return c.article;
    case SpanStartRole:
        return c.span.start;
    case SpanEndRole:
        return c.span.end;
    case QuoteRole:
        return c.quote;
    default:
        return {};
    }
}

QVariant PositionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DateColumn)
        return tr("The date of the newest evidence: the date its sentence gives, or in italics "
                  "the date of its article");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DimensionColumn:
        return tr("Dimension");
    case ValueColumn:
        return tr("Value");
    case SourcesColumn:
        return tr("Sources");
    case DateColumn:
        return tr("Date");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}
