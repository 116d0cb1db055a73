#include "ui/charts/chart_export_dialog.h"

#include "app/export/chart_sources_json.h"
#include "ui/style/palette.h"
#include "ui/style/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString kFolderKey = QStringLiteral("export/folder");
const QString kFormatKey = QStringLiteral("export/format");
const QString kSizeKey = QStringLiteral("export/size");
const QString kScaleKey = QStringLiteral("export/scale");
const QString kSourcesKey = QStringLiteral("export/withSources");
} // namespace

ChartExportDialog::ChartExportDialog(const QString &chartId, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_withSources(new QCheckBox(tr("Also &write its sources (FILE.sources.json)"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Chart"));
    // Starts from the last choices, as checked by remembered(): what Export All uses too.
    const ChartExportOptions last = remembered(m_settings);
    for (const QString &suffix : ChartExportOptions::suffixes())
        m_format->addItem(suffix.toUpper(), suffix);
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(ChartExportOptions::suffix(last.format))));
    m_width->setRange(ChartExportOptions::kMinWidth, ChartExportOptions::kMaxSide);
    m_height->setRange(ChartExportOptions::kMinHeight, ChartExportOptions::kMaxSide);
    for (QSpinBox *box : {m_width, m_height})
        box->setSuffix(tr(" px"));
    m_width->setValue(last.size.width());
    m_height->setValue(last.size.height());
    for (int scale = 1; scale <= ChartExportOptions::kMaxScale; ++scale)
        m_scale->addItem(QStringLiteral("%1×").arg(scale), scale);
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(int(last.scale))));
    m_scale->setToolTip(tr("Pixel density of PNG and JPEG files: 2× or 3× for high-DPI slides"));
    m_withSources->setChecked(last.withSources);
    m_withSources->setToolTip(
        tr("Beside the image, a JSON file with every mark of the chart and the claims, events "
           "or mentions behind it: quotes, offsets and the articles with their SHA-256"));
    const QString folder = m_settings->value(kFolderKey, QDir::homePath()).toString();
    m_path->setText(
        QDir(folder).filePath(chartId + QLatin1Char('.') + m_format->currentData().toString()));

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    // A label's mnemonic needs its buddy, the field Alt+letter goes to; a row of several
    // widgets has none of its own, so each label is given its field.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout;
    form->addRow(label(tr("&File:"), m_path), pathRow);
    form->addRow(label(tr("F&ormat:"), m_format), m_format);
    form->addRow(label(tr("&Size:"), m_width), sizeRow);
    form->addRow(label(tr("S&cale:"), m_scale), m_scale);
    form->addRow(QString(), m_withSources);
    // What the command line would refuse, refused here in the same words.
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: %1; }")
                                 .arg(Palette::conflictText(Theme::isDark(palette())).name()));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(
        tr("The chart carries a caption naming its source articles and the date."), this));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::syncSuffix);
    connect(m_path, &QLineEdit::textChanged, this, &ChartExportDialog::followSuffix);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ChartExportDialog::checkOptions);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ChartExportDialog::checkOptions);
    checkOptions();
}

QString ChartExportDialog::problem() const
{
    return m_problem->text();
}

void ChartExportDialog::checkOptions()
{
    const QString problem = options().problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

ChartExportOptions ChartExportDialog::remembered(QSettings *settings)
{
    ChartExportOptions options;
    if (!ChartExportOptions::parseFormat(settings->value(kFormatKey).toString(), &options.format))
        options.format = ChartExportOptions::Format::Png;
    const QSize size = settings->value(kSizeKey, options.size).toSize();
    if (ChartExportOptions::sizeInRange(size))
        options.size = size;
    const int scale = settings->value(kScaleKey, 1).toInt();
    if (ChartExportOptions::scaleInRange(scale))
        options.scale = scale;
    if (!options.problem().isEmpty()) // each in range, but too many pixels together
        options.scale = 1;
    options.withSources = settings->value(kSourcesKey, true).toBool(); // offered by default
    return options;
}

QString ChartExportDialog::path() const
{
    return m_path->text().trimmed();
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions options;
    ChartExportOptions::parseFormat(m_format->currentData().toString(), &options.format);
    options.size = QSize(m_width->value(), m_height->value());
    options.scale = m_scale->currentData().toInt();
    options.withSources = m_withSources->isChecked();
    return options;
}

void ChartExportDialog::syncSuffix()
{
    const QFileInfo info(path());
    const QString base =
        info.suffix().isEmpty() ? path() : info.path() + QLatin1Char('/') + info.completeBaseName();
    m_path->setText(base + QLatin1Char('.') + m_format->currentData().toString());
}

void ChartExportDialog::browse()
{
    QStringList patterns;
    for (const QString &suffix : ChartExportOptions::suffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), path(), tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen); // a format's suffix chooses the format (followSuffix)
    ChartExportOptions::Format format;
    if (!ChartExportOptions::parseFormat(QFileInfo(chosen).suffix(), &format))
        syncSuffix(); // no known suffix: add the format's
}

void ChartExportDialog::followSuffix()
{
    // As on the command line: "chart.svg" is an SVG, whatever the format chosen before.
    ChartExportOptions::Format format;
    if (!ChartExportOptions::parseFormat(QFileInfo(path()).suffix(), &format))
        return;
    const int index = m_format->findData(ChartExportOptions::suffix(format));
    if (index < 0 || index == m_format->currentIndex())
        return;
    const QSignalBlocker quiet(m_format); // (the name has its suffix: it stays as typed)
    m_format->setCurrentIndex(index);
}

bool ChartExportDialog::confirmOverwrite(QWidget *parent, const QStringList &existing)
{
    if (existing.isEmpty())
        return true;
    const QString text =
        existing.size() == 1
            ? tr("%1 already exists. Replace it?").arg(existing.first())
            : tr("%1 files already exist in this folder. Replace them?").arg(existing.size());
    return QMessageBox::question(parent, tr("Replace?"), text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void ChartExportDialog::accept()
{
    if (path().isEmpty() || !options().problem().isEmpty())
        return;
    QStringList existing;
    for (const QString &file : {path(), ChartSourcesJson::pathFor(path())}) {
        if (QFileInfo::exists(file) && (file == path() || m_withSources->isChecked()))
            existing.append(file);
    }
    if (!confirmOverwrite(this, existing))
        return;
    m_settings->setValue(kFolderKey, QFileInfo(path()).absolutePath());
    m_settings->setValue(kFormatKey, m_format->currentData());
    m_settings->setValue(kSizeKey, QSize(m_width->value(), m_height->value()));
    m_settings->setValue(kScaleKey, m_scale->currentData());
    m_settings->setValue(kSourcesKey, m_withSources->isChecked());
    QDialog::accept();
}
