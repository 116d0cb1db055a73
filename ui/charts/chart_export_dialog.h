// ui/charts: the export dialog — file, format, size, scale, sources sidecar — remembering the last
// choices in QSettings and asking before it overwrites a file.
#pragma once

#include "app/export/chart_export_options.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

class ChartExportDialog : public QDialog {
    Q_OBJECT
public:
    ChartExportDialog(const QString &chartId, QSettings *settings, QWidget *parent = nullptr);

    QString path() const;
    ChartExportOptions options() const;

    void accept() override; // confirms an overwrite, remembers the choices
    // Why the options chosen cannot be exported (as the command line says it); empty when they
    // can. Save is disabled while there is one.
    QString problem() const;

    // The last format, size and scale chosen (checked, so a bad settings file cannot break an
    // export).
    static ChartExportOptions remembered(QSettings *settings);

    // Asks whether to overwrite existing files; true when there are none or the user agrees.
    static bool confirmOverwrite(QWidget *parent, const QStringList &existing);

private:
    void browse();
    void syncSuffix();   // the file name's suffix made the format's
    void followSuffix(); // the format made the file name's, where that is a format's suffix
    void checkOptions();

    QSettings *m_settings;
    QLineEdit *m_path;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QCheckBox *m_withSources;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
