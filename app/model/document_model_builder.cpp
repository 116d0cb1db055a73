#include "app/model/document_model_builder.h"

#include "app/codebook/codebook_loader.h"
#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/date_parser.h"
#include "app/corpus/line_numbers.h"
#include "app/extract/event_classifier.h"
#include "app/library/library_import.h"
#include "app/positions/claim_dating.h"
#include "app/positions/position_builder.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// Day-and-month dates are skipped when an article names no year anywhere: say so.
void reportUndatedYears(DocumentModel &model)
{
    for (const Article &a : model.articles) {
        if (a.contextYear() > 0 || DateParser(2000).find(a.text).isEmpty())
            continue;
        model.problems.append({a.shownPath(), 0,
                               QStringLiteral("names dates without a year and no year anywhere; "
                                              "its events are skipped (add a date line such as "
                                              "\"2 March 2022\" or a manifest entry)")});
    }
}

// "February 30" is no date: it is left out of the timeline, and the user told where it is.
void reportImpossibleDates(DocumentModel &model)
{
    for (const Article &a : model.articles) {
        QVector<TextSpan> impossible;
        DateParser(a.contextYear(), a.meta.published).find(a.text, 0, &impossible);
        qsizetype reportedUpTo = -1;
        for (const TextSpan &span : impossible) {
            if (span.start < reportedUpTo)
                continue; // the same words matched in two forms
            reportedUpTo = span.end;
            model.problems.append({a.shownPath(), LineNumbers::at(a.text, span.start),
                                   QStringLiteral("\"%1\" is not a date in the calendar; it is "
                                                  "left out of the timeline")
                                       .arg(a.slice(span).toString())});
        }
    }
}

// Steps `from`..`from + count` of the progress; false when the monitor asked to stop.
bool extract(DocumentModel &model, const EventClassifier &classifier, const LoadMonitor &monitor,
             int from, int count, int total)
{
    reportUndatedYears(model);
    reportImpossibleDates(model);
    const MentionFinder finder(model.gazetteer);
    const EventExtractor extractor(model.gazetteer, classifier);
    const qsizetype articles = model.articles.size();
    for (qsizetype i = 0; i < articles; ++i) {
        if (monitor.shouldStop())
            return false;
        const Article &article = model.articles.at(i);
        model.mentions.append(finder.find(article));
        model.events.append(extractor.extract(article, model.mentions.last()));
        monitor.report(from + int((i + 1) * count / articles), total);
    }
    std::stable_sort(model.events.begin(), model.events.end(),
                     [](const Event &a, const Event &b) { return a.date.from < b.date.from; });
    return true;
}

void readClaims(DocumentModel &model, const CorpusOptions &options)
{
    const CodebookLoader loader(model.gazetteer, model.articles);
    if (options.builtin)
        model.claims += loader.loadFile(QStringLiteral(":/codebook.json"),
                                        QStringLiteral("codebook.json"), &model.problems);
    for (const QString &folder : options.folders) {
        const QString path = QDir(folder).filePath(QStringLiteral("codebook.json"));
        if (!QFileInfo::exists(path))
            continue;
        // A folder's codebook cites its own articles by the ids the folder gives them.
        QHash<QString, QString> ownIds;
        for (const Article &a : model.articles) {
            if (!a.builtin && a.folder == QFileInfo(folder).absoluteFilePath())
                ownIds.insert(a.localId, a.id);
        }
        model.claims += loader.loadFile(path, path, &model.problems, ownIds);
    }
}

// The library's articles join the corpus; one whose text is already loaded is left out.
void addLibrary(DocumentModel &model, const QString &path, const BoilerplateRules &rules)
{
    LibraryDatabase library(path);
    QString error;
    if (!library.open(&error, &model.problems)) {
        model.problems.append({path, 0, error});
        return;
    }
    QSet<QString> ids;
    QSet<QByteArray> texts;
    for (const Article &a : model.articles) {
        ids.insert(a.id);
        texts.insert(a.sha256);
    }
    for (Article &article :
         LibraryImport::articles(library, CorpusLoader(rules), &model.problems)) {
        if (texts.contains(article.sha256)) {
            model.problems.append({article.shownPath(), 0,
                                   QStringLiteral("has the same text as an article already "
                                                  "loaded; it is not loaded twice")});
            continue;
        }
        for (int n = 2; ids.contains(article.id); ++n)
            article.id = article.localId + QLatin1Char('-') + QString::number(n);
        ids.insert(article.id);
        texts.insert(article.sha256);
        model.articles.append(std::move(article));
    }
}

} // namespace

DocumentModelPtr DocumentModelBuilder::build(const CorpusOptions &requested,
                                             const LoadMonitor &monitor)
{
    // The same folder named twice (or by two paths) is read once.
    CorpusOptions options = requested;
    options.folders.clear();
    QStringList seen;
    for (const QString &folder : requested.folders) {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (canonical.isEmpty() || !seen.contains(canonical))
            options.folders.append(folder);
        if (!canonical.isEmpty())
            seen.append(canonical);
    }
    auto model = std::make_shared<DocumentModel>();
    const BoilerplateRules rules = BoilerplateRules::builtin(&model->problems);
    model->gazetteer = Gazetteer::builtin(&model->problems);
    const EventClassifier classifier = EventClassifier::builtin(&model->problems);

    int files = 0;
    LoadMonitor reading = monitor;
    reading.progress = [&](int done, int total) {
        files = total;
        monitor.report(done, 2 * total);
    };
    Corpus corpus = CorpusLoader(rules).load(options, reading);
    if (corpus.cancelled)
        return nullptr;
    model->articles = std::move(corpus.articles);
    model->problems += corpus.problems;
    if (!options.library.isEmpty())
        addLibrary(*model, options.library, rules);

    if (!extract(*model, classifier, monitor, files, files, 2 * files))
        return nullptr;
    readClaims(*model, options);
    ClaimDating::apply(model->claims, model->events, model->articles);

    QStringList countries;
    for (const Entity *e : model->countries())
        countries.append(e->id);
    model->positions = PositionBuilder::build(model->claims, countries);
    return model;
}
