#include "window_fixture.h"

#include <QSignalSpy>

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
    m_window = std::make_unique<MainWindow>(m_corpus, m_settings.get());
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
