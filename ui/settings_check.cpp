#include "ui/settings_check.h"

#include <QFile>
#include <QSettings>
#include <QTextStream>

namespace SettingsCheck {

std::optional<Problem> check(QSettings &settings)
{
    // QSettings reads its file on first use, and only then knows whether it could: status()
    // alone, before any value was asked for, always says NoError.
    settings.allKeys();
    if (settings.status() == QSettings::NoError)
        return std::nullopt;
    const QString path = settings.fileName();
    const QString kept = path + QStringLiteral(".corrupt");
    QFile::remove(kept);
    const bool copied = QFile::copy(path, kept);
    settings.clear();
    QString message = settings.status() == QSettings::FormatError
                          ? QStringLiteral("the settings file is damaged and cannot be read")
                          : QStringLiteral("the settings file cannot be read");
    message += QStringLiteral("; the window starts with default settings");
    if (copied)
        message += QStringLiteral(" (the damaged file is kept as %1)").arg(kept);
    const Problem problem{path, 0, message};
    QTextStream(stderr) << "position-explorer: warning: " << problem.toString() << Qt::endl;
    return problem;
}

} // namespace SettingsCheck
