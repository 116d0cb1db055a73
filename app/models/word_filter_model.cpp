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
        const auto forget = [this] {
            m_inSourceOrder.clear();
            m_runsColumn = -1;
        };
        connect(sourceModel(), &QAbstractItemModel::modelAboutToBeReset, this, forget);
        connect(sourceModel(), &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
        const auto recount = [this] { m_runsColumn = -1; };
        connect(sourceModel(), &QAbstractItemModel::rowsInserted, this, recount);
        connect(sourceModel(), &QAbstractItemModel::rowsRemoved, this, recount);
        connect(sourceModel(), &QAbstractItemModel::dataChanged, this, recount);
        connect(sourceModel(), &QAbstractItemModel::headerDataChanged, this, [this] {
            m_inSourceOrder.clear();
            sortAgain();
        });
    });
    // A new source, or a source reset, may declare its columns otherwise: once this model's own
    // reset is over (never in the middle of it), the sort asked for is made again.
    connect(this, &QAbstractItemModel::modelReset, this, &WordFilterModel::sortAgain);
}

void WordFilterModel::sortAgain()
{
    if (m_columnAsked >= 0)
        sort(m_columnAsked, m_orderAsked); // at no cost when it comes out the same
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

void WordFilterModel::sort(int column, Qt::SortOrder order)
{
    m_columnAsked = column;
    m_orderAsked = order;
    const bool sourceOrder = column >= 0 && order == Qt::AscendingOrder && inSourceOrder(column);
    QSortFilterProxyModel::sort(sourceOrder ? -1 : column, order); // -1: the source's order
}

bool WordFilterModel::inSourceOrder(int column) const
{
    if (!sourceModel() || column < 0)
        return false;
    if (column >= m_inSourceOrder.size())
        m_inSourceOrder.resize(column + 1, -1);
    if (m_inSourceOrder[column] < 0) {
        const bool inOrder = sourceModel()
                                 ->headerData(column, Qt::Horizontal, ModelRoles::InSourceOrderRole)
                                 .toBool();
        m_inSourceOrder[column] = inOrder ? 1 : 0;
    }
    return m_inSourceOrder[column] == 1;
}

int WordFilterModel::runOf(int sourceRow, int column) const
{
    const int rows = sourceModel()->rowCount();
    if (m_runsColumn != column || m_runs.size() != rows) {
        m_runs.resize(rows);
        int run = 0;
        for (int row = 0; row < rows; ++row) {
            if (row > 0 && QSortFilterProxyModel::lessThan(sourceModel()->index(row - 1, column),
                                                           sourceModel()->index(row, column)))
                ++run;
            m_runs[row] = run;
        }
        m_runsColumn = column;
    }
    return m_runs.value(sourceRow);
}

bool WordFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (inSourceOrder(left.column())) // down the column: runs reversed, each run as listed
        return runOf(left.row(), left.column()) < runOf(right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}
