#include "document_model_builder.h"

#include "codebook/codebook_loader.h"
#include "corpus/boilerplate_rules.h"
#include "extract/event_classifier.h"
#include "positions/position_builder.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace {

void extract(DocumentModel &model, const EventClassifier &classifier) {
    const MentionFinder finder(model.gazetteer);
    const EventExtractor extractor(model.gazetteer, classifier);
    for (const Article &article : model.articles) {
        model.mentions.append(finder.find(article));
        model.events.append(extractor.extract(article, model.mentions.last()));
    }
    std::stable_sort(model.events.begin(), model.events.end(),
                     [](const Event &a, const Event &b) { return a.date.from < b.date.from; });
}

void readClaims(DocumentModel &model, const CorpusOptions &options) {
    const CodebookLoader loader(model.gazetteer, model.articles);
    if (options.builtin)
        model.claims += loader.loadFile(QStringLiteral(":/codebook.json"),
                                        QStringLiteral("codebook.json"), &model.problems);
    for (const QString &folder : options.folders) {
        const QString path = QDir(folder).filePath(QStringLiteral("codebook.json"));
        if (QFileInfo::exists(path))
            model.claims += loader.loadFile(path, path, &model.problems);
    }
}

} // namespace

DocumentModelPtr DocumentModelBuilder::build(const CorpusOptions &options) {
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
