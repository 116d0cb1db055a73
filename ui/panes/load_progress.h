// ui: the status bar's view of a running load — how far it got and a Cancel button (Esc does
// the same). Shown only while the DocumentLoader works.
#pragma once

#include <QWidget>

class DocumentLoader;
class QProgressBar;
class QShortcut;
class QToolButton;

class LoadProgress : public QWidget {
    Q_OBJECT
public:
    LoadProgress(DocumentLoader *loader, QWidget *parent = nullptr);

    QProgressBar *bar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

private:
    void begin();
    void advance(int done, int total);

    DocumentLoader *m_loader;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QShortcut *m_escape;
};
