#include "ui/style/text_rendering.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace TextRendering {

namespace {

QFont::StyleStrategy withShaping(QFont::StyleStrategy strategy, bool shaped)
{
    return QFont::StyleStrategy(shaped ? (strategy & ~QFont::PreferNoShaping)
                                       : (strategy | QFont::PreferNoShaping));
}

bool takesTypedText(const QObject *object)
{
    if (qobject_cast<const QLineEdit *>(object))
        return true;
    if (const auto *box = qobject_cast<const QPlainTextEdit *>(object))
        return !box->isReadOnly();
    if (const auto *box = qobject_cast<const QTextEdit *>(object))
        return !box->isReadOnly();
    return false;
}

// Gives every widget that takes typed text, as it is polished, a font that is always shaped:
// only its strategy is set, the rest still comes from its parent and the application.
class TypedTextShaper : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish && takesTypedText(watched)) {
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
    static auto *shaper = new TypedTextShaper(qApp);
    qApp->installEventFilter(shaper);
    follow(false);
}

void follow(bool needsShaping)
{
    if (skipsShaping() == !needsShaping)
        return;
    QFont font = QApplication::font();
    font.setStyleStrategy(withShaping(font.styleStrategy(), needsShaping));
    QApplication::setFont(font);
    // The widgets hear of it by posted events: now, so that what is laid out next is laid out
    // once, in the new font.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
}

bool skipsShaping()
{
    return QApplication::font().styleStrategy() & QFont::PreferNoShaping;
}

} // namespace TextRendering
