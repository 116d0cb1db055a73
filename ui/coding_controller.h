// ui: coding in the window — Code Selection… on the source viewer's words, Edit Claim… and
// Remove Claim from the evidence, New Dimension…, each an undoable command (Edit → Undo /
// Redo) written to the library at once; the coder's name, asked once and kept in the
// settings; whose claims the positions rest on (Coding → Claims By); the codebook and
// REFI-QDA exports. The window rebuilds its positions when it says recodeNeeded().
#pragma once

#include "app/model/document_model.h"

#include <QObject>

class ClaimStore;
class QAction;
class QMenu;
class QSettings;
class QUndoStack;
class QWidget;

class CodingController : public QObject {
    Q_OBJECT
public:
    CodingController(QSettings *settings, QWidget *window);

    void setDocument(DocumentModelPtr document);
    ClaimStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undo; }

    QString coder() const;
    void setCoder(const QString &name);
    // The coder's name, asked for when none is kept yet; false when the user gave none.
    bool ensureCoder();
    void chooseCoder(); // Coding → Coder Name…

    ClaimFilter filter() const;
    void setFilter(ClaimFilter::By by);

    // The default country for words: the first country they name, else `current`.
    static QString countryNamedIn(const DocumentModel &model, const QString &article,
                                  const TextSpan &span, const QString &current);

    void codeSelection(const QString &article, const TextSpan &span, const QString &current);
    // `offeredArticle`/`offered`: the viewer's selection, offered as the claim's new span.
    void editClaim(qint64 id, const QString &offeredArticle = {}, const TextSpan &offered = {});
    void removeClaim(qint64 id);
    void newDimension();
    void exportCodebook();
    void exportProject();

    // Adds the Coding menu's actions to `menu`.
    void fillMenu(QMenu *menu, QAction *codeSelection);
    static QString coderKey() { return QStringLiteral("coding/coder"); }
    static QString filterKey() { return QStringLiteral("coding/claimsBy"); }

Q_SIGNALS:
    void recodeNeeded();  // the library's claims or dimensions changed
    void filterChanged(); // whose claims the positions rest on
    // No library was open: one was made at `path` for the claim; the window is to load it.
    void libraryMade(const QString &path);
    void message(const QString &text, int milliseconds);

private:
    bool openStore();
    QString describe(const Claim &claim) const;

    QSettings *m_settings;
    QWidget *m_window;
    ClaimStore *m_store;
    QUndoStack *m_undo;
    DocumentModelPtr m_document;
    QString m_lastDimension;
};
