// ui: every coding action as an undoable command on the window's QUndoStack — a claim added,
// changed or removed, a dimension added. Each redo and undo writes to the library at once.
#pragma once

#include "app/library/library_claims.h"

#include <QUndoCommand>

class ClaimStore;

class AddClaimCommand : public QUndoCommand {
public:
    AddClaimCommand(ClaimStore *store, const StoredClaim &claim, const QString &text);
    void redo() override;
    void undo() override;
    qint64 claimId() const { return m_claim.claim.id; } // 0 until redone

private:
    ClaimStore *m_store;
    StoredClaim m_claim;
};

class EditClaimCommand : public QUndoCommand {
public:
    EditClaimCommand(ClaimStore *store, const StoredClaim &before, const StoredClaim &after,
                     const QString &text);
    void redo() override;
    void undo() override;

private:
    ClaimStore *m_store;
    StoredClaim m_before;
    StoredClaim m_after;
};

class RemoveClaimCommand : public QUndoCommand {
public:
    RemoveClaimCommand(ClaimStore *store, const StoredClaim &claim, const QString &text);
    void redo() override;
    void undo() override; // the claim comes back under its id

private:
    ClaimStore *m_store;
    StoredClaim m_claim;
};

class AddDimensionCommand : public QUndoCommand {
public:
    AddDimensionCommand(ClaimStore *store, const Dimension &dimension);
    void redo() override;
    void undo() override;

private:
    ClaimStore *m_store;
    Dimension m_dimension;
};
