#include "include_rules.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {

// The core's stages bottom-up: a file includes headers of its own stage or of one below.
const QStringList kCoreStages{
    QStringLiteral("corpus"),  QStringLiteral("extract"),  QStringLiteral("codebook"),
    QStringLiteral("import"),  QStringLiteral("library"),  QStringLiteral("positions"),
    QStringLiteral("model"),   QStringLiteral("evidence"), QStringLiteral("search"),
    QStringLiteral("compare"), QStringLiteral("models"),   QStringLiteral("charts"),
    QStringLiteral("export"),  QStringLiteral("cli")};
// The widgets' folders bottom-up; the files at the top of ui/ (the main window) come last.
const QStringList kUiStages{QStringLiteral("style"),
                            QStringLiteral("panes"),
                            QStringLiteral("charts"),
                            QStringLiteral("compare"),
                            QStringLiteral("coding"),
                            QStringLiteral("help"),
                            QString()};

// Qt modules the core must not use: it has no widgets and does not draw charts.
const QStringList kWidgetModules{QStringLiteral("QtWidgets"), QStringLiteral("QtCharts"),
                                 QStringLiteral("QtSvg"), QStringLiteral("QtSvgWidgets"),
                                 QStringLiteral("QtOpenGLWidgets")};

QString stageOf(const QString &path, const QString &library)
{
    // "app/models/event_model.h" → "models"; "ui/main_window.h" → "" (the top of ui/).
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.first() != library)
        return QStringLiteral("?");
    return parts.size() == 2 ? QString() : parts.at(1);
}

bool isWidgetHeader(const QString &header)
{
    for (const QString &module : kWidgetModules) {
        if (header.startsWith(module + QLatin1Char('/')))
            return true;
    }
    // Bare class headers of those modules: QWidget, QChart, QBarSeries, QSvgGenerator…
    static const QRegularExpression bare(QStringLiteral(
        "^Q(Widget|Application|Dialog|MainWindow|Chart|ChartView|.*Series|.*Axis|BarSet|"
        "PieSlice|Legend|LegendMarker|Svg.*|Abstract(Button|ItemView|ScrollArea)|Label|"
        "Push[A-Z].*|Tool[A-Z].*|Menu|MenuBar|Action|Style|StyledItemDelegate|TableView|"
        "TreeView|ListView|LineEdit|ComboBox|SpinBox|CheckBox|Splitter|Dock[A-Z].*|"
        "Graphics[A-Z].*|Scroll[A-Z].*|Header[A-Z].*|Box[A-Z].*|[HV]BoxLayout|Layout|"
        "FormLayout|GridLayout|Frame|TabWidget|StatusBar|ProgressBar|MessageBox|FileDialog|"
        "TextBrowser|TextEdit|PlainTextEdit)$"));
    return bare.match(header).hasMatch();
}

} // namespace

namespace IncludeRules {

QString wrongWay(const QString &includer, const QString &header, bool angled)
{
    const QString library = includer.section(QLatin1Char('/'), 0, 0);
    if (angled) {
        if (library == QLatin1String("app") && isWidgetHeader(header))
            return QStringLiteral("the core uses no Qt Widgets, Charts or Svg");
        return {};
    }
    const QString target = header.section(QLatin1Char('/'), 0, 0);
    if (!header.contains(QLatin1Char('/')) ||
        (target != QLatin1String("app") && target != QLatin1String("ui") &&
         target != QLatin1String("main")))
        return QStringLiteral("include a project header by its path from the top "
                              "(app/…, ui/… or main/…)");
    if (target == QLatin1String("main") && library != QLatin1String("main"))
        return QStringLiteral("main/ is the executable: nothing includes it");
    if (library == QLatin1String("app")) {
        if (target != QLatin1String("app"))
            return QStringLiteral("the core knows nothing of %1/").arg(target);
        const qsizetype from = kCoreStages.indexOf(stageOf(includer, library));
        const qsizetype to = kCoreStages.indexOf(stageOf(header, target));
        if (from < 0 || to < 0)
            return QStringLiteral("not in a stage of the core");
        if (to > from)
            return QStringLiteral("app/%1 is above app/%2: a stage uses only the stages below it")
                .arg(kCoreStages.at(to), kCoreStages.at(from));
        return {};
    }
    if (library == QLatin1String("ui") && target == QLatin1String("ui")) {
        const qsizetype from = kUiStages.indexOf(stageOf(includer, library));
        const qsizetype to = kUiStages.indexOf(stageOf(header, target));
        if (from < 0 || to < 0)
            return QStringLiteral("not in a folder of ui/");
        if (to > from)
            return QStringLiteral("%1 is above %2 in ui/").arg(header, includer);
    }
    return {};
}

QStringList check(const QString &root)
{
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"));
    QStringList problems;
    for (const QString &folder :
         {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("main")}) {
        QDirIterator it(root + QLatin1Char('/') + folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems.append(relative + QStringLiteral(": cannot be read"));
                continue;
            }
            int line = 0;
            while (!file.atEnd()) {
                const QString text = QString::fromUtf8(file.readLine());
                ++line;
                const auto match = include.match(text);
                if (!match.hasMatch())
                    continue;
                const bool angled = match.captured(1) == QLatin1String("<");
                const QString header = match.captured(2);
                QString why = wrongWay(relative, header, angled);
                if (why.isEmpty() && !angled && !QFile::exists(root + QLatin1Char('/') + header))
                    why = QStringLiteral("no such header");
                if (!why.isEmpty())
                    problems.append(QStringLiteral("%1:%2: #include %3: %4")
                                        .arg(relative)
                                        .arg(line)
                                        .arg(text.trimmed().section(QLatin1Char(' '), 1), why));
            }
        }
    }
    return problems;
}

} // namespace IncludeRules
