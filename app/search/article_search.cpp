#include "app/search/article_search.h"

#include "app/corpus/own_thread_pool.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

constexpr qsizetype kContext = 70; // characters of snippet on each side of a hit

bool matches(QStringView text, const SearchWords::Word &word, const QString &wanted, bool prefix)
{
    const QStringView w = text.mid(word.start, word.end - word.start);
    return prefix ? w.startsWith(wanted, Qt::CaseInsensitive)
                  : w.size() == wanted.size() && w.compare(wanted, Qt::CaseInsensitive) == 0;
}

const QString kDriver = QStringLiteral("QSQLITE");

// One in-memory database per index, reachable from several connections (and threads) by its
// name while one of them is open.
QSqlDatabase openShared(const QString &connection, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, connection);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    db.setDatabaseName(QStringLiteral("file:%1?mode=memory&cache=shared").arg(name));
    db.open();
    return db;
}

QString cannotMake(const QString &why)
{
    return QStringLiteral("the search index cannot be made: %1").arg(why);
}

} // namespace

ArticleSearch::ArticleSearch(DocumentModelPtr model, Index index)
    : m_model(std::move(model))
    , m_connection(QStringLiteral("search-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        m_indexError = QStringLiteral("search needs Qt's SQLite driver (libqt6sql6-sqlite)");
        return;
    }
    // This connection keeps the database for as long as the search lives.
    if (const QSqlDatabase db = openShared(m_connection, m_connection); !db.isOpen()) {
        m_indexError = cannotMake(db.lastError().text());
        return;
    }
    if (index == Index::Now) {
        m_indexError = fillIndex(m_connection, *m_model, *m_stop);
        return;
    }
    m_indexing =
        QtConcurrent::run(indexingPool(), [model = m_model, name = m_connection, stop = m_stop] {
            const QString connection = name + QStringLiteral("-indexing");
            QString error;
            {
                const QSqlDatabase db = openShared(connection, name);
                error = db.isOpen() ? fillIndex(connection, *model, *stop)
                                    : cannotMake(db.lastError().text());
            }
            QSqlDatabase::removeDatabase(connection); // on the thread that made it
            return error;
        });
}

ArticleSearch::~ArticleSearch()
{
    m_stop->store(true); // an index being made stops at its next article
    if (m_indexing.isValid())
        m_indexing.waitForFinished();
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ArticleSearch::adopt(DocumentModelPtr model)
{
    if (!model || !model->articles.isSharedWith(m_model->articles))
        return false;
    m_model = std::move(model);
    return true;
}

QThreadPool *ArticleSearch::indexingPool()
{
    static OwnThreadPool pool(1);
    return pool.get();
}

QString ArticleSearch::fillIndex(const QString &connection, const DocumentModel &model,
                                 const std::atomic<bool> &stop)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery query(db);
    // Words as SearchWords splits them: letters and digits, case folded, accents kept.
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(article UNINDEXED, "
                                   "body, tokenize = 'unicode61 remove_diacritics 0')")))
        return cannotMake(query.lastError().text());
    if (!db.transaction())
        return cannotMake(db.lastError().text());
    query.prepare(QStringLiteral("INSERT INTO docs (article, body) VALUES (?, ?)"));
    for (const Article &a : model.articles) {
        if (stop.load()) {
            db.rollback();
            return QStringLiteral("stopped");
        }
        query.addBindValue(a.id);
        query.addBindValue(a.text.toString());
        if (!query.exec()) {
            const QString error = cannotMake(query.lastError().text());
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        const QString error = cannotMake(db.lastError().text());
        db.rollback();
        return error;
    }
    return {};
}

QString ArticleSearch::indexError() const
{
    if (!m_indexError.isEmpty() || !m_indexing.isValid())
        return m_indexError;
    return m_indexing.isFinished() ? m_indexing.result()
                                   : QStringLiteral("the search index is still being made");
}

