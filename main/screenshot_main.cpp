// pe-screenshot: renders the main window in a few states (each tab) to PNG files, for the README
// and for looking at the window as a user would. Usage: pe-screenshot OUT_DIR [WIDTHxHEIGHT] [dark]
#include "app/charts/chart_marks.h"
#include "app/export/save_file.h"
#include "app/models/model_roles.h"
#include "app/models/position_model.h"
#include "ui/charts/chart_card.h"
#include "ui/charts/charts_pane.h"
#include "ui/coding/claim_store.h"
#include "ui/coding/code_claim_dialog.h"
#include "ui/coding_controller.h"
#include "ui/compare/comparison_view.h"
#include "ui/main_window.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/positions_pane.h"
#include "ui/panes/search_pane.h"
#include "ui/panes/source_viewer.h"
#include "ui/panes/sources_pane.h"
#include "ui/panes/timeline_pane.h"
#include "ui/style/text_rendering.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(MainWindow &window, const QString &path)
{
    settle();
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    QString error;
    const bool ok = window.grab().save(&png, "PNG") && SaveFile::write(path, png.data(), &error);
    QTextStream(ok ? stdout : stderr) << (ok ? "wrote " : "cannot write ") << path << Qt::endl;
    return ok;
}

void openFirstClaim(MainWindow &window, const QString &dimension)
{
    QTreeView *view = window.positions()->view();
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex position = model->index(r, 0);
        if (position.data(ModelRoles::DimensionRole).toString() != dimension)
            continue;
        view->expand(position);
        const QModelIndex claim = model->index(0, PositionModel::ValueColumn, position);
        view->setCurrentIndex(claim);
        Q_EMIT view->clicked(claim);
        return;
    }
}

