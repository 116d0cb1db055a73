#include "app/models/word_filter_model.h"

#include "app/models/model_roles.h"

WordFilterModel::WordFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Which columns the source keeps in order is asked once per column, not at each of the
    // million comparisons a sort of many rows makes; asked again when the source changes.
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        m_inSourceOrder.clear();
        if (!sourceModel())
            return;
        const auto forget = [this] { m_inSourceOrder.clear(); };
        connect(sourceModel(), &QAbstractItemModel::modelAboutToBeReset, this, forget);
        connect(sourceModel(), &QAbstractItemModel::headerDataChanged, this, forget);
        connect(sourceModel(), &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
    });
}

void WordFilterModel::setWords(const QString &typed)
{
    const QStringList words = typed.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool WordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    QString text;
    const QAbstractItemModel *source = sourceModel();
    for (int c = 0; c < source->columnCount(sourceParent); ++c)
        text += source->index(sourceRow, c, sourceParent).data().toString().toLower() +
                QLatin1Char('\n');
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool WordFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column >= m_inSourceOrder.size())
        m_inSourceOrder.resize(column + 1, -1);
    if (m_inSourceOrder[column] < 0) {
        const bool inOrder = sourceModel()
                                 ->headerData(column, Qt::Horizontal, ModelRoles::InSourceOrderRole)
                                 .toBool();
        m_inSourceOrder[column] = inOrder ? 1 : 0;
    }
    if (m_inSourceOrder[column] == 1)
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}
