#include "ui/style/text_rendering.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFont>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextEdit>

#include <array>
#include <utility>

namespace TextRendering {

namespace {

QFont::StyleStrategy withShaping(QFont::StyleStrategy strategy, bool shaped)
{
    return QFont::StyleStrategy(shaped ? (strategy & ~QFont::PreferNoShaping)
                                       : (strategy | QFont::PreferNoShaping));
}

// The classes whose fonts the desktop may give apart from the application's
// (QApplicationPrivate::initializeWidgetFontHash in Qt 6.4). QApplication::setFont(font)
// forgets them: they are read before and set again after, with the new strategy.
constexpr std::array kThemedClasses = {
    "QMenu",       "QMenuBar",    "QMenuItem",    "QMessageBox",           "QLabel",
    "QTipLabel",   "QTitleBar",   "QStatusBar",   "QMdiSubWindowTitleBar", "QDockWidgetTitle",
    "QPushButton", "QCheckBox",   "QRadioButton", "QToolButton",           "QAbstractItemView",
    "QListView",   "QHeaderView", "QListBox",     "QComboMenuItem",        "QComboLineEdit",
    "QSmallFont",  "QMiniFont"};

void setApplicationStrategy(bool shaped)
{
    const QFont general = QApplication::font();
    QList<std::pair<const char *, QFont>> themed;
    for (const char *name : kThemedClasses) {
        // A class without a font of its own is given the application's: a copy of it.
        const QFont font = QApplication::font(name);
        if (!font.isCopyOf(general))
            themed.append({name, font});
    }
    QFont font = general;
    font.setStyleStrategy(withShaping(font.styleStrategy(), shaped));
    QApplication::setFont(font);
    for (auto &[name, classFont] : themed) {
        classFont.setStyleStrategy(withShaping(classFont.styleStrategy(), shaped));
        QApplication::setFont(classFont, name);
    }
    // Qt 6.4 posts the change to the widgets: they hear of it now, so that what is laid out
    // next is laid out once, in the new font.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
}

bool isEditableTextBox(const QObject *object)
{
    if (const auto *box = qobject_cast<const QPlainTextEdit *>(object))
        return !box->isReadOnly();
    if (const auto *box = qobject_cast<const QTextEdit *>(object))
        return !box->isReadOnly();
    return false;
}

// Text that does not come from the document: typed, or told by a dialog, the status bar, a
// menu or a tooltip (a file's name, a message).
bool showsOutsideText(const QObject *object)
{
    return qobject_cast<const QLineEdit *>(object) || isEditableTextBox(object) ||
           qobject_cast<const QDialog *>(object) || qobject_cast<const QStatusBar *>(object) ||
           qobject_cast<const QMenu *>(object) || object->inherits("QTipLabel");
}

// Gives every widget that shows text from outside the document, as it is polished (or a text
// box made editable), a font that is always shaped: only its strategy is set, the rest still
// comes from its parent and the application.
class OutsideTextShaper : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool due = event->type() == QEvent::Polish ||
                         (event->type() == QEvent::ReadOnlyChange && isEditableTextBox(watched));
        if (due && watched->isWidgetType() && showsOutsideText(watched)) {
            auto *widget = static_cast<QWidget *>(watched);
            QFont font = widget->font();
            font.setStyleStrategy(withShaping(font.styleStrategy(), true));
            widget->setFont(font);
        }
        return false;
    }
};

} // namespace

void install()
{
    // Once for the application (named: the class has no meta-object of its own to be found by).
    const QString name = QStringLiteral("outsideTextShaper");
    if (!qApp->findChild<QObject *>(name, Qt::FindDirectChildrenOnly)) {
        auto *shaper = new OutsideTextShaper(qApp);
        shaper->setObjectName(name);
        qApp->installEventFilter(shaper);
    }
    setShapingNeeded(false);
}

void setShapingNeeded(bool needed)
{
    if (skipsShaping() == !needed)
        return; // already so
    setApplicationStrategy(needed);
}

void applyAgain()
{
    // Fonts made anew are shaped (Qt's default): only skipping the shaper needs saying again.
    if (skipsShaping())
        setApplicationStrategy(false);
}

bool skipsShaping()
{
    return QApplication::font().styleStrategy() & QFont::PreferNoShaping;
}

} // namespace TextRendering
