#include "window_fixture.h"

#include "app/models/model_roles.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

WindowFixture::WindowFixture(const CorpusOptions &corpus, const QString &settingsFile)
    : m_settingsFile(settingsFile.isEmpty() ? m_dir.filePath(QStringLiteral("settings.ini"))
                                            : settingsFile)
    , m_corpus(corpus)
{
    open();
}

void WindowFixture::open()
{
    m_settings = std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    const bool firstStart = !m_settings->contains(QStringLiteral("window/geometry"));
    m_window = std::make_unique<MainWindow>(m_corpus, m_settings.get());
    if (firstStart)
        m_window->resize(1280, 800); // whatever the test screen's size
    QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
    m_window->show();
    EXPECT_TRUE(loaded.wait(10000)) << "the document did not load";
}

void WindowFixture::restart()
{
    m_window->close();
    m_window.reset();
    m_settings.reset();
    open();
}

QString folderWithAnEmptyArticle(const QTemporaryDir &dir)
{
    QFile empty(dir.filePath(QStringLiteral("empty.txt")));
    EXPECT_TRUE(empty.open(QIODevice::WriteOnly));
    return dir.path();
}

QModelIndex countryIndex(QTreeView *view, const QString &iso)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex region = view->model()->index(r, 0);
        for (int c = 0; c < view->model()->rowCount(region); ++c) {
            const QModelIndex index = view->model()->index(c, 0, region);
            if (index.data(ModelRoles::IsoRole).toString() == iso)
                return index;
        }
    }
    return {};
}

void clickCountry(QTreeView *view, const QString &iso, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = countryIndex(view, iso);
    ASSERT_TRUE(index.isValid()) << iso.toStdString();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}
