// ui: the main window — the country list beside the selected country's header and panes
// (positions, timeline, sources), the source viewer and problems docks, menus, status bar,
// themes, and the window state remembered in QSettings.
#pragma once

#include "app/corpus/corpus_loader.h"
#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QMainWindow>
#include <QPointer>

class ChartsPane;
class CodingController;
class ComparisonView;
class CountryHeader;
class CountryListPane;
class DocumentLoader;
class LibraryController;
class SearchPane;
class PositionsPane;
class ProblemsPane;
class QDockWidget;
class LoadProgress;
class ElidedLabel;
class EvidenceView;
class LazyTabs;
class UserGuide;
class QLabel;
class QSettings;
class QSplitter;
class QTabWidget;
class SourceViewer;
class SourcesPane;
class TimelinePane;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // settings: where the window state lives (owned by the caller; the app passes its own).
    MainWindow(const CorpusOptions &corpus, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentModelPtr document() const { return m_document; }
    CountryListPane *countryList() const { return m_countries; }
    CountryHeader *header() const { return m_header; }
    PositionsPane *positions() const { return m_positions; }
    // The panes behind the first tab are made when first shown or asked for (these make them).
    TimelinePane *timeline() const;
    ChartsPane *charts() const;
    ComparisonView *comparison() const;
    SourcesPane *sources() const;
    // Every pane made now: Help → Keyboard Shortcuts lists the shortcuts of panes not yet seen.
    void makeEveryPane();
    SourceViewer *sourceViewer() const { return m_viewer; }
    QDockWidget *sourceDock() const { return m_viewerDock; }
    ProblemsPane *problems() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    QTabWidget *tabs() const { return m_tabs; }
    QString statusText() const;
    QString aboutText() const; // Help → About: the version and every article of the corpus

    void reload();
    // Opens the comparison: of the countries selected in the list when there are two or more,
    // else of the countries compared last.
    void compareSelected();
    void compareWith(const QString &iso);
    void saveState();
    // Whether closing the window saves its state (the default). --benchmark-startup turns it
    // off: a measurement leaves the user's settings as they were.
    void setSavesStateOnClose(bool saves) { m_savesStateOnClose = saves; }
    // Imports files and folders into the library (off the UI thread) and reloads with it.
    void importArticles(const QStringList &paths);
    LibraryController *library() const { return m_library; }
    CodingController *coding() const { return m_coding; }
    LoadProgress *progress() const { return m_progress; }
    SearchPane *search() const { return m_search; }
    QDockWidget *searchDock() const { return m_searchDock; }

Q_SIGNALS:
    void documentLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    static constexpr int kTitleBarAllowance = 40; // before the window system gives the frame
    enum Tab { PositionsTab, TimelineTab, SourcesTab, ChartsTab, CompareTab };
    void startLoading(const CorpusOptions &corpus);
    void makePanes();
    void addLazyTabs(); // main_window_panes.cpp: each pane made with what it shows now
    QWidget *makeTimeline();
    QWidget *makeSources();
    QWidget *makeCharts();
    QWidget *makeComparison();
    void connectEvidence(EvidenceView *view); // main_window_coding.cpp: Edit and Remove Claim
    void editClaim(qint64 id);
    void followLoading();
    void buildLayout();
    void buildMenus();
    void connectCoding(); // main_window_coding.cpp
    // A snapshot made from the one shown (coding, a filter): shown keeping the selection.
    void showRecoded(DocumentModelPtr document);
    void fitScreen(); // the first start's size and place: 1280×800 at most, on screen
    void restoreState();
    void setDocument(DocumentModelPtr document);
    void showCountry(const QString &iso);
    void openSpan(const SpanLink &link);
    void addCorpusFolder();
    void loadLibrary(const QString &library);
    void loadKeepingSelection(const CorpusOptions &options);
    // F2 and Delete on an article: only the library's can be edited or removed.
    const Article *libraryArticle(const QString &articleId);
    void exportModel();
    void showAbout();
    void updateStatus();

    QSettings *m_settings;
    // Made first: the corpus is read on a worker thread while the widgets below are made.
    DocumentLoader *m_loader;
    LibraryController *m_library;
    CodingController *m_coding;
    Problems m_startupProblems; // met before any corpus was read (the settings file)
    DocumentModelPtr m_document;
    QString m_pendingCountry;
    QStringList m_pendingSelection; // the countries selected when a reload was asked for
    CountryListPane *m_countries = nullptr;
    CountryHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    LazyTabs *m_lazyTabs = nullptr;
    PositionsPane *m_positions = nullptr;
    // Null until their tab is first shown or the pane asked for.
    TimelinePane *m_timeline = nullptr;
    SourcesPane *m_sources = nullptr;
    ChartsPane *m_charts = nullptr;
    ComparisonView *m_compare = nullptr;
    QString m_shownCountry;
    QString m_rememberedChart; // the chart shown when the window closed, until Charts is made
    bool m_savesStateOnClose = true;
    SourceViewer *m_viewer = nullptr;
    QDockWidget *m_viewerDock = nullptr;
    ProblemsPane *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QSplitter *m_splitter = nullptr;
    ElidedLabel *m_status = nullptr;
    LoadProgress *m_progress = nullptr;
    SearchPane *m_search = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QPointer<UserGuide> m_guide; // Help → User Guide, while it is open
};
