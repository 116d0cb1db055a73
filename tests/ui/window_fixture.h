// A main window for widget tests: its own temporary settings file, shown at a fixed size,
// with the document already loaded.
#pragma once

#include "ui/main_window.h"

#include <QChart>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class WindowFixture {
public:
    explicit WindowFixture(const CorpusOptions &corpus = CorpusOptions{},
                           const QString &settingsFile = {});

    MainWindow &window() { return *m_window; }
    QSettings &settings() { return *m_settings; }
    QString settingsFile() const { return m_settingsFile; }
    void restart(); // close the window, open a new one on the same settings

private:
    void open();

    QTemporaryDir m_dir;
    QString m_settingsFile;
    CorpusOptions m_corpus;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

class QTreeView;

// Writes an empty article into `dir`, which a corpus of that folder reports as its one problem;
// returns the folder.
QString folderWithAnEmptyArticle(const QTemporaryDir &dir);

// The country list's row for `iso` (invalid when it is not listed).
QModelIndex countryIndex(QTreeView *view, const QString &iso);
// Clicks a country in the list, with modifiers such as Ctrl to add it to the selection.
void clickCountry(QTreeView *view, const QString &iso, Qt::KeyboardModifiers modifiers = {});

// The first series of type Series that `chart` draws (nullptr when it draws none).
template <typename Series> Series *firstSeries(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *found = qobject_cast<Series *>(s))
            return found;
    }
    return nullptr;
}
