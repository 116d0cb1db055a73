// MainWindow's menus: File, Edit, View and Help, with their shortcuts (Help → Keyboard
// Shortcuts reads them back from the actions), and what Help shows.
#include "ui/main_window.h"

#include "ui/charts/charts_pane.h"
#include "ui/coding_controller.h"
#include "ui/compare/comparison_view.h"
#include "ui/help/shortcuts_dialog.h"
#include "ui/help/user_guide.h"
#include "ui/library_controller.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/search_pane.h"
#include "ui/panes/source_viewer.h"
#include "ui/style/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QUndoStack>

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Add Corpus Folder…"), QKeySequence::Open, this,
                    &MainWindow::addCorpusFolder);
    file->addAction(tr("Open &Library…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), m_library,
                    &LibraryController::chooseLibrary);
    file->addAction(tr("&Import Articles…"), QKeySequence(Qt::CTRL | Qt::Key_I), m_library,
                    &LibraryController::chooseArticlesToImport);
    file->addAction(tr("&Reload"), QKeySequence::Refresh, this, &MainWindow::reload);
    file->addSeparator();
    file->addAction(tr("&Export Chart…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        ChartsPane *pane = charts();
        m_tabs->setCurrentWidget(pane);
        pane->exportWithDialog();
    });
    file->addAction(tr("Export &All Charts…"), this, [this] { charts()->exportAll(); });
    file->addAction(tr("&Copy Chart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    [this] { charts()->copyToClipboard(); });
    file->addAction(tr("Export Co&mparison as CSV…"), this,
                    [this] { comparison()->exportCsvWithDialog(); });
    file->addAction(tr("Export &Model as JSON…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                    this, &MainWindow::exportModel);
    file->addAction(tr("Export Claims as Code&book…"), m_coding, &CodingController::exportCodebook);
    file->addAction(tr("Export &Project (REFI-QDA)…"), m_coding, &CodingController::exportProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_coding->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_coding->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Search Articles…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                    [this] {
                        m_searchDock->show();
                        m_searchDock->raise();
                        m_search->focusQuery();
                    });
    edit->addAction(tr("&Find Country"), QKeySequence::Find, m_countries,
                    &CountryListPane::focusFilter);

    m_coding->fillMenu(menuBar()->addMenu(tr("&Coding")), m_viewer->codeAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Compare Countries"), QKeySequence(Qt::CTRL | Qt::Key_K), this,
                    &MainWindow::compareSelected);
    view->addSeparator();
    view->addAction(m_viewerDock->toggleViewAction());
    view->addAction(m_problemsDock->toggleViewAction());
    m_viewerDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_problemsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    auto *themes = new QActionGroup(this);
    for (const Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark}) {
        QAction *action =
            view->addAction(kind == Theme::Kind::Light ? tr("&Light Theme") : tr("&Dark Theme"));
        action->setCheckable(true);
        action->setChecked(Theme::kindOf(palette()) == kind);
        action->setData(Theme::name(kind));
        themes->addAction(action);
        // Every pane follows the palette; the charts draw themselves again in it.
        connect(action, &QAction::triggered, this, [kind] { Theme::apply(kind); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, [this] {
        // One guide, brought to the front again; not modal, so the window stays usable.
        if (!m_guide) {
            m_guide = new UserGuide(this);
            m_guide->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_guide->show();
        m_guide->raise();
        m_guide->activateWindow();
    });
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        makeEveryPane(); // their shortcuts are their actions'
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About Position Explorer"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString MainWindow::aboutText() const
{
    QString sources;
    if (m_document) {
        for (const Article &a : m_document->articles) {
            // Who published it (or the file it came from), its title, its author: those it has.
            QStringList parts{
                (a.meta.publisher.isEmpty() ? a.shownPath() : a.meta.publisher).toHtmlEscaped()};
            if (!a.meta.title.isEmpty())
                parts.append(QStringLiteral("<i>%1</i>").arg(a.meta.title.toHtmlEscaped()));
            QString line = parts.join(QStringLiteral(" — "));
            if (!a.meta.author.isEmpty())
                line += QStringLiteral(", ") + a.meta.author.toHtmlEscaped();
            sources += QStringLiteral("<li>%1</li>").arg(line);
        }
    }
    return tr("<h3>Position Explorer %1</h3><p>How the post-Soviet states positioned themselves "
              "on Russia's 2022 invasion of Ukraine. Every fact shown is traced to a span of "
              "its source article.</p><p>Sources:</p><ul>%2</ul>")
        .arg(QStringLiteral(PE_VERSION), sources);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Position Explorer"), aboutText());
}
