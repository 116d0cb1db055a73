#include "app/models/event_model.h"

#include "app/corpus/date_text.h"
#include "app/evidence/evidence_ref.h"

#include <algorithm>

using namespace ModelRoles;

EventModel::EventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventModel::setDocument(DocumentModelPtr document)
{
    reload(std::move(document), m_country);
}

void EventModel::setCountry(const QString &iso)
{
    reload(m_document, iso);
}

// The snapshot is swapped inside the reset, so no view ever sees rows of the old one.
void EventModel::reload(DocumentModelPtr document, const QString &country)
{
    beginResetModel();
    m_document = std::move(document);
    m_country = country;
    m_events.clear();
    if (m_document) {
        if (m_country.isEmpty()) {
            for (const Event &e : m_document->events)
                m_events.append(&e);
        } else {
            m_events = m_document->eventsOf(m_country);
        }
        // In the Date column's order: a view sorted by date (the default) then needs no sort.
        // The model's events come by start date, so most often they are in order already.
        const auto earlier = [](const Event *a, const Event *b) {
            return DateText::sortKey(a->date) < DateText::sortKey(b->date);
        };
        if (!std::is_sorted(m_events.cbegin(), m_events.cend(), earlier))
            std::stable_sort(m_events.begin(), m_events.end(), earlier);
    }
    m_texts = QVector<QString>(m_events.size());
    endResetModel();
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventModel::dateText(const Event &e)
{
    // "5 Mar 2022 (year assumed)": the text gave no year; the corpus's reference year was taken.
    return DateText::range(e.date, e.precision) +
           (e.yearAssumed ? tr(" (year assumed)") : QString());
}

QString EventModel::textAt(int row) const
{
    QString &kept = m_texts[row];
    if (kept.isNull()) {
        const Event &e = *m_events.at(row);
        kept = m_document ? Evidence::wordsAt(*m_document, e.article, e.span) : QString();
        if (kept.isNull())
            kept = QLatin1String(""); // made, and empty
    }
    return kept;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = *m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return dateText(e);
        case TypeColumn:
            return e.type;
        case CountriesColumn:
            return e.countries.join(QStringLiteral(", "));
        case TextColumn:
            return textAt(index.row());
        case SourceColumn: {
            const Article *article = m_document->article(e.article);
            return article ? article->label() : e.article;
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && e.yearAssumed)
            return tr("The article gives no year anywhere; the corpus's reference year is assumed");
        return textAt(index.row());
    case SortRole:
        return index.column() == DateColumn ? QVariant(DateText::sortKey(e.date))
                                            : data(index, Qt::DisplayRole);
    case DateRole:
        return e.date.from;
    case EventTypeRole:
        return e.type;
    case CountriesRole:
        return e.countries;
    case ArticleIdRole:
        return e.article;
    case SpanStartRole:
        return e.span.start;
    case SpanEndRole:
        return e.span.end;
    case EvidenceRole:
        return QVariant::fromValue(Evidence::ofEvent(e));
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ModelRoles::InSourceOrderRole)
        return section == DateColumn;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[] = {QT_TR_NOOP("Date"), QT_TR_NOOP("Type"),
                                         QT_TR_NOOP("Countries"), QT_TR_NOOP("Sentence"),
                                         QT_TR_NOOP("Source")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}
