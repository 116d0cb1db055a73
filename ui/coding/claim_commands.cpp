#include "ui/coding/claim_commands.h"

#include "ui/coding/claim_store.h"

#include <QObject>

AddClaimCommand::AddClaimCommand(ClaimStore *store, const StoredClaim &claim, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_claim(claim)
{}

void AddClaimCommand::redo()
{
    // Redone after an undo, the claim takes its first id again.
    if (const qint64 id = m_store->add(m_claim); id > 0)
        m_claim.claim.id = id;
    else
        setObsolete(true);
}

void AddClaimCommand::undo()
{
    m_store->remove(m_claim.claim.id);
}

EditClaimCommand::EditClaimCommand(ClaimStore *store, const StoredClaim &before,
                                   const StoredClaim &after, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{}

void EditClaimCommand::redo()
{
    if (!m_store->update(m_after))
        setObsolete(true);
}

void EditClaimCommand::undo()
{
    m_store->update(m_before);
}

RemoveClaimCommand::RemoveClaimCommand(ClaimStore *store, const StoredClaim &claim,
                                       const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_claim(claim)
{}

void RemoveClaimCommand::redo()
{
    if (!m_store->remove(m_claim.claim.id))
        setObsolete(true);
}

void RemoveClaimCommand::undo()
{
    m_store->add(m_claim);
}

AddDimensionCommand::AddDimensionCommand(ClaimStore *store, const Dimension &dimension)
    : QUndoCommand(QObject::tr("New Dimension “%1”").arg(dimension.label))
    , m_store(store)
    , m_dimension(dimension)
{}

void AddDimensionCommand::redo()
{
    if (!m_store->addDimension(m_dimension))
        setObsolete(true);
}

void AddDimensionCommand::undo()
{
    m_store->removeDimension(m_dimension.id);
}
