// ui: the main window's coding — the source viewer's Code Selection…, the evidence's Edit and
// Remove Claim, and the snapshot made again when the claims or the filter change.
#include "ui/main_window.h"

#include "app/model/document_loader.h"
#include "app/model/document_model_builder.h"
#include "ui/coding/claim_store.h"
#include "ui/coding_controller.h"
#include "ui/library_controller.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/evidence_view.h"
#include "ui/panes/positions_pane.h"
#include "ui/panes/source_viewer.h"

#include <QStatusBar>

void MainWindow::connectCoding()
{
    connect(m_viewer, &SourceViewer::codeRequested, this,
            [this](const QString &article, const TextSpan &span) {
                m_coding->codeSelection(article, span, m_countries->currentCountry());
            });
    connectEvidence(m_positions->evidence()); // the timeline's and the chart's when made
    connect(m_positions, &PositionsPane::editClaimRequested, this,
            [this](qint64 id) { editClaim(id); });
    connect(m_positions, &PositionsPane::removeClaimRequested, m_coding,
            &CodingController::removeClaim);
    connect(m_coding, &CodingController::recodeNeeded, this, [this] {
        if (m_document && m_coding->store()->library())
            showRecoded(DocumentModelBuilder::recode(*m_document, *m_coding->store()->library()));
    });
    connect(m_coding, &CodingController::filterChanged, this, [this] {
        m_loader->setClaimFilter(m_coding->filter());
        if (m_document)
            showRecoded(DocumentModelBuilder::withFilter(*m_document, m_coding->filter()));
    });
    connect(m_coding, &CodingController::libraryMade, m_library, &LibraryController::openLibrary);
    connect(m_coding, &CodingController::message, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::connectEvidence(EvidenceView *view)
{
    connect(view, &EvidenceView::editClaimRequested, this, [this](qint64 id) { editClaim(id); });
    connect(view, &EvidenceView::removeClaimRequested, m_coding, &CodingController::removeClaim);
}

void MainWindow::editClaim(qint64 id)
{
    m_coding->editClaim(id, m_viewer->currentArticle(), m_viewer->selectedSpan());
}

void MainWindow::showRecoded(DocumentModelPtr document)
{
    m_pendingCountry = m_countries->currentCountry();
    m_pendingSelection = m_countries->selectedCountries();
    setDocument(std::move(document));
}
