#include "ui/style/theme.h"

#include "ui/style/text_rendering.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Theme {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette(); // Fusion is set by apply()
    p.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf6, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    return p;
}

} // namespace

void apply(Kind kind)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(kind == Kind::Dark ? darkPalette() : lightPalette());
    TextRendering::applyAgain(); // a style sets the desktop's class fonts anew
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

Kind kindOf(const QPalette &palette)
{
    return isDark(palette) ? Kind::Dark : Kind::Light;
}

QString name(Kind kind)
{
    return kind == Kind::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

Kind fromName(const QString &name)
{
    return name == QLatin1String("dark") ? Kind::Dark : Kind::Light;
}

} // namespace Theme
