// ui: the status bar's view of long work — a corpus loading or articles being imported — how
// far it got and a Cancel button (Esc does the same) that stops the work begun last. Shown only
// while something runs.
#pragma once

#include <QVector>
#include <QWidget>

#include <functional>

class DocumentLoader;
class LibraryImportJob;
class QProgressBar;
class QAction;
class QToolButton;

class LoadProgress : public QWidget {
    Q_OBJECT
public:
    explicit LoadProgress(QWidget *parent = nullptr);

    // Follows the loader's loads, the one running already (if any) included.
    void follow(DocumentLoader *loader);
    void follow(LibraryImportJob *job);

    QProgressBar *bar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

private:
    enum Work { Loading = 1, Importing = 2 };
    void begin(Work work, const QString &what, const std::function<void()> &cancel);
    void advance(int done, int total);
    void end(Work work);
    void cancel();

    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QAction *m_escape;
    struct Running {
        Work work;
        QString what;
        std::function<void()> cancel;
    };
    QVector<Running> m_running; // in the order begun: Cancel stops the last
};
