#include "app/models/comparison_model.h"

#include "app/codebook/dimensions.h"
#include "app/corpus/wording.h"
#include "app/evidence/coverage.h"
#include "app/evidence/evidence_marks.h"

using namespace ModelRoles;

namespace {

// The first claim that gives the value shown: where a click on the cell leads.
const Claim *firstSupporting(const Position &p)
{
    for (const Claim &claim : p.claims) {
        if (claim.value == p.value)
            return &claim;
    }
    return p.claims.isEmpty() ? nullptr : &p.claims.first();
}

// The line under a value: sources (◔ when one), the dispute, the date of the newest evidence.
QString evidenceLine(const Position &p)
{
    const qsizetype sources = p.sources();
    QString line = Wording::counted(sources, QObject::tr("source"), QObject::tr("sources"));
    if (sources == 1)
        line += QLatin1Char(' ') + EvidenceMarks::thin();
    if (p.conflict)
        line = QObject::tr("%1 of %2 · %3 disputed")
                   .arg(p.supportCount(p.value))
                   .arg(line, EvidenceMarks::disputed());
    const SourceDate newest = p.newestDate();
    if (newest.isKnown())
        line += QStringLiteral(" · ") + newest.compactLabel();
    return line;
}

// The same in words, for screen readers.
QString evidenceDescription(const Position &p)
{
    const qsizetype sources = p.sources();
    QString text = p.conflict
                       ? QObject::tr("%1 of %2 sources give this value; the sources disagree")
                             .arg(p.supportCount(p.value))
                             .arg(sources)
                   : sources == 1 ? QObject::tr("a single source gives this value: thin evidence")
                                  : QObject::tr("%1 sources give this value").arg(sources);
    const SourceDate newest = p.newestDate();
    if (newest.isKnown())
        text += QObject::tr("; newest evidence %1").arg(newest.label());
    return text;
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ComparisonModel::setDocument(DocumentModelPtr document)
{
    reload(std::move(document), m_comparison.countries);
}

void ComparisonModel::setCountries(const QStringList &countries)
{
    reload(m_document, countries);
}

void ComparisonModel::reload(DocumentModelPtr document, const QStringList &countries)
{
    beginResetModel();
    m_document = std::move(document);
    m_comparison =
        m_document ? Comparison::build(*m_document, countries) : Comparison{countries, {}};
    endResetModel();
}

const Position *ComparisonModel::positionAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == DimensionColumn)
        return nullptr;
    return m_comparison.rows.at(index.row()).cells.at(index.column() - 1);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.countries.size()) + 1;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ComparisonRow &row = m_comparison.rows.at(index.row());
    switch (role) {
    case DimensionRole:
        return row.dimension;
    case RowStatusRole:
        return QVariant::fromValue(row.status());
    default:
        break;
    }
    if (index.column() == DimensionColumn)
        return dimensionData(row, role);
    return cellData(row, index.column() - 1, role);
}

QVariant ComparisonModel::dimensionData(const ComparisonRow &row, int role) const
{
    const Dimension *dimension = m_document->dimensions.find(row.dimension);
    if (role == Qt::DisplayRole)
        return dimension ? dimension->label : row.dimension;
    if (role != Qt::ToolTipRole)
        return {};
    switch (row.status()) {
    case ComparisonRow::Status::Differ:
        return tr("≠ The countries differ on this dimension");
    case ComparisonRow::Status::Agree:
        return tr("= Every country has the same value, and no source disputes it");
    case ComparisonRow::Status::Incomplete:
        break;
    }
    return tr("? The values known agree, but a country has no source or a disputed value");
}

QVariant ComparisonModel::cellData(const ComparisonRow &row, int country, int role) const
{
    const Position *p = row.cells.at(country);
    const QString iso = m_comparison.countries.at(country);
    if (role == IsoRole)
        return iso;
    if (!p) {
        if (role == Qt::DisplayRole)
            return tr("No source");
        if (role == Qt::ToolTipRole) {
            const Entity *entity = m_document->gazetteer.find(iso);
            return tr("No source article speaks to this for %1.").arg(entity ? entity->name : iso);
        }
        if (role == SourceCountRole || role == SupportCountRole)
            return 0;
        if (role == ConflictRole)
            return false;
        if (role == ThinEvidenceRole)
            return true;
        return {};
    }
    const Claim *first = firstSupporting(*p);
    switch (role) {
    case Qt::DisplayRole:
        return p->label(m_document->dimensions);
    case Qt::ToolTipRole:
        return tooltip(*p);
    case Qt::AccessibleDescriptionRole:
        return evidenceDescription(*p);
    case EvidenceLineRole:
        return evidenceLine(*p);
    case ThinEvidenceRole:
        return p->sources() <= 1;
    case DateTextRole:
        return p->newestDate().label();
    case ValueRole:
        return p->value;
    case StanceScoreRole:
        return p->score ? QVariant(*p->score) : QVariant();
    case SourceCountRole:
        return p->sources();
    case SupportCountRole:
        return p->supportCount(p->value);
    case ConflictRole:
        return p->conflict;
    case ArticleIdRole:
        return first ? QVariant(first->article) : QVariant();
    case SpanStartRole:
        return first ? QVariant(first->span.start) : QVariant();
    case SpanEndRole:
        return first ? QVariant(first->span.end) : QVariant();
    case QuoteRole:
        return first ? QVariant(first->quote) : QVariant();
    default:
        return {};
    }
}

QString ComparisonModel::tooltip(const Position &p) const
{
    QString html =
        QStringLiteral("<p><b>%1</b>").arg(p.label(m_document->dimensions).toHtmlEscaped());
    if (p.conflict)
        html += QStringLiteral(" — ") + tr("the sources disagree").toHtmlEscaped();
    html += QStringLiteral("</p>");
    for (const Claim &claim : p.claims) {
        const Article *article = m_document->article(claim.article);
        const QString date =
            claim.date.isKnown() ? QStringLiteral(" (%1)").arg(claim.date.label()) : QString();
        html +=
            QStringLiteral("<p>%1%2 <i>%3</i>: %4 <small>(%5)</small></p>")
                .arg(
                    (article ? article->label() : claim.article).toHtmlEscaped(),
                    date.toHtmlEscaped(),
                    m_document->dimensions.valueLabel(claim.dimension, claim.value).toHtmlEscaped(),
                    Wording::quoted(claim.quote).toHtmlEscaped(),
                    claim.whose(m_document->claimFilter.me).toHtmlEscaped());
    }
    html +=
        QStringLiteral("<p><small>%1</small></p>")
            .arg(tr("Click to open the first quote; right-click for every quote.").toHtmlEscaped());
    return html;
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == DimensionColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Dimension")) : QVariant();
    const QString iso = m_comparison.countries.at(section - 1);
    const Entity *country = m_document ? m_document->gazetteer.find(iso) : nullptr;
    if (role == Qt::DisplayRole)
        return country ? country->name : iso;
    if (role == IsoRole)
        return iso;
    return {};
}
