#include "document_model_builder.h"

#include "codebook/codebook_loader.h"
#include "corpus/boilerplate_rules.h"
#include "extract/date_parser.h"
#include "extract/event_classifier.h"
#include "positions/position_builder.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace {

// Day-and-month dates are skipped when an article names no year anywhere: say so.
void reportUndatedYears(DocumentModel &model)
{
    for (const Article &a : model.articles) {
        if (a.contextYear() > 0 || DateParser(2000).find(a.text).isEmpty())
            continue;
        model.problems.append({a.builtin ? a.file : QDir(a.folder).filePath(a.file), 0,
                               QStringLiteral("names dates without a year and no year anywhere; "
                                              "its events are skipped (add a date line such as "
                                              "\"2 March 2022\" or a manifest entry)")});
    }
}

void extract(DocumentModel &model, const EventClassifier &classifier)
{
    reportUndatedYears(model);
    const MentionFinder finder(model.gazetteer);
    const EventExtractor extractor(model.gazetteer, classifier);
    for (const Article &article : model.articles) {
        model.mentions.append(finder.find(article));
        model.events.append(extractor.extract(article, model.mentions.last()));
    }
    std::stable_sort(model.events.begin(), model.events.end(),
                     [](const Event &a, const Event &b) { return a.date.from < b.date.from; });
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

} // namespace

DocumentModelPtr DocumentModelBuilder::build(const CorpusOptions &requested)
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

    Corpus corpus = CorpusLoader(rules).load(options);
    model->articles = std::move(corpus.articles);
    model->problems += corpus.problems;

    extract(*model, classifier);
    readClaims(*model, options);

    QStringList countries;
    for (const Entity *e : model->countries())
        countries.append(e->id);
    model->positions = PositionBuilder::build(model->claims, countries);
    return model;
}
