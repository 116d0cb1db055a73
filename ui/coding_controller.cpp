#include "ui/coding_controller.h"

#include "app/export/codebook_json.h"
#include "app/export/qdpx_writer.h"
#include "app/library/library_database.h"
#include "app/model/coded_claims.h"
#include "ui/coding/claim_commands.h"
#include "ui/coding/claim_store.h"
#include "ui/coding/code_claim_dialog.h"
#include "ui/coding/dimension_dialog.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>
#include <QWidget>

CodingController::CodingController(QSettings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_store(new ClaimStore(this))
    , m_undo(new QUndoStack(this))
{
    connect(m_store, &ClaimStore::changed, this, &CodingController::recodeNeeded);
    connect(m_store, &ClaimStore::failed, this,
            [this](const QString &error) { QMessageBox::warning(m_window, tr("Coding"), error); });
}

void CodingController::setDocument(DocumentModelPtr document)
{
    m_document = std::move(document);
    if (m_document->library != m_store->path()) {
        // Another library: what was done in the other one is not undone in this one.
        m_undo->clear();
        QString error;
        if (!m_document->library.isEmpty() && !m_store->open(m_document->library, &error))
            Q_EMIT message(error, 10000);
    }
}

QString CodingController::coder() const
{
    return m_settings->value(coderKey()).toString().trimmed();
}

void CodingController::setCoder(const QString &name)
{
    m_settings->setValue(coderKey(), name.trimmed());
    Q_EMIT filterChanged(); // "yours" and Claims By → Me now name this coder's claims
}

bool CodingController::ensureCoder()
{
    if (!coder().isEmpty())
        return true;
    chooseCoder();
    return !coder().isEmpty();
}

void CodingController::chooseCoder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Coder Name"),
        tr("Your name, as your claims will be signed (kept for the next time):"), QLineEdit::Normal,
        coder(), &ok);
    if (ok && !name.trimmed().isEmpty())
        setCoder(name);
}

ClaimFilter CodingController::filter() const
{
    ClaimFilter f;
    const QString by = m_settings->value(filterKey()).toString();
    f.by = by == QLatin1String("me")        ? ClaimFilter::By::Me
           : by == QLatin1String("curated") ? ClaimFilter::By::Curated
                                            : ClaimFilter::By::Everyone;
    f.me = coder();
    return f;
}

void CodingController::setFilter(ClaimFilter::By by)
{
    m_settings->setValue(filterKey(), by == ClaimFilter::By::Me ? QStringLiteral("me")
                                      : by == ClaimFilter::By::Curated
                                          ? QStringLiteral("curated")
                                          : QStringLiteral("everyone"));
    Q_EMIT filterChanged();
}

QString CodingController::countryNamedIn(const DocumentModel &model, const QString &article,
                                         const TextSpan &span, const QString &current)
{
    const int index = model.articleIndex(article);
    if (index >= 0) {
        for (const Mention &m : model.mentions.at(index)) {
            if (span.contains(m.span) && model.gazetteer.country(m.entity()))
                return m.entity();
        }
    }
    return current;
}

bool CodingController::openStore()
{
    if (!m_store->path().isEmpty())
        return true;
    // No library yet: the default one is made for the window's coding.
    const QString path = LibraryDatabase::defaultPath();
    QString error;
    if (!m_store->open(path, &error)) {
        QMessageBox::warning(m_window, tr("Coding"), error);
        return false;
    }
    Q_EMIT libraryMade(path);
    return true;
}

QString CodingController::describe(const Claim &claim) const
{
    const Entity *country = m_document->gazetteer.find(claim.country);
    return QStringLiteral("%1: %2").arg(
        country ? country->name : claim.country,
        m_document->dimensions.valueLabel(claim.dimension, claim.value));
}