// Coding: the words of a sentence selected in the source viewer with Code Selection open over
// the window; then the positions with the claim recorded (another value than the sources').
bool saveCoding(MainWindow &window, const QString &outDir, const QString &suffix)
{
    const DocumentModelPtr document = window.document();
    const QString article = QStringLiteral("gfsis-50-post-soviet");
    const QString words = QStringLiteral("Georgia also submitted an application on the same day.");
    const Article *a = document->article(article);
    if (!a || a->text.toString().indexOf(words) < 0)
        return false;
    const TextSpan span{a->text.toString().indexOf(words),
                        a->text.toString().indexOf(words) + words.size()};
    window.countryList()->selectCountry(QStringLiteral("GEO"));
    window.tabs()->setCurrentWidget(window.positions());
    window.sourceViewer()->showSpan({article, span.start, span.end});
    Claim claim;
    claim.article = article;
    claim.span = span;
    claim.quote = words;
    claim.country = CodingController::countryNamedIn(*document, article, span, {});
    claim.dimension = QStringLiteral("eu_application");
    claim.value = QStringLiteral("no");
    claim.note = QStringLiteral("\"the same day\": which day? Check against Belarus Digest");
    {
        CodeClaimDialog dialog(*document, claim, false, &window);
        dialog.show();
        settle();
        QPixmap shot = window.grab();
        QPainter painter(&shot);
        const QPixmap form = dialog.grab();
        painter.drawPixmap((shot.width() - form.width()) / 2, (shot.height() - form.height()) / 3,
                           form);
        painter.end();
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        QString error;
        const QString path =
            QDir(outDir).filePath(QStringLiteral("window-coding%1.png").arg(suffix));
        if (!shot.save(&png, "PNG") || !SaveFile::write(path, png.data(), &error))
            return false;
        QTextStream(stdout) << "wrote " << path << Qt::endl;
    }
    claim.coder = QStringLiteral("Ana");
    window.coding()->store()->add({claim, a->sha256, {}});
    openFirstClaim(window, QStringLiteral("eu_application"));
    return save(window, QDir(outDir).filePath(QStringLiteral("window-coded%1.png").arg(suffix)));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: pe-screenshot OUT_DIR [WIDTHxHEIGHT] [dark]" << Qt::endl;
        return 2;
    }
    const QString outDir = args.at(1);
    QSize size(1280, 800);
    if (args.size() > 2) {
        const QStringList wh = args.at(2).split(QLatin1Char('x'));
        if (wh.size() == 2)
            size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    const bool dark = args.contains(QStringLiteral("dark"));
    const QString suffix =
        (dark ? QStringLiteral("-dark") : QString()) +
        (size == QSize(1280, 800) ? QString()
                                  : QStringLiteral("-%1x%2").arg(size.width()).arg(size.height()));
    QDir().mkpath(outDir);
    TextRendering::install();
    Theme::apply(dark ? Theme::Kind::Dark : Theme::Kind::Light);

    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    // A library of its own, empty until the coding shots record a claim in it.
    settings.setValue(CodingController::coderKey(), QStringLiteral("Ana"));
    MainWindow window(
        CorpusOptions(true, {}, settingsDir.filePath(QStringLiteral("library.sqlite"))), &settings);
    window.resize(size);
    window.show();
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::documentLoaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();

    window.countryList()->selectCountry(QStringLiteral("BLR"));
    bool ok = save(window, QDir(outDir).filePath(QStringLiteral("window%1.png").arg(suffix)));

    window.countryList()->selectCountry(QStringLiteral("KAZ"));
    window.tabs()->setCurrentIndex(0);
    openFirstClaim(window, QStringLiteral("unga_es11_1"));
    ok = save(window,
              QDir(outDir).filePath(QStringLiteral("window-kazakhstan-claim%1.png").arg(suffix))) &&
         ok;

    window.tabs()->setCurrentWidget(window.timeline());
    ok = save(window, QDir(outDir).filePath(QStringLiteral("window-timeline%1.png").arg(suffix))) &&
         ok;
    window.tabs()->setCurrentWidget(window.sources());
    ok = save(window, QDir(outDir).filePath(QStringLiteral("window-sources%1.png").arg(suffix))) &&
         ok;

    window.charts()->setCountries({QStringLiteral("KAZ"), QStringLiteral("BLR")});
    window.charts()->setChart(QStringLiteral("unga-votes"));
    window.tabs()->setCurrentWidget(window.charts());
    ok = save(window, QDir(outDir).filePath(QStringLiteral("window-charts%1.png").arg(suffix))) &&
         ok;
    // The evidence behind Kazakhstan's contested 2 March vote, as a click on its bar opens it.
    for (const ChartMark &mark : ChartMarks::all(window.charts()->data())) {
        if (mark.category == QLatin1String("Kazakhstan") &&
            mark.seriesName.contains(QLatin1String("disagree")))
            window.charts()->card()->showMarkEvidence(mark.series, mark.index);
    }
    ok = save(window,
              QDir(outDir).filePath(QStringLiteral("window-chart-evidence%1.png").arg(suffix))) &&
         ok;
    window.charts()->card()->hideEvidence();

    window.countryList()->selectCountry(QStringLiteral("BLR"));
    window.comparison()->setCountries(
        {QStringLiteral("BLR"), QStringLiteral("KAZ"), QStringLiteral("ARM")});
    window.tabs()->setCurrentWidget(window.comparison());
    ok = save(window, QDir(outDir).filePath(QStringLiteral("window-compare%1.png").arg(suffix))) &&
         ok;

    // Search Articles, as Ctrl+Shift+F opens it, after a phrase was searched for.
    window.countryList()->selectCountry(QStringLiteral("KAZ"));
    window.tabs()->setCurrentWidget(window.positions());
    window.searchDock()->show();
    window.searchDock()->raise();
    window.search()->queryField()->setText(QStringLiteral("\"did not take part\""));
    window.search()->search(window.search()->queryField()->text());
    ok = save(window, QDir(outDir).filePath(QStringLiteral("window-search%1.png").arg(suffix))) &&
         ok;
    window.searchDock()->hide();
    ok = saveCoding(window, outDir, suffix) && ok;
    return ok ? 0 : 1;
}
