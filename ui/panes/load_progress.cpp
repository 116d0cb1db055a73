#include "ui/panes/load_progress.h"

#include "app/library/library_import_job.h"
#include "app/model/document_loader.h"

#include <QAction>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

LoadProgress::LoadProgress(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_escape(new QAction(tr("Stop Loading or Importing"), this))
{
    m_bar->setMaximumWidth(160);
    m_bar->setRange(0, 0);
    m_bar->setFormat(tr("%p%"));
    m_cancel->setText(tr("Cancel"));
    m_escape->setShortcut(QKeySequence(Qt::Key_Escape));
    m_escape->setShortcutContext(Qt::WindowShortcut);
    m_escape->setProperty("shortcutPlace", tr("While loading or importing"));
    addAction(m_escape);
    m_escape->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgress::cancel);
    connect(m_escape, &QAction::triggered, this, &LoadProgress::cancel);
}

void LoadProgress::follow(DocumentLoader *loader)
{
    const auto started = [this, loader] {
        begin(Loading, tr("Stop loading and keep the corpus shown (Esc)"),
              [loader] { loader->cancel(); });
    };
    connect(loader, &DocumentLoader::started, this, started);
    connect(loader, &DocumentLoader::progress, this, &LoadProgress::advance);
    connect(loader, &DocumentLoader::loaded, this, [this] { end(Loading); });
    connect(loader, &DocumentLoader::cancelled, this, [this] { end(Loading); });
    if (loader->isLoading()) // a load started before it was followed
        started();
}

void LoadProgress::follow(LibraryImportJob *job)
{
    connect(job, &LibraryImportJob::started, this, [this, job] {
        begin(Importing,
              tr("Stop importing after the file being read; what is imported stays (Esc)"),
              [job] { job->cancel(); });
    });
    connect(job, &LibraryImportJob::progress, this, &LoadProgress::advance);
    connect(job, &LibraryImportJob::finished, this, [this] { end(Importing); });
}

void LoadProgress::begin(Work work, const QString &what, const std::function<void()> &cancel)
{
    const bool shown = !m_running.isEmpty();
    m_running.removeIf([work](const Running &r) { return r.work == work; });
    m_running.append({work, what, cancel});
    m_cancel->setToolTip(what);
    m_cancel->setEnabled(true);
    m_escape->setEnabled(true);
    if (!shown)
        m_bar->setRange(0, 0); // busy until the work knows how many files there are
    show();
}

void LoadProgress::advance(int done, int total)
{
    if (total <= 0)
        return;
    m_bar->setRange(0, total);
    m_bar->setValue(done);
}

void LoadProgress::end(Work work)
{
    m_running.removeIf([work](const Running &r) { return r.work == work; });
    if (!m_running.isEmpty()) {
        m_cancel->setToolTip(m_running.constLast().what);
        return;
    }
    m_escape->setEnabled(false);
    hide();
}

void LoadProgress::cancel()
{
    if (m_running.isEmpty())
        return;
    m_running.constLast().cancel();
    m_cancel->setEnabled(false); // stopping: the work ends between two files
}
