#include "ui/main_window.h"

#include "app/compare/comparison.h"
#include "app/corpus/wording.h"
#include "app/export/model_json_writer.h"
#include "app/library/library_import_job.h"
#include "app/model/document_loader.h"
#include "app/model/shaped_text.h"
#include "ui/charts/charts_pane.h"
#include "ui/coding_controller.h"
#include "ui/compare/comparison_view.h"
#include "ui/library_controller.h"
#include "ui/panes/country_header.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/load_progress.h"
#include "ui/panes/positions_pane.h"
#include "ui/panes/problems_pane.h"
#include "ui/panes/search_pane.h"
#include "ui/panes/source_viewer.h"
#include "ui/panes/sources_pane.h"
#include "ui/panes/timeline_pane.h"
#include "ui/settings_check.h"
#include "ui/style/elided_label.h"
#include "ui/style/text_rendering.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

MainWindow::MainWindow(const CorpusOptions &corpus, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_loader(new DocumentLoader(this))
    , m_library(new LibraryController(settings, this))
    , m_coding(new CodingController(settings, this))
{
    if (const auto problem = SettingsCheck::check(*m_settings)) {
        m_startupProblems.append(*problem);
        statusBar()->showMessage(problem->message, 10000);
    }
    startLoading(corpus); // a worker thread reads the corpus while the widgets are made
    makePanes();
    followLoading();
    setWindowTitle(tr("Position Explorer"));
    buildLayout();
    buildMenus();
    restoreState();

    connect(m_countries, &CountryListPane::countrySelected, this, &MainWindow::showCountry);
    connect(m_countries, &CountryListPane::selectionChanged, this,
            [this](const QStringList &countries) {
                if (m_charts)
                    m_charts->setCountries(countries);
            });
    connect(m_positions, &PositionsPane::spanRequested, this, &MainWindow::openSpan);
    connect(m_search, &SearchPane::spanRequested, this, &MainWindow::openSpan);
    connect(m_viewer, &SourceViewer::editRequested, this, [this](const QString &id) {
        if (const Article *article = libraryArticle(id))
            m_library->editArticle(*article);
    });
    m_progress->follow(m_library->job());
    connect(m_library->job(), &LibraryImportJob::started, this,
            [this] { m_status->setFullText(tr("Importing…")); });
    connect(m_library->job(), &LibraryImportJob::progress, this, [this](int done, int total) {
        m_status->setFullText(tr("Importing: %1 of %2 files…").arg(done).arg(total));
    });
    connect(m_library, &LibraryController::changed, this, &MainWindow::loadLibrary);
    connect(m_library, &LibraryController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_library, &LibraryController::problemsFound, m_problemsDock, &QWidget::show);
    connect(m_countries, &CountryListPane::compareRequested, this, &MainWindow::compareSelected);
    connect(m_countries, &CountryListPane::compareWithRequested, this, &MainWindow::compareWith);
    // The header speaks of one country; the comparison speaks of several.
    const auto headerForTab = [this] {
        m_header->setVisible(m_tabs->currentIndex() != CompareTab);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, headerForTab);
    headerForTab(); // the tab remembered may be Compare
    connectCoding();
}

MainWindow::~MainWindow() = default;

// Only what a load's end reaches is connected here (it arrives through the event loop, once the
// widgets are made); the status and the progress bar follow the load from followLoading().
void MainWindow::startLoading(const CorpusOptions &corpus)
{
    connect(m_loader, &DocumentLoader::cancelled, this, [this] {
        if (m_document)
            updateStatus();
        statusBar()->showMessage(tr("Loading cancelled; the corpus shown is unchanged"), 5000);
    });
    connect(m_loader, &DocumentLoader::loaded, this, &MainWindow::setDocument);
    m_loader->setClaimFilter(m_coding->filter());
    CorpusOptions options = corpus;
    options.library = m_library->startWith(corpus.library);
    m_loader->load(options);
}

// The status line and the progress bar follow the loads, the one started already included.
void MainWindow::followLoading()
{
    const auto loading = [this] { m_status->setFullText(tr("Loading the corpus…")); };
    connect(m_loader, &DocumentLoader::started, this, loading);
    m_progress->follow(m_loader);
    if (m_loader->isLoading())
        loading();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_savesStateOnClose)
        saveState();
    event->accept();
}

void MainWindow::reload()
{
    loadKeepingSelection(m_loader->options());
}

void MainWindow::loadKeepingSelection(const CorpusOptions &options)
{
    m_pendingCountry = m_countries->currentCountry();
    m_pendingSelection = m_countries->selectedCountries();
    m_loader->load(options);
}

