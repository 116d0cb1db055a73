// File → Export Chart…'s dialog: the format, size, scale and sources sidecar it offers and
// remembers, the limits it shares with the command line, its keyboard, and a typed file name.
#include "app/export/chart_export_options.h"
#include "ui/charts/chart_export_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

TEST(ChartExportDialog, RemembersTheLastFormatSizeAndFolder)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    {
        ChartExportDialog dialog(QStringLiteral("timeline"), &settings);
        const auto spins = dialog.findChildren<QSpinBox *>();
        ASSERT_EQ(spins.size(), 2);
        spins[0]->setValue(1600);
        spins[1]->setValue(900);
        auto *format = dialog.findChildren<QComboBox *>().first();
        format->setCurrentIndex(format->findData(QStringLiteral("svg")));
        dialog.findChild<QLineEdit *>()->setText(dir.filePath(QStringLiteral("t.svg")));
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.options().format, ChartExportOptions::Format::Svg);
    }
    ChartExportDialog again(QStringLiteral("unga-votes"), &settings);
    EXPECT_EQ(again.options().size, QSize(1600, 900));
    EXPECT_EQ(again.options().format, ChartExportOptions::Format::Svg);
    EXPECT_EQ(again.path(), QDir(dir.path()).filePath(QStringLiteral("unga-votes.svg")));
}

TEST(ChartExportDialog, AFileNameTypedWithAFormatsSuffixChoosesThatFormat)
{
    // A first-time user typed "…/cmp-gui.svg" with PNG chosen and got a PNG named .svg.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ChartExportDialog dialog(QStringLiteral("timeline"), &settings);
    ASSERT_EQ(dialog.options().format, ChartExportOptions::Format::Png);
    auto *name = dialog.findChild<QLineEdit *>();
    name->clear();
    QTest::keyClicks(name, dir.filePath(QStringLiteral("typed.svg")));
    EXPECT_EQ(dialog.options().format, ChartExportOptions::Format::Svg);
    EXPECT_EQ(dialog.path(), dir.filePath(QStringLiteral("typed.svg"))); // as typed
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClicks(name, QStringLiteral("pdf"));
    EXPECT_EQ(dialog.options().format, ChartExportOptions::Format::Pdf);
    // A suffix that is no format's leaves the format as it was.
    QTest::keyClicks(name, QStringLiteral(".txt"));
    EXPECT_EQ(dialog.options().format, ChartExportOptions::Format::Pdf);
    EXPECT_EQ(dialog.path(), dir.filePath(QStringLiteral("typed.pdf.txt")));
}

TEST(ChartExportDialog, RefusesWhatTheCommandLineRefusesInTheSameWords)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ChartExportDialog dialog(QStringLiteral("timeline"), &settings);
    dialog.findChild<QLineEdit *>()->setText(dir.filePath(QStringLiteral("t.png")));
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    EXPECT_TRUE(dialog.problem().isEmpty());
    EXPECT_TRUE(save->isEnabled());
    const auto spins = dialog.findChildren<QSpinBox *>();
    ASSERT_EQ(spins.size(), 2);
    EXPECT_EQ(spins[0]->maximum(), 10000); // the command line's limits
    EXPECT_EQ(spins[1]->minimum(), 150);
    spins[0]->setValue(10000);
    spins[1]->setValue(10000);
    QComboBox *scale = dialog.findChildren<QComboBox *>().at(1);
    scale->setCurrentIndex(scale->findData(4));
    // 10000 × 10000 at 4×: 1.6 billion pixels, which the command line refuses too.
    ChartExportOptions asked;
    asked.size = QSize(10000, 10000);
    asked.scale = 4;
    EXPECT_EQ(dialog.problem(), asked.problem());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("200 million pixels")));
    EXPECT_FALSE(save->isEnabled());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    scale->setCurrentIndex(scale->findData(1));
    EXPECT_TRUE(dialog.problem().isEmpty());
    EXPECT_TRUE(save->isEnabled());
}

TEST(ChartExportDialog, ForgetsARememberedSizeAndScaleThatMakeTooBigAnImage)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("export/size"), QSize(10000, 10000));
    settings.setValue(QStringLiteral("export/scale"), 4);
    const ChartExportOptions options = ChartExportDialog::remembered(&settings);
    EXPECT_TRUE(options.problem().isEmpty());
    EXPECT_EQ(options.size, QSize(10000, 10000));
    EXPECT_EQ(options.scale, 1);
}

TEST(ChartExportDialog, OffersTheSourcesSidecarByDefaultAndRemembersTheChoice)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    {
        ChartExportDialog dialog(QStringLiteral("coverage"), &settings);
        auto *sources = dialog.findChild<QCheckBox *>();
        ASSERT_NE(sources, nullptr);
        EXPECT_TRUE(sources->isChecked());
        EXPECT_TRUE(dialog.options().withSources);
        sources->setChecked(false);
        dialog.findChild<QLineEdit *>()->setText(dir.filePath(QStringLiteral("c.png")));
        dialog.accept();
    }
    ChartExportDialog again(QStringLiteral("coverage"), &settings);
    EXPECT_FALSE(again.options().withSources);
    EXPECT_FALSE(ChartExportDialog::remembered(&settings).withSources);
}

TEST(ChartExportDialog, EveryLabelWithAMnemonicHasItsFieldAndShowsNoAmpersand)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ChartExportDialog dialog(QStringLiteral("timeline"), &settings);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    int mnemonics = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        QString text = label->text();
        text.remove(QStringLiteral("&&"));
        if (!text.contains(QLatin1Char('&')))
            continue;
        ++mnemonics;
        // Without a buddy, Qt draws the "&" and Alt+letter goes nowhere.
        ASSERT_NE(label->buddy(), nullptr) << label->text().toStdString();
        EXPECT_TRUE(label->buddy()->isVisible()) << label->text().toStdString();
        EXPECT_TRUE(label->buddy()->focusPolicy() & Qt::TabFocus) << label->text().toStdString();
    }
    EXPECT_EQ(mnemonics, 4); // File, Format, Size, Scale
    // Alt+S goes to the width of the size (no other label or box of the dialog uses S).
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), dialog.findChildren<QSpinBox *>().first());
}
