// ui/help: Help → User Guide (F1) — a short guide bundled with the program (resources/help),
// shown in a window of its own; nothing is fetched, links inside the guide move within it.
#pragma once

#include <QDialog>

class QTextBrowser;

class UserGuide : public QDialog {
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    static QString resourcePath(); // ":/help/guide.html"

private:
    QTextBrowser *m_browser;
};