void MainWindow::setDocument(DocumentModelPtr document)
{
    const QString wanted =
        m_pendingCountry.isEmpty() ? m_countries->currentCountry() : m_pendingCountry;
    const QStringList selection = std::exchange(m_pendingSelection, {});
    m_pendingCountry.clear();
    m_document = document;
    const Problems windowProblems = m_startupProblems + m_library->problems();
    // Before any pane lays out the new snapshot's text; the Problems pane lists the window's
    // own problems too.
    TextRendering::setShapingNeeded(ShapedText::modelNeedsShaping(*document) ||
                                    ShapedText::anyProblemNeedsShaping(windowProblems));
    // Every pane gets the new snapshot before any of them is asked to show a country.
    {
        const QSignalBlocker quiet(m_countries);
        m_countries->setDocument(document);
    }
    m_positions->setDocument(document);
    if (m_timeline)
        m_timeline->setDocument(document);
    if (m_sources)
        m_sources->setDocument(document);
    if (m_charts)
        m_charts->setDocument(document);
    if (m_compare)
        m_compare->setDocument(document);
    m_viewer->setDocument(document);
    m_problems->setProblems(windowProblems + document->problems);
    m_library->setLoaded(document);
    m_coding->setDocument(document);
    m_search->setDocument(document);
    if (!document->problems.isEmpty() || !windowProblems.isEmpty())
        m_problemsDock->show();
    // A folder of the corpus that cannot be read is said where the eye is, not only listed.
    for (const Problem &p : document->problems) {
        if (m_loader->options().folders.contains(p.file)) {
            statusBar()->showMessage(tr("%1 (see Problems)").arg(p.toString()), 15000);
            break;
        }
    }
    QString country = wanted;
    if (country.isEmpty() || !document->gazetteer.find(country))
        country = document->countries().isEmpty() ? QString() : document->countries().first()->id;
    if (!country.isEmpty()) {
        const QSignalBlocker quiet(m_countries);
        m_countries->selectCountry(country);
        // A reload (an import, a folder added, another library) keeps every country selected.
        m_countries->addToSelection(selection);
    }
    showCountry(country);
    if (m_charts)
        m_charts->setCountries(m_countries->selectedCountries());
    updateStatus();
    Q_EMIT documentLoaded();
}

void MainWindow::showCountry(const QString &iso)
{
    if (!m_document)
        return;
    m_shownCountry = iso;
    m_header->show(*m_document, iso);
    m_positions->setCountry(iso);
    if (m_timeline)
        m_timeline->setCountry(iso);
    if (m_sources)
        m_sources->setCountry(iso);
    m_viewer->setCountry(iso);
}

void MainWindow::compareSelected()
{
    ComparisonView *compare = comparison();
    QStringList selected = m_countries->selectedCountries();
    if (selected.size() > Comparison::MaxCountries) {
        statusBar()->showMessage(
            tr("Four countries are compared at most: the first four selected are shown."), 8000);
        selected = selected.mid(0, Comparison::MaxCountries);
    }
    if (selected.size() >= Comparison::MinCountries)
        compare->setCountries(selected);
    else if (compare->countries().isEmpty() && !m_countries->currentCountry().isEmpty())
        compare->setCountries({m_countries->currentCountry()});
    m_tabs->setCurrentWidget(compare);
    if (compare->countries().size() < Comparison::MinCountries)
        compare->focusPicker();
    else
        compare->table()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::compareWith(const QString &iso)
{
    ComparisonView *compare = comparison();
    QStringList countries = compare->countries();
    if (!countries.contains(iso)) {
        if (countries.size() < Comparison::MaxCountries) {
            countries.append(iso); // nothing the user compared is dropped
        } else {
            statusBar()->showMessage(
                tr("Four countries were compared: a new comparison starts from this one."), 8000);
            countries = {iso};
        }
        compare->setCountries(countries);
    }
    m_tabs->setCurrentWidget(compare);
    compare->focusPicker();
}

void MainWindow::openSpan(const SpanLink &link)
{
    m_viewerDock->show();
    m_viewerDock->raise();
    m_viewer->showSpan(link);
}

void MainWindow::addCorpusFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder of Articles"));
    if (folder.isEmpty())
        return;
    CorpusOptions options = m_loader->options();
    if (!options.folders.contains(folder))
        options.folders.append(folder);
    loadKeepingSelection(options);
}

void MainWindow::loadLibrary(const QString &library)
{
    CorpusOptions options = m_loader->options();
    options.library = library;
    loadKeepingSelection(options);
}

void MainWindow::importArticles(const QStringList &paths)
{
    m_library->importArticles(paths);
}

const Article *MainWindow::libraryArticle(const QString &articleId)
{
    const Article *article = m_document ? m_document->article(articleId) : nullptr;
    if (article && article->library.isEmpty()) {
        statusBar()->showMessage(
            tr("%1 is not in the library: built-in articles and those of added folders are "
               "read-only here")
                .arg(article->label()),
            8000);
        return nullptr;
    }
    return article;
}

void MainWindow::exportModel()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Document Model"), QStringLiteral("position-explorer-model.json"),
        tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ModelJsonWriter::write(*m_document, path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Model written to %1").arg(path), 5000);
}

QString MainWindow::statusText() const
{
    return m_status->fullText();
}

void MainWindow::updateStatus()
{
    const DocumentModel &d = *m_document;
    using Wording::counted;
    m_status->setFullText(QStringList{
        counted(d.articles.size(), tr("article"), tr("articles")),
        counted(d.countries().size(), tr("country"), tr("countries")),
        counted(d.events.size(), tr("event"), tr("events")),
        counted(d.conflictCount(), tr("conflict"), tr("conflicts")),
        counted(d.problems.size() + m_startupProblems.size(), tr("problem"), tr("problems"))}
                              .join(QStringLiteral(" · ")));
}
