#include "app/models/word_filter_model.h"

#include "app/models/model_roles.h"

WordFilterModel::WordFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
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
    if (sourceModel()
            ->headerData(left.column(), Qt::Horizontal, ModelRoles::InSourceOrderRole)
            .toBool())
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}
