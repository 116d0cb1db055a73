#include "ui/help/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString plainName(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}

// The menu an action is in ("View menu"), the place its pane names, or the window.
QString placeOf(const QAction *action)
{
    if (const QVariant place = action->property("shortcutPlace"); place.isValid())
        return place.toString();
    for (const QObject *owner : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<const QMenu *>(owner); menu && !menu->title().isEmpty())
            return QObject::tr("%1 menu").arg(plainName(menu->title()));
    }
    return QObject::tr("Window");
}

} // namespace

QVector<ShortcutEntry> ShortcutsDialog::collect(const QWidget *window)
{
    QVector<ShortcutEntry> entries;
    QSet<QString> seen;
    QStringList places; // in the order first met: the menus in menu bar order, then panes
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        const ShortcutEntry entry{plainName(action->text()), keys.join(QStringLiteral(", ")),
                                  placeOf(action)};
        const QString key =
            entry.action + QLatin1Char('\n') + entry.keys + QLatin1Char('\n') + entry.place;
        if (seen.contains(key))
            continue; // one per kind of pane, however many panes there are
        seen.insert(key);
        if (!places.contains(entry.place))
            places.append(entry.place);
        entries.append(entry);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const ShortcutEntry &a, const ShortcutEntry &b) {
                         return places.indexOf(a.place) < places.indexOf(b.place);
                     });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QVector<ShortcutEntry> entries = collect(window);
    auto *table = new QTableWidget(int(entries.size()), 3, this);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    for (int r = 0; r < entries.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(entries.at(r).action));
        table->setItem(r, 1, new QTableWidgetItem(entries.at(r).keys));
        table->setItem(r, 2, new QTableWidgetItem(entries.at(r).place));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->setSortingEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(560, 520);
}
