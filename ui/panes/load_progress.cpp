#include "ui/panes/load_progress.h"

#include "app/model/document_loader.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QShortcut>
#include <QToolButton>

LoadProgress::LoadProgress(DocumentLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), this))
{
    m_bar->setMaximumWidth(160);
    m_bar->setRange(0, 0);
    m_bar->setFormat(tr("%p%"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading and keep the corpus shown (Esc)"));
    m_escape->setContext(Qt::WindowShortcut);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, m_loader, &DocumentLoader::cancel);
    connect(m_escape, &QShortcut::activated, m_loader, &DocumentLoader::cancel);
    connect(m_loader, &DocumentLoader::started, this, &LoadProgress::begin);
    connect(m_loader, &DocumentLoader::progress, this, &LoadProgress::advance);
    connect(m_loader, &DocumentLoader::loaded, this, &QWidget::hide);
    connect(m_loader, &DocumentLoader::cancelled, this, &QWidget::hide);
}

void LoadProgress::begin()
{
    m_bar->setRange(0, 0); // busy until the loader knows how many files there are
    show();
}

void LoadProgress::advance(int done, int total)
{
    if (total <= 0)
        return;
    m_bar->setRange(0, total);
    m_bar->setValue(done);
}
