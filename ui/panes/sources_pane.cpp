#include "ui/panes/sources_pane.h"

#include "app/models/article_model.h"
#include "app/models/word_filter_model.h"
#include "ui/panes/filter_box.h"
#include "ui/style/table_style.h"

#include <QAction>
#include <QHeaderView>
#include <QResizeEvent>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace ModelRoles;

SourcesPane::SourcesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArticleModel(this))
    , m_words(new WordFilterModel(this))
    , m_box(new FilterBox(m_words, tr("Filter the articles: words in the title, publisher, date…"),
                          this))
    , m_view(new QTableView(this))
{
    m_words->setSourceModel(m_model); // the articles that mention the country
    m_view->setModel(m_words);
    TableStyle::apply(m_view);
    // Few rows: titles wrap rather than being cut to a few letters.
    m_view->setWordWrap(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ArticleModel::TitleColumn, QHeaderView::Stretch);
    m_view->hideColumn(ArticleModel::AuthorColumn); // in the source viewer; titles need the room
    for (int c : {int(ArticleModel::DateColumn), int(ArticleModel::MentionsColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArticleModel::PublisherColumn, QHeaderView::Interactive);
    connect(header, &QHeaderView::sectionResized, this, &SourcesPane::fitRows);
    // In the corpus's order until a header is clicked.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_box);
    layout->addWidget(m_view);
    connect(m_view, &QTableView::clicked, this, &SourcesPane::onClicked);
    connect(m_view, &QTableView::activated, this, &SourcesPane::onClicked);
    // F2 and Delete on the current article, and the same in its context menu.
    const auto addArticleAction = [this](const QString &text, const QKeySequence &key,
                                         void (SourcesPane::*signal)(const QString &)) {
        auto *action = new QAction(text, m_view);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setProperty("shortcutPlace", tr("Sources tab"));
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, [this, signal] {
            if (const QString article = currentArticle(); !article.isEmpty())
                Q_EMIT(this->*signal)(article);
        });
    };
    addArticleAction(tr("Edit Article Details…"), QKeySequence(Qt::Key_F2),
                     &SourcesPane::editRequested);
    addArticleAction(tr("Remove Article from the Library…"), QKeySequence(Qt::Key_Delete),
                     &SourcesPane::removeRequested);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString SourcesPane::currentArticle() const
{
    return m_view->currentIndex().data(ArticleIdRole).toString();
}

void SourcesPane::setDocument(DocumentModelPtr document)
{
    m_document = std::move(document);
    m_documentStale = true;
    if (isVisible())
        refresh();
    else
        m_model->setDocument(nullptr); // the old snapshot is not kept alive by a hidden table
}

void SourcesPane::setCountry(const QString &iso)
{
    m_country = iso;
    m_countryStale = true;
    if (isVisible())
        refresh();
}

QTableView *SourcesPane::view()
{
    refresh();
    return m_view;
}

void SourcesPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SourcesPane::refresh()
{
    if (!m_countryStale && !m_documentStale)
        return;
    if (m_countryStale) {
        m_countryStale = false;
        m_model->setCountry(m_country);
    }
    if (m_documentStale) {
        m_documentStale = false;
        m_model->setDocument(m_document);
    }
    fitSourceColumn();
    fitRows();
}

void SourcesPane::fitSourceColumn()
{
    // (public on the item view; QTableView makes its override protected)
    const QAbstractItemView *view = m_view;
    const int names = view->sizeHintForColumn(ArticleModel::PublisherColumn);
    const int quarter = m_view->viewport()->width() / 4;
    m_view->horizontalHeader()->resizeSection(ArticleModel::PublisherColumn,
                                              std::max(std::min(names, quarter), 0));
}

void SourcesPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSourceColumn();
}

void SourcesPane::fitRows()
{
    if (m_view->model()->rowCount() <= TableStyle::kRowsMeasured)
        m_view->resizeRowsToContents();
    else
        m_view->verticalHeader()->reset(); // back to one line a row
}

void SourcesPane::onClicked(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT spanRequested({index.data(ArticleIdRole).toString(),
                              index.data(SpanStartRole).toLongLong(),
                              index.data(SpanEndRole).toLongLong()});
}
