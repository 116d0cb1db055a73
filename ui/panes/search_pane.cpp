#include "ui/panes/search_pane.h"

#include "app/corpus/source_date.h"
#include "app/corpus/wording.h"
#include "app/search/article_search.h"
#include "app/search/search_query.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kHtmlRole = Qt::UserRole + 1;
constexpr int kArticleRole = Qt::UserRole + 2;
constexpr int kStartRole = Qt::UserRole + 3;
constexpr int kEndRole = Qt::UserRole + 4;
constexpr int kMoreRole = Qt::UserRole + 5; // the last row, when more hits follow

// Draws a hit's rich text (the source in bold-free small caps of its own, the match in bold) in
// the item's palette, selected or not.
class HitDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setHtml(index.data(kHtmlRole).toString());
        doc.setTextWidth(opt.rect.width() - 8);
        doc.setDefaultFont(opt.font);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        const bool selected = opt.state & QStyle::State_Selected;
        context.palette.setColor(
            QPalette::Text,
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(4, 2));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument doc;
        doc.setHtml(index.data(kHtmlRole).toString());
        doc.setDefaultFont(option.font);
        doc.setTextWidth(std::max(200, option.rect.width() - 8));
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4);
    }
};

} // namespace

SearchPane::SearchPane(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_hits(new QListWidget(this))
{
    m_query->setPlaceholderText(tr("Search the articles: words, \"a phrase\", abstain*"));
    m_query->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_hits->setItemDelegate(new HitDelegate(m_hits));
    m_hits->setWordWrap(true);
    m_hits->setAlternatingRowColors(true);
    m_hits->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_message);
    layout->addWidget(m_hits, 1);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_hits, &QListWidget::itemActivated, this, &SearchPane::open);
    connect(m_hits, &QListWidget::itemClicked, this, &SearchPane::open);
    setFocusProxy(m_query);
}

SearchPane::~SearchPane() = default;

void SearchPane::setDocument(DocumentModelPtr document)
{
    m_document = std::move(document);
    // A snapshot of the same articles (a claim coded, the claims filtered) keeps the index made,
    // or being made: a big library is not indexed again for what was said of its articles.
    if (!m_search || !m_search->adopt(m_document)) {
        m_search.reset();
        ++m_snapshots;
        m_waitingForIndex = false;
    }
    // The same query over the new snapshot; the keyboard stays where the user has it.
    if (!m_query->text().trimmed().isEmpty())
        listHits(m_query->text(), false);
}

void SearchPane::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

QString SearchPane::message() const
{
    return m_message->text();
}

void SearchPane::search(const QString &query)
{
    if (m_query->text() != query)
        m_query->setText(query); // the field says what the hits answer
    listHits(query, true);
}

void SearchPane::listHits(const QString &query, bool focusHits)
{
    m_hits->clear();
    ++m_listShown;
    m_shownQuery = query;
    m_articlesShown.clear();
    if (!m_document)
        return;
    showPage();
    if (m_hits->count() > 0) {
        m_hits->setCurrentRow(0);
        if (focusHits) // Enter now opens the first hit; Up and Down move
            m_hits->setFocus(Qt::OtherFocusReason);
    }
}

