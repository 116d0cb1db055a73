// ui: the window's article library — which library file is open (File → Open Library…, the
// last one chosen remembered in the settings), imports (File → Import Articles…, files and
// folders dropped on the window) run off the UI thread with the status bar's progress and
// Cancel, and F2 / Delete on a library article. The window loads again when it says changed().
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/problem.h"
#include "app/library/library_import.h"
#include "app/model/document_model.h"

#include <QObject>

class LibraryImportJob;
class QSettings;
class QWidget;
struct ImportReport;

class LibraryController : public QObject {
    Q_OBJECT
public:
    // `window` parents the dialogs and takes the drops; `settings` keeps the library chosen.
    LibraryController(QSettings *settings, QWidget *window);

    // The library a window starts with: `given` (--library) if any, else the one opened last
    // when it is still there, else the default one when it exists, else none (an import makes
    // the default one). Why the one opened last is not used goes into problems().
    QString startWith(const QString &given);
    QString library() const { return m_library; }

    void chooseLibrary();                  // File → Open Library…
    bool openLibrary(const QString &path); // false, with a message box, when it cannot be used
    void chooseArticlesToImport();         // File → Import Articles…
    void importArticles(const QStringList &paths);
    // The snapshot shown: its texts outside the library are refused as copies (listed when an
    // import starts, not at every load: a big library has tens of thousands).
    void setLoaded(DocumentModelPtr document) { m_loaded = std::move(document); }
    void editArticle(const Article &article);   // F2
    void removeArticle(const Article &article); // Delete, after asking

    LibraryImportJob *job() const { return m_job; }
    // What the last import, or the library's opening, could not do (files, the library itself).
    Problems problems() const { return m_problems; }

    static QString settingsKey() { return QStringLiteral("library/path"); }

Q_SIGNALS:
    void changed(const QString &library); // articles came or went, or another library is open
    void message(const QString &text, int milliseconds);
    void problemsFound(); // the Problems pane has something new to show

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void imported(const ImportReport &report);

    QSettings *m_settings;
    QWidget *m_window;
    LibraryImportJob *m_job;
    QString m_library;
    Problems m_problems;
    DocumentModelPtr m_loaded;
};
