#include "app/models/country_list_model.h"

#include "app/codebook/dimensions.h"
#include "app/corpus/wording.h"
#include "app/evidence/evidence_marks.h"
#include "app/models/country_facts.h"

using namespace ModelRoles;

namespace {
constexpr quintptr kRegionId = 0; // internalId of region rows; countries use region + 1
}

CountryListModel::CountryListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void CountryListModel::setDocument(DocumentModelPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    m_regions.clear();
    if (m_document) {
        for (const Entity *country : m_document->countries()) {
            auto it = std::find_if(m_regions.begin(), m_regions.end(),
                                   [&](const Region &r) { return r.name == country->region; });
            if (it == m_regions.end())
                m_regions.append({country->region, {country->id}});
            else
                it->countries.append(country->id);
        }
    }
    endResetModel();
}

QModelIndex CountryListModel::indexOf(const QString &iso, int column) const
{
    for (int r = 0; r < m_regions.size(); ++r) {
        const int row = int(m_regions.at(r).countries.indexOf(iso));
        if (row >= 0)
            return createIndex(row, column, quintptr(r + 1));
    }
    return {};
}

QModelIndex CountryListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kRegionId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CountryListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kRegionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kRegionId);
}

int CountryListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_regions.size());
    if (parent.column() != 0 || parent.internalId() != kRegionId)
        return 0;
    return int(m_regions.at(parent.row()).countries.size());
}

int CountryListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags CountryListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kRegionId)
        return Qt::NoItemFlags; // a heading: keyboard navigation steps over it
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant CountryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kRegionId)
        return regionData(m_regions.at(index.row()), index.column(), role);
    const Region &region = m_regions.at(int(index.internalId() - 1));
    return countryData(region.countries.at(index.row()), index.column(), role);
}

QVariant CountryListModel::regionData(const Region &region, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? QVariant(region.name) : QVariant();
    case IsGroupRole:
        return true;
    default:
        return {};
    }
}

namespace {

// A tie shows both values; a dispute or a doubt, ⚠ (once).
QString stanceText(const Position &p, const Dimensions &dimensions)
{
    QString text = p.label(dimensions);
    if (p.conflict && !text.endsWith(EvidenceMarks::disputed()))
        text += QLatin1Char(' ') + EvidenceMarks::disputed();
    return text;
}

} // namespace

QVariant CountryListModel::countryData(const QString &iso, int column, int role) const
{
    const DocumentModel &doc = *m_document;
    const QString stance = CountryFacts::stanceValue(doc, iso);
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return doc.gazetteer.find(iso)->name;
        if (stance.isEmpty())
            return QStringLiteral("—");
        return stanceText(*doc.position(iso, QStringLiteral("stance")), doc.dimensions);
    case Qt::ToolTipRole: {
        const Position *p = doc.position(iso, QStringLiteral("stance"));
        if (!p)
            return tr("No source states a stance");
        return tr("%1 — %2%3")
            .arg(p->label(m_document->dimensions),
                 Wording::counted(p->supportCount(p->value), tr("source"), tr("sources")),
                 p->conflict ? tr("; sources disagree") : QString());
    }
    case IsoRole:
        return iso;
    case IsGroupRole:
        return false;
    case StanceRole:
        return stance;
    case StanceScoreRole:
        return CountryFacts::stanceScore(doc, iso);
    case MembershipsRole:
        return CountryFacts::memberships(doc, iso);
    case SearchTextRole:
        return CountryFacts::searchText(doc, iso);
    case ConflictCountRole: {
        int n = 0;
        for (const Position *p : doc.positionsOf(iso))
            n += p->conflict ? 1 : 0;
        return n;
    }
    case MentionCountRole:
        return doc.mentionCount(iso);
    default:
        return {};
    }
}

QVariant CountryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Country") : tr("Stance");
}
