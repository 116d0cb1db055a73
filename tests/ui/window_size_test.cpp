// The window fits the screen: at its first start within the screen's available geometry, and
// at 1024×700 no country, tab or pane asks for more (a long header line is cut with "…", its
// whole text in the tooltip, rather than widening the window).
#include "ui/panes/country_header.h"
#include "ui/panes/country_list_pane.h"
#include "ui/style/elided_label.h"
#include "window_fixture.h"

#include <QApplication>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QSize kSmall(1024, 700);

// What a widget's layout cannot give up: the larger of its minimum size and its minimum
// size hint, where its size policy lets the hint count.
QSize leastSizeOf(const QWidget *w)
{
    QSize least = w->minimumSize();
    const QSizePolicy policy = w->sizePolicy();
    const QSize hint = w->minimumSizeHint();
    if (!(policy.horizontalPolicy() & QSizePolicy::IgnoreFlag) && w->minimumWidth() == 0)
        least.setWidth(std::max(least.width(), hint.width()));
    if (!(policy.verticalPolicy() & QSizePolicy::IgnoreFlag) && w->minimumHeight() == 0)
        least.setHeight(std::max(least.height(), hint.height()));
    return least;
}

QStringList countriesOf(MainWindow &w)
{
    QStringList isos;
    for (const Entity &e : w.document()->gazetteer.entities()) {
        if (e.kind == Entity::Kind::Country)
            isos.append(e.id);
    }
    return isos;
}

} // namespace

TEST(WindowSize, TheFirstStartFitsTheScreensAvailableGeometry)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
    MainWindow w(CorpusOptions{}, &settings);
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    w.show();
    ASSERT_TRUE(loaded.wait(10000));
    const QRect available = w.screen()->availableGeometry();
    ASSERT_LT(available.height(), 800); // the tests' screen is smaller than the preferred size
    EXPECT_TRUE(available.contains(w.frameGeometry()))
        << w.frameGeometry().width() << "x" << w.frameGeometry().height() << " on "
        << available.width() << "x" << available.height();
    EXPECT_LE(w.width(), 1280);
    EXPECT_LE(w.height(), 800);
}

TEST(WindowSize, At1024By700NoCountryOrTabAsksForMore)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.resize(kSmall);
    QApplication::processEvents();
    const QStringList countries = countriesOf(w);
    ASSERT_GT(countries.size(), 10);
    for (int tab = 0; tab < w.tabs()->count(); ++tab) {
        w.tabs()->setCurrentIndex(tab);
        for (const QString &iso : countries) {
            w.countryList()->selectCountry(iso);
            QApplication::processEvents();
            const QSize least = w.minimumSizeHint().expandedTo(w.minimumSize());
            EXPECT_LE(least.width(), kSmall.width()) << iso.toStdString() << " tab " << tab;
            EXPECT_LE(least.height(), kSmall.height()) << iso.toStdString() << " tab " << tab;
            EXPECT_EQ(w.size(), kSmall) << iso.toStdString() << " tab " << tab;
            for (const QWidget *child : w.findChildren<QWidget *>()) {
                if (!child->isVisible() || child->isWindow())
                    continue;
                const QSize childLeast = leastSizeOf(child);
                EXPECT_LE(childLeast.width(), kSmall.width())
                    << child->metaObject()->className() << " " << child->objectName().toStdString()
                    << " for " << iso.toStdString();
                EXPECT_LE(childLeast.height(), kSmall.height())
                    << child->metaObject()->className() << " for " << iso.toStdString();
            }
        }
    }
}

TEST(WindowSize, ALongHeaderLineEndsInAnEllipsisWithAllOfItInTheTooltip)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.resize(kSmall);
    QApplication::processEvents();
    int cut = 0;
    for (const QString &iso : countriesOf(w)) {
        w.countryList()->selectCountry(iso);
        QApplication::processEvents();
        for (const ElidedLabel *line : w.header()->findChildren<ElidedLabel *>()) {
            // What is shown fits the label; what is cut is in the tooltip, whole.
            EXPECT_LE(line->fontMetrics().horizontalAdvance(line->text()),
                      line->contentsRect().width())
                << iso.toStdString();
            if (line->isElided()) {
                ++cut;
                EXPECT_TRUE(line->text().endsWith(QStringLiteral("…")));
                EXPECT_TRUE(line->toolTip().startsWith(line->fullText()));
            }
        }
    }
    // The built-in articles name enough leaders of some countries (Kyrgyzstan, Russia) for a
    // line longer than the header at this width.
    EXPECT_GT(cut, 0);
}
