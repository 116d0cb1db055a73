#include "app/search/article_search.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {

constexpr qsizetype kContext = 70; // characters of snippet on each side of a hit

bool matches(QStringView text, const SearchWords::Word &word, const QString &wanted, bool prefix)
{
    const QStringView w = text.mid(word.start, word.end - word.start);
    return prefix ? w.startsWith(wanted, Qt::CaseInsensitive)
                  : w.size() == wanted.size() && w.compare(wanted, Qt::CaseInsensitive) == 0;
}

} // namespace

ArticleSearch::ArticleSearch(DocumentModelPtr model)
    : m_model(std::move(model))
    , m_connection(QStringLiteral("search-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    buildIndex(&m_indexError);
}

ArticleSearch::~ArticleSearch()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ArticleSearch::buildIndex(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("search needs Qt's SQLite driver (libqt6sql6-sqlite)");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    QSqlQuery query(db);
    // Words as SearchWords splits them: letters and digits, case folded, accents kept.
    if (!db.open() ||
        !query.exec(QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(article UNINDEXED, "
                                   "body, tokenize = 'unicode61 remove_diacritics 0')"))) {
        *error = QStringLiteral("the search index cannot be made: %1")
                     .arg(query.lastError().isValid() ? query.lastError().text()
                                                      : db.lastError().text());
        return false;
    }
    db.transaction();
    query.prepare(QStringLiteral("INSERT INTO docs (article, body) VALUES (?, ?)"));
    for (const Article &a : m_model->articles) {
        query.addBindValue(a.id);
        query.addBindValue(a.text);
        if (!query.exec()) {
            *error =
                QStringLiteral("the search index cannot be made: %1").arg(query.lastError().text());
            db.rollback();
            return false;
        }
    }
    db.commit();
    return true;
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

SearchHit ArticleSearch::hitAt(const Article &article, const TextSpan &span)
{
    const QString &text = article.text;
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
    if (!m_indexError.isEmpty()) {
        result.error = m_indexError;
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
            for (const TextSpan &span : spansIn(article->text, query)) {
                if (skipped < from) {
                    ++skipped;
                    continue;
                }
                if (result.hits.size() >= limit) {
                    result.more = true;
                    return result;
                }
                result.hits.append(hitAt(*article, span));
            }
        }
        if (read < articles)
            break; // every article found was read
    }
    return result;
}
