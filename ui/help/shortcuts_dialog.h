// ui/help: Help → Keyboard Shortcuts — every shortcut of a window, read from its actions
// themselves (so the list cannot go stale): what it does, its keys, and where it works (the
// menu it is in, or the pane an action of a pane names in its "shortcutPlace" property).
#pragma once

#include <QDialog>
#include <QVector>

struct ShortcutEntry {
    QString action; // "Export Chart" (without & and …)
    QString keys;   // "Ctrl+E", in the platform's words; several joined with ", "
    QString place;  // "File menu", "Evidence list"
};

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The shortcuts of the actions in `window` and its children, each once, by place.
    static QVector<ShortcutEntry> collect(const QWidget *window);
};
