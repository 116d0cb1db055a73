#include "app/models/article_model.h"

#include "app/corpus/date_text.h"
#include "app/corpus/source_date.h"

#include <limits>
#include <numeric>

using namespace ModelRoles;

ArticleModel::ArticleModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ArticleModel::setDocument(DocumentModelPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    listRows();
    endResetModel();
}

void ArticleModel::setCountry(const QString &iso)
{
    // The rows and every mention count change: one reset costs the proxies above one pass,
    // where changes row by row made them insert and remove thousands of rows one by one.
    beginResetModel();
    m_country = iso;
    listRows();
    endResetModel();
}

void ArticleModel::listRows()
{
    m_rows.clear();
    if (!m_document)
        return;
    if (!m_country.isEmpty()) {
        m_rows = m_document->articlesMentioning(m_country);
        return;
    }
    m_rows.resize(m_document->articles.size());
    std::iota(m_rows.begin(), m_rows.end(), 0);
}

int ArticleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ArticleModel::mentions(int article) const
{
    if (!m_country.isEmpty())
        return m_document->mentionCount(m_country, article);
    return int(m_document->mentions.value(article).size());
}

TextSpan ArticleModel::firstMention(int article) const
{
    for (const Mention &m : m_document->mentions.value(article)) {
        if (m.entity() == m_country)
            return m.span;
    }
    return {};
}

QString ArticleModel::dateText(const ArticleMetadata &meta)
{
    const SourceDate date = SourceDate::ofArticle(meta);
    return date.isKnown() ? DateText::range(date.range, date.precision) : QString();
}

QVariant ArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int article = m_rows.at(index.row());
    const Article &a = m_document->articles.at(article);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a.meta.title;
        case PublisherColumn: // none when the article names none, never its file's name
            return a.meta.shortName.isEmpty() ? a.meta.publisher : a.meta.shortName;
        case AuthorColumn:
            return a.meta.author;
        case DateColumn:
            return dateText(a.meta);
        case MentionsColumn:
            return mentions(article);
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2 (%3)").arg(a.meta.publisher, a.meta.title, a.shownPath());
    case SortRole:
        switch (index.column()) {
        case DateColumn: {
            const SourceDate date = SourceDate::ofArticle(a.meta);
            // Undated articles sort first, as they did when dates sorted as text.
            return date.isKnown() ? DateText::sortKey(date.range)
                                  : std::numeric_limits<qint64>::min();
        }
        case MentionsColumn:
            return mentions(article);
        default:
            return data(index, Qt::DisplayRole);
        }
    case ArticleIdRole:
        return a.id;
    case MentionCountRole:
        return mentions(article);
    case SpanStartRole:
    case SpanEndRole: {
        // Where the selected country is first mentioned (the start of the article otherwise).
        const TextSpan span = firstMention(article);
        return role == SpanStartRole ? span.start : span.end;
    }
    default:
        return {};
    }
}

QVariant ArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[] = {QT_TR_NOOP("Title"), QT_TR_NOOP("Source"),
                                         QT_TR_NOOP("Author"), QT_TR_NOOP("Date"),
                                         QT_TR_NOOP("Mentions")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}
