#include "test_support.h"

#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/corpus_loader.h"
#include "app/extract/event_extractor.h"
#include "app/model/document_model_builder.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <utility>

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

QVector<Event> eventsOfArticle(const Article &article)
{
    const auto model = builtinModel();
    Problems problems;
    static const EventClassifier classifier = EventClassifier::builtin(&problems);
    const MentionFinder finder(model->gazetteer);
    return EventExtractor(model->gazetteer, classifier).extract(article, finder.find(article));
}

QVector<Event> eventsOfText(const QString &text)
{
    Article article = articleFromText(text);
    article.meta.year = 2022;
    return eventsOfArticle(article);
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

AppRun runApp(const QStringList &arguments, const QProcessEnvironment &environment)
{
    // The app's default library lives in the user's data folder: the tests give it one of its
    // own, empty, so that no library of the machine's user ever joins their corpus.
    static QTemporaryDir dataHome;
    QProcess process;
    QProcessEnvironment run = QProcessEnvironment::systemEnvironment();
    run.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    run.insert(environment);
    process.setProcessEnvironment(run);
    process.start(QStringLiteral(PE_BINARY), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QVector<QStringList> parseCsv(const QString &text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(std::exchange(field, QString()));
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(std::exchange(field, QString()));
            rows.append(std::exchange(row, QStringList()));
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace TestSupport
