#include "app/cli/option_checks.h"

#include "app/charts/chart_catalog.h"
#include "app/compare/comparison.h"
#include "app/compare/comparison_set.h"
#include "app/export/chart_sources_json.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

// "1200x800", from 200x150 to 10000x10000.
bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QSize parsed(match.captured(1).toInt(), match.captured(2).toInt());
    if (parsed.width() < 200 || parsed.height() < 150 || parsed.width() > 10000 ||
        parsed.height() > 10000)
        return false;
    *size = parsed;
    return true;
}

} // namespace

QString OptionChecks::chartOptions(Request &r, const QCommandLineParser &parser)
{
    if (!ChartCatalog::find(r.chart))
        return QStringLiteral("unknown chart '%1' (see --list-charts)").arg(r.chart);
    r.out = parser.value(QStringLiteral("out"));
    if (r.out.isEmpty())
        return QStringLiteral("--export-chart needs --out FILE");
    if (r.out == QLatin1String("-"))
        return QStringLiteral("--export-chart writes a file: give --out FILE (an image cannot go "
                              "to standard output)");
    if (QFileInfo(r.out).isDir() || QFileInfo(r.out).fileName().isEmpty())
        return QStringLiteral("--out %1: is a folder; give the name of the image file, such as "
                              "%2")
            .arg(r.out, QDir(r.out).filePath(r.chart + QStringLiteral(".png")));
    r.format = parser.value(QStringLiteral("format")).toLower();
    if (r.format == QLatin1String("jpeg"))
        r.format = QStringLiteral("jpg");
    const QString suffix = QFileInfo(r.out).suffix().toLower();
    const QStringList known{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("svg"),
                            QStringLiteral("pdf")};
    if (r.format.isEmpty() && !suffix.isEmpty() && !known.contains(suffix) &&
        suffix != QLatin1String("jpeg"))
        return QStringLiteral(
                   "cannot tell the format from '.%1': name the file .png, .jpg, .svg or .pdf, "
                   "or give --format")
            .arg(suffix);
    if (r.format.isEmpty())
        r.format = suffix.isEmpty()                  ? QStringLiteral("png")
                   : suffix == QLatin1String("jpeg") ? QStringLiteral("jpg")
                                                     : suffix;
    if (!QStringList{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("svg"),
                     QStringLiteral("pdf")}
             .contains(r.format))
        return QStringLiteral("unknown format '%1' (png, jpg, svg or pdf)")
            .arg(parser.value(QStringLiteral("format")));
    if (suffix.isEmpty())
        r.out += QLatin1Char('.') + r.format;
    if (parser.isSet(QStringLiteral("size")) &&
        !parseSize(parser.value(QStringLiteral("size")), &r.size))
        return QStringLiteral("bad --size '%1': give WIDTHxHEIGHT, from 200x150 to 10000x10000")
            .arg(parser.value(QStringLiteral("size")));
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        r.scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || r.scale < 1 || r.scale > 4)
            return QStringLiteral("bad --scale '%1': give a number from 1 to 4")
                .arg(parser.value(QStringLiteral("scale")));
    }
    const QString theme = parser.value(QStringLiteral("theme"));
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return QStringLiteral("bad --theme '%1': light or dark").arg(theme);
    r.dark = theme == QLatin1String("dark");
    r.withSources = parser.isSet(QStringLiteral("with-sources"));
    if (double(r.size.width()) * r.size.height() * r.scale * r.scale > 200e6)
        return QStringLiteral(
                   "--size %1x%2 at --scale %3 is over 200 million pixels; make it smaller")
            .arg(r.size.width())
            .arg(r.size.height())
            .arg(r.scale);
    return outFile(r, parser);
}

QString OptionChecks::outFile(Request &r, const QCommandLineParser &parser)
{
    r.force = parser.isSet(QStringLiteral("force"));
    if (r.out == QLatin1String("-"))
        return {};
    if (QFileInfo::exists(r.out) && !r.force)
        return QStringLiteral("%1 exists; add --force to overwrite it").arg(r.out);
    if (const QString sidecar = ChartSourcesJson::pathFor(r.out);
        r.withSources && QFileInfo::exists(sidecar) && !r.force)
        return QStringLiteral("%1 exists; add --force to overwrite it").arg(sidecar);
    const QFileInfo dir(QFileInfo(r.out).absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return QStringLiteral("%1: the folder does not exist or cannot be written").arg(r.out);
    return {};
}

QString OptionChecks::compareOptions(Request &r, const QCommandLineParser &parser)
{
    r.countries = ComparisonSet::split(parser.value(QStringLiteral("compare")));
    if (r.countries.size() < Comparison::MinCountries ||
        r.countries.size() > Comparison::MaxCountries)
        return QStringLiteral("--compare takes two to four countries, such as BLR,KAZ (got %1)")
            .arg(r.countries.size());
    if (parser.isSet(QStringLiteral("country")))
        return QStringLiteral("--compare names its countries itself; leave out --country");
    for (const char *chartOnly : {"format", "size", "scale", "theme"}) {
        if (parser.isSet(QLatin1String(chartOnly)))
            return QStringLiteral("--%1 is for --export-chart; --compare writes CSV")
                .arg(QLatin1String(chartOnly));
    }
    r.out = parser.value(QStringLiteral("out"));
    if (r.out.isEmpty())
        return QStringLiteral("--compare needs --out FILE.csv (or --out - for stdout)");
    const QString suffix = QFileInfo(r.out).suffix();
    if (r.out != QLatin1String("-") && suffix.isEmpty())
        r.out += QStringLiteral(".csv");
    else if (r.out != QLatin1String("-") &&
             suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive))
        return QStringLiteral("--compare writes CSV: name the file .csv, not '.%1'").arg(suffix);
    return outFile(r, parser);
}