// The next page of hits of the query shown, after those listed.
void SearchPane::showPage()
{
    if (!m_search) {
        // A big library's index takes seconds: made on a worker thread, the hits listed after.
        const bool big = m_document->articles.size() >= m_indexInBackgroundFrom;
        m_search = std::make_unique<ArticleSearch>(
            m_document, big ? ArticleSearch::Index::InBackground : ArticleSearch::Index::Now);
        if (big) {
            auto *watcher = new QFutureWatcher<QString>(this);
            connect(watcher, &QFutureWatcherBase::finished, this,
                    [this, watcher, snapshot = m_snapshots] {
                        watcher->deleteLater();
                        if (snapshot != m_snapshots || !m_waitingForIndex)
                            return; // another snapshot's search since
                        m_waitingForIndex = false;
                        // The hits take the keyboard only from one still waiting for them,
                        // not from one typing another query.
                        listHits(m_shownQuery,
                                 m_query->hasFocus() && m_query->text() == m_shownQuery);
                    });
            watcher->setFuture(m_search->indexing());
        }
    }
    if (!m_search->isReady()) {
        if (const SearchQuery query = SearchQuery::parse(m_shownQuery); !query.isValid()) {
            m_message->setText(query.error); // said at once, not once the index is made
            return;
        }
        m_waitingForIndex = true;
        m_message->setText(
            tr("Making the search index of %1 (the window can be used meanwhile); "
               "the hits follow.")
                .arg(Wording::counted(m_document->articles.size(), tr("article"), tr("articles"))));
        return;
    }
    if (m_hits->count() > 0 && m_hits->item(m_hits->count() - 1)->data(kMoreRole).toBool())
        delete m_hits->takeItem(m_hits->count() - 1);
    const int from = m_hits->count();
    const SearchResult result = m_search->find(m_shownQuery, ArticleSearch::kPageSize, from);
    if (!result.error.isEmpty()) {
        m_message->setText(result.error);
        return;
    }
    for (const SearchHit &hit : result.hits) {
        const Article *article = m_document->article(hit.article);
        if (!article)
            continue;
        m_articlesShown.insert(hit.article);
        const QString date = SourceDate::ofArticle(article->meta).text();
        auto *item = new QListWidgetItem(m_hits);
        item->setText(article->label() + QStringLiteral(": ") + hit.snippet); // for keyboard search
        item->setData(kHtmlRole, QStringLiteral("<small>%1%2</small><br>%3")
                                     .arg(article->label().toHtmlEscaped(),
                                          date.isEmpty() ? QString() : QStringLiteral(" · ") + date,
                                          hit.snippetHtml));
        item->setData(kArticleRole, hit.article);
        item->setData(kStartRole, hit.span.start);
        item->setData(kEndRole, hit.span.end);
        item->setToolTip(article->meta.title);
    }
    const QString found =
        tr("%1 in %2")
            .arg(Wording::counted(m_hits->count(), tr("hit"), tr("hits")),
                 Wording::counted(m_articlesShown.size(), tr("article"), tr("articles")));
    if (result.more) {
        auto *more = new QListWidgetItem(m_hits);
        const QString text = tr("Show the next %1 hits…").arg(ArticleSearch::kPageSize);
        more->setText(text);
        more->setData(kHtmlRole, QStringLiteral("<i>%1</i>").arg(text.toHtmlEscaped()));
        more->setData(kMoreRole, true);
        m_message->setText(tr("The first %1, the best matches first; Enter or a click opens the "
                              "source there.")
                               .arg(found));
    } else {
        m_message->setText(m_hits->count() == 0
                               ? tr("No article has all of these words.")
                               : tr("%1; Enter or a click opens the source there.").arg(found));
    }
}

void SearchPane::open(QListWidgetItem *item)
{
    if (!item)
        return;
    if (item->data(kMoreRole).toBool()) {
        // Later: a click may be told both as a click and as an activation, and the row goes.
        if (m_pagePending)
            return;
        m_pagePending = true;
        QTimer::singleShot(0, this, [this, list = m_listShown] {
            m_pagePending = false;
            if (list != m_listShown)
                return; // another search (or snapshot) has listed its hits since
            const int next = m_hits->count() - 1;
            showPage();
            if (next >= 0 && next < m_hits->count()) {
                m_hits->setCurrentRow(next); // the first hit of the new page
                m_hits->scrollToItem(m_hits->item(next));
            }
        });
        return;
    }
    Q_EMIT spanRequested({item->data(kArticleRole).toString(), item->data(kStartRole).toLongLong(),
                          item->data(kEndRole).toLongLong()});
}