void CodingController::codeSelection(const QString &article, const TextSpan &span,
                                     const QString &current)
{
    // Held while the dialog is open: a load that ends meanwhile replaces m_document.
    const DocumentModelPtr document = m_document;
    const Article *a = document ? document->article(article) : nullptr;
    if (!a || span.length() <= 0 || span.end > a->text.size()) {
        Q_EMIT message(tr("Select the words to code in the source viewer first"), 5000);
        return;
    }
    if (!ensureCoder())
        return;
    Claim claim;
    claim.article = article;
    claim.span = span;
    claim.quote = a->quote(span);
    claim.country = countryNamedIn(*document, article, span, current);
    claim.dimension = m_lastDimension.isEmpty() ? QStringLiteral("stance") : m_lastDimension;
    CodeClaimDialog dialog(*document, claim, false, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    claim = dialog.claim();
    claim.coder = coder();
    if (const QString why = CodedClaims::refusal(claim, *m_document, m_document->everyClaim);
        !why.isEmpty()) {
        QMessageBox::information(m_window, tr("Code Selection"),
                                 tr("The claim was not recorded: %1.").arg(why));
        return;
    }
    if (!openStore())
        return;
    m_lastDimension = claim.dimension;
    m_undo->push(
        new AddClaimCommand(m_store, {claim, a->sha256, {}}, tr("Code “%1”").arg(describe(claim))));
    Q_EMIT message(tr("Coded: %1 (Ctrl+Z undoes it)").arg(describe(claim)), 5000);
}

void CodingController::editClaim(qint64 id, const QString &offeredArticle, const TextSpan &offered)
{
    const std::optional<StoredClaim> before = m_store->find(id);
    const DocumentModelPtr document = m_document; // held while the dialog is open
    if (!before || !document)
        return;
    Claim shown = before->claim;
    for (const Claim &c : document->everyClaim) {
        if (c.id == id)
            shown = c; // with its article's id in this corpus
    }
    CodeClaimDialog dialog(*document, shown, true, m_window);
    if (const Article *a = document->article(offeredArticle);
        a && offered.length() > 0 && offered.end <= a->text.size())
        dialog.offerSpan(offeredArticle, offered, a->quote(offered));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Claim after = dialog.claim();
    if (const QString why = CodedClaims::refusal(after, *m_document, m_document->everyClaim);
        !why.isEmpty()) {
        QMessageBox::information(m_window, tr("Edit Claim"),
                                 tr("The claim was not changed: %1.").arg(why));
        return;
    }
    const Article *article = m_document->article(after.article);
    StoredClaim changed = *before;
    changed.claim = after;
    changed.textSha256 = article ? article->sha256 : before->textSha256;
    m_undo->push(
        new EditClaimCommand(m_store, *before, changed, tr("Edit “%1”").arg(describe(after))));
}

void CodingController::removeClaim(qint64 id)
{
    const std::optional<StoredClaim> claim = m_store->find(id);
    if (!claim)
        return;
    m_undo->push(
        new RemoveClaimCommand(m_store, *claim, tr("Remove “%1”").arg(describe(claim->claim))));
    Q_EMIT message(tr("Claim removed (Ctrl+Z brings it back)"), 5000);
}

void CodingController::newDimension()
{
    const DocumentModelPtr document = m_document; // held while the dialog is open
    if (!document)
        return;
    DimensionDialog dialog(document->dimensions, m_window);
    if (dialog.exec() != QDialog::Accepted || !openStore())
        return;
    m_undo->push(new AddDimensionCommand(m_store, dialog.dimension()));
}

void CodingController::exportCodebook()
{
    if (!m_document)
        return;
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export the Claims as a Codebook"),
                                     QStringLiteral("codebook.json"), tr("Codebook (*.json)"));
    QString error;
    if (path.isEmpty())
        return;
    if (!CodebookJson::write(*m_document, path, {}, &error))
        QMessageBox::warning(m_window, tr("Export failed"), error);
    else
        Q_EMIT message(tr("Codebook written to %1").arg(path), 5000);
}

void CodingController::exportProject()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the Project (REFI-QDA)"),
                                                      QStringLiteral("position-explorer.qdpx"),
                                                      tr("REFI-QDA project (*.qdpx)"));
    QString error;
    if (path.isEmpty())
        return;
    if (!QdpxWriter::write(*m_document, path, &error))
        QMessageBox::warning(m_window, tr("Export failed"), error);
    else
        Q_EMIT message(tr("Project written to %1").arg(path), 5000);
}

void CodingController::fillMenu(QMenu *menu, QAction *codeSelection)
{
    menu->addAction(codeSelection);
    menu->addAction(tr("&New Dimension…"), this, &CodingController::newDimension);
    menu->addSeparator();
    QMenu *by = menu->addMenu(tr("Claims &By"));
    auto *group = new QActionGroup(this);
    const QList<QPair<QString, ClaimFilter::By>> choices{
        {tr("&Everyone"), ClaimFilter::By::Everyone},
        {tr("&Me"), ClaimFilter::By::Me},
        {tr("&Curated Codebook"), ClaimFilter::By::Curated}};
    for (const auto &[text, value] : choices) {
        QAction *action = by->addAction(text);
        action->setCheckable(true);
        action->setChecked(filter().by == value);
        action->setData(int(value));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] { setFilter(value); });
    }
    menu->addAction(tr("Coder &Name…"), this, &CodingController::chooseCoder);
}