QVector<TextSpan> ArticleSearch::spansIn(const QString &text, const SearchQuery &query)
{
    const QVector<SearchWords::Word> words = SearchWords::places(text);
    QVector<TextSpan> spans;
    for (const SearchTerm &term : query.terms) {
        const qsizetype n = term.words.size();
        for (qsizetype i = 0; i + n <= words.size(); ++i) {
            bool found = true;
            for (qsizetype k = 0; k < n && found; ++k)
                found = matches(text, words.at(i + k), term.words.at(k), term.prefix && k == n - 1);
            if (found)
                spans.append({words.at(i).start, words.at(i + n - 1).end});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const TextSpan &a, const TextSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    return spans;
}

SearchHit ArticleSearch::hitAt(const Article &article, const QString &text, const TextSpan &span)
{
    qsizetype from = std::max<qsizetype>(0, span.start - kContext);
    qsizetype to = std::min<qsizetype>(text.size(), span.end + kContext);
    while (from > 0 && !text.at(from - 1).isSpace() && span.start - from < kContext + 20)
        --from;
    while (to < text.size() && !text.at(to).isSpace() && to - span.end < kContext + 20)
        ++to;
    const QString before = text.mid(from, span.start - from).simplified();
    const QString match = text.mid(span.start, span.length()).simplified();
    const QString after = text.mid(span.end, to - span.end).simplified();
    const QString lead = from > 0 ? QStringLiteral("…") : QString();
    const QString tail = to < text.size() ? QStringLiteral("…") : QString();
    const auto spaced = [](const QString &part, bool leading) -> QString {
        if (part.isEmpty())
            return {};
        return leading ? QString(part + QLatin1Char(' ')) : QString(QLatin1Char(' ') + part);
    };
    SearchHit hit;
    hit.article = article.id;
    hit.span = span;
    const bool gapBefore = span.start > 0 && text.at(span.start - 1).isSpace();
    const bool gapAfter = span.end < text.size() && text.at(span.end).isSpace();
    const QString b = gapBefore ? spaced(before, true) : before;
    const QString a = gapAfter ? spaced(after, false) : after;
    hit.snippet = lead + b + match + a + tail;
    hit.snippetHtml = lead + b.toHtmlEscaped() + QStringLiteral("<b>") + match.toHtmlEscaped() +
                      QStringLiteral("</b>") + a.toHtmlEscaped() + tail;
    return hit;
}

SearchResult ArticleSearch::find(const QString &text, int limit, int from) const
{
    SearchResult result;
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid()) {
        result.error = query.error;
        return result;
    }
    if (const QString error = indexError(); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    // FTS5 ranks by "rank" (bm25) while it reads, keeping the best few. An article found
    // nearly always holds a hit, so `from + limit + 1` articles give the page and tell whether
    // more follow; where some held none (the index splits a few words otherwise, "Russia😀"),
    // more articles are asked for until the page is full or none are left. Ties go by the
    // order the articles were indexed in, so pages neither repeat nor skip a hit.
    for (qint64 articles = qint64(from) + limit + 1;; articles *= 2) {
        QSqlQuery select(QSqlDatabase::database(m_connection, false));
        select.prepare(QStringLiteral(
            "SELECT article FROM docs WHERE docs MATCH ? ORDER BY rank, rowid LIMIT ?"));
        select.addBindValue(query.toFts5());
        select.addBindValue(articles);
        if (!select.exec()) {
            result.error = QStringLiteral("the search failed: %1").arg(select.lastError().text());
            return result;
        }
        result.hits.clear();
        qint64 read = 0;
        qsizetype skipped = 0;
        while (select.next()) {
            ++read;
            const Article *article = m_model->article(select.value(0).toString());
            if (!article)
                continue;
            const QString words = article->text.toString();
            const QVector<TextSpan> spans = spansIn(words, query);
            const qsizetype listed = std::min<qsizetype>(spans.size(), kHitsPerArticle);
            for (qsizetype k = 0; k < listed; ++k) {
                if (skipped < from) {
                    ++skipped;
                    continue;
                }
                if (result.hits.size() >= limit) {
                    result.more = true;
                    return result;
                }
                result.hits.append(hitAt(*article, words, spans.at(k)));
                if (k == listed - 1)
                    result.hits.last().moreInArticle = int(spans.size() - listed);
            }
        }
        if (read < articles)
            break; // every article found was read
    }
    return result;
}

SearchResult ArticleSearch::findIn(const QString &article, const QString &text, int limit,
                                   int from) const
{
    SearchResult result;
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid()) {
        result.error = query.error;
        return result;
    }
    const Article *found = m_model->article(article);
    if (!found)
        return result;
    const QString words = found->text.toString();
    const QVector<TextSpan> spans = spansIn(words, query);
    for (qsizetype k = std::max(0, from); k < spans.size(); ++k) {
        if (result.hits.size() >= limit) {
            result.more = true;
            break;
        }
        result.hits.append(hitAt(*found, words, spans.at(k)));
    }
    return result;
}
