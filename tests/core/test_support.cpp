#include "test_support.h"

#include "corpus/boilerplate_rules.h"
#include "corpus/corpus_loader.h"
#include "model/document_model_builder.h"

#include <QFile>

namespace TestSupport {

DocumentModelPtr builtinModel()
{
    static const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions{});
    return model;
}

Article articleFromText(const QString &text, const QString &file)
{
    Problems problems;
    static const BoilerplateRules rules = BoilerplateRules::builtin(&problems);
    return CorpusLoader(rules).makeArticle(text, file, nullptr, false);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

const Position *position(const DocumentModel &model, const char *iso, const char *dimension)
{
    return model.position(QLatin1String(iso), QLatin1String(dimension));
}

QVector<const Event *> eventsIn(const DocumentModel &model, const char *iso, const char *article)
{
    QVector<const Event *> result;
    for (const Event *e : model.eventsOf(QLatin1String(iso))) {
        if (e->article == QLatin1String(article))
            result.append(e);
    }
    return result;
}

} // namespace TestSupport
