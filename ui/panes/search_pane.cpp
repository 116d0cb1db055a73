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
constexpr int kArticleRole = SearchPane::kHitArticleRole;
constexpr int kStartRole = SearchPane::kHitStartRole;
constexpr int kEndRole = Qt::UserRole + 4;
constexpr int kMoreRole = Qt::UserRole + 5; // the last row, when more hits follow
// A row after an article's hits listed, when it holds more: the article, the index of its next
// hit, how many are left.
constexpr int kArticleMoreRole = Qt::UserRole + 6;
constexpr int kArticleFromRole = Qt::UserRole + 7;
constexpr int kArticleLeftRole = Qt::UserRole + 8;

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
    m_query->setPlaceholderText(
        tr("Search the articles: words, \"a phrase\", abstain*, A OR B, NOT word"));
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
    // The same query over the new snapshot; the keyboard stays where the user has it. With no
    // query, hits of the old snapshot are not left to be opened (or paged) in the new one.
    if (!m_query->text().trimmed().isEmpty()) {
        listHits(m_query->text(), false);
    } else if (!m_search) {
        m_hits->clear();
        ++m_listShown;
        m_message->clear();
    }
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
    m_pageHitsListed = 0;
    m_hitsListed = 0;
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
    const SearchResult result =
        m_search->find(m_shownQuery, ArticleSearch::kPageSize, m_pageHitsListed);
    if (!result.error.isEmpty()) {
        m_message->setText(result.error);
        return;
    }
    for (const SearchHit &hit : result.hits) {
        ++m_pageHitsListed;
        if (!addHit(hit, m_hits->count()))
            continue;
        if (hit.moreInArticle > 0)
            addArticleMore(hit.article, ArticleSearch::kHitsPerArticle, hit.moreInArticle,
                           m_hits->count());
    }
    const QString found = foundText();
    if (result.more) {
        auto *more = new QListWidgetItem(m_hits);
        const QString text = tr("Show the next %1 hits…").arg(ArticleSearch::kPageSize);
        more->setText(text);
        more->setData(kHtmlRole, QStringLiteral("<i>%1</i>").arg(text.toHtmlEscaped()));
        more->setData(kMoreRole, true);
        m_message->setText(tr("The first %1, the best matches first (at most %2 of an article "
                              "until asked); Enter or a click opens the source there.")
                               .arg(found)
                               .arg(ArticleSearch::kHitsPerArticle));
    } else {
        m_message->setText(m_hitsListed == 0
                               ? tr("No article matches the query.")
                               : tr("%1; Enter or a click opens the source there.").arg(found));
    }
}

bool SearchPane::addHit(const SearchHit &hit, int row)
{
    const Article *article = m_document->article(hit.article);
    if (!article)
        return false;
    m_articlesShown.insert(hit.article);
    ++m_hitsListed;
    const QString date = SourceDate::ofArticle(article->meta).text();
    auto *item = new QListWidgetItem;
    item->setText(article->label() + QStringLiteral(": ") + hit.snippet); // for keyboard search
    item->setData(kHtmlRole, QStringLiteral("<small>%1%2</small><br>%3")
                                 .arg(article->label().toHtmlEscaped(),
                                      date.isEmpty() ? QString() : QStringLiteral(" · ") + date,
                                      hit.snippetHtml));
    item->setData(kArticleRole, hit.article);
    item->setData(kStartRole, hit.span.start);
    item->setData(kEndRole, hit.span.end);
    item->setToolTip(article->meta.title);
    m_hits->insertItem(row, item);
    return true;
}

void SearchPane::addArticleMore(const QString &articleId, int from, int left, int row)
{
    const Article *article = m_document->article(articleId);
    auto *item = new QListWidgetItem;
    const int shown = std::min(left, ArticleSearch::kPageSize);
    const QString name = article ? article->label() : articleId;
    const QString text = shown == 1 ? tr("Show 1 more hit in %1…").arg(name)
                                    : tr("Show %1 more hits in %2…").arg(shown).arg(name);
    const QString count =
        left > ArticleSearch::kPageSize ? tr(" (of %1 left)").arg(left) : QString();
    item->setText(text + count);
    item->setData(kHtmlRole,
                  QStringLiteral("<i>%1</i>").arg(QString(text + count).toHtmlEscaped()));
    item->setData(kArticleMoreRole, articleId);
    item->setData(kArticleFromRole, from);
    item->setData(kArticleLeftRole, left);
    m_hits->insertItem(row, item);
}

// An article's next hits, listed in place of the row that offered them.
QString SearchPane::foundText() const
{
    return tr("%1 in %2")
        .arg(Wording::counted(m_hitsListed, tr("hit"), tr("hits")),
             Wording::counted(m_articlesShown.size(), tr("article"), tr("articles")));
}

void SearchPane::showMoreOf(const QString &article, int from)
{
    // The row that offers them, found again: the list may have changed since it was clicked.
    int row = -1;
    for (int r = 0; r < m_hits->count() && row < 0; ++r) {
        const QListWidgetItem *item = m_hits->item(r);
        if (item->data(kArticleMoreRole).toString() == article &&
            item->data(kArticleFromRole).toInt() == from)
            row = r;
    }
    if (row < 0 || !m_search)
        return;
    const int left = m_hits->item(row)->data(kArticleLeftRole).toInt();
    const SearchResult result =
        m_search->findIn(article, m_shownQuery, ArticleSearch::kPageSize, from);
    if (!result.error.isEmpty() || result.hits.isEmpty())
        return;
    delete m_hits->takeItem(row);
    int at = row;
    for (const SearchHit &hit : result.hits)
        at += addHit(hit, at) ? 1 : 0;
    if (result.more)
        addArticleMore(article, from + int(result.hits.size()), left - int(result.hits.size()), at);
    m_hits->setCurrentRow(row); // the first of them
    m_hits->scrollToItem(m_hits->item(row));
    m_message->setText(tr("%1; Enter or a click opens the source there.").arg(foundText()));
}

void SearchPane::open(QListWidgetItem *item)
{
    if (!item)
        return;
    if (!item->data(kArticleMoreRole).toString().isEmpty()) {
        if (m_pagePending)
            return;
        m_pagePending = true; // (later, as a page is: a click may come twice)
        QTimer::singleShot(0, this,
                           [this, list = m_listShown,
                            article = item->data(kArticleMoreRole).toString(),
                            from = item->data(kArticleFromRole).toInt()] {
                               m_pagePending = false;
                               if (list == m_listShown)
                                   showMoreOf(article, from);
                           });
        return;
    }
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
