#include "ui/panes/sources_pane.h"

#include "app/models/article_model.h"
#include "app/models/mentioning_articles_model.h"
#include "app/models/word_filter_model.h"
#include "ui/panes/filter_box.h"
#include "ui/style/table_style.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>
#include <QVBoxLayout>

using namespace ModelRoles;

SourcesPane::SourcesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArticleModel(this))
    , m_filter(new MentioningArticlesModel(this))
    , m_words(new WordFilterModel(this))
    , m_box(new FilterBox(m_words, tr("Filter the articles: words in the title, publisher, date…"),
                          this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_model);
    m_words->setSourceModel(m_filter);
    m_view->setModel(m_words);
    TableStyle::apply(m_view);
    // Few rows: titles wrap rather than being cut to a few letters.
    m_view->setWordWrap(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ArticleModel::TitleColumn, QHeaderView::Stretch);
    m_view->hideColumn(ArticleModel::AuthorColumn); // in the source viewer; titles need the room
    for (int c : {int(ArticleModel::PublisherColumn), int(ArticleModel::DateColumn),
                  int(ArticleModel::MentionsColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(header, &QHeaderView::sectionResized, m_view,
            [this] { m_view->resizeRowsToContents(); });
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
    m_view->installEventFilter(this);
}

bool SourcesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QString article = currentArticle();
        if ((key == Qt::Key_F2 || key == Qt::Key_Delete) && !article.isEmpty()) {
            if (key == Qt::Key_F2)
                Q_EMIT editRequested(article);
            else
                Q_EMIT removeRequested(article);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString SourcesPane::currentArticle() const
{
    return m_view->currentIndex().data(ArticleIdRole).toString();
}

void SourcesPane::setDocument(DocumentModelPtr document)
{
    m_model->setDocument(std::move(document));
}

void SourcesPane::setCountry(const QString &iso)
{
    m_model->setCountry(iso);
    m_view->resizeRowsToContents();
}

void SourcesPane::onClicked(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT spanRequested({index.data(ArticleIdRole).toString(),
                              index.data(SpanStartRole).toLongLong(),
                              index.data(SpanEndRole).toLongLong()});
}
