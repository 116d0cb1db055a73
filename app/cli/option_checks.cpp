#include "app/cli/option_checks.h"

#include "app/charts/chart_catalog.h"
#include "app/compare/comparison.h"
#include "app/compare/comparison_set.h"
#include "app/export/chart_sources_json.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

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
    ChartExportOptions &options = r.chartOptions;
    const QString format = parser.value(QStringLiteral("format"));
    const QString suffix = QFileInfo(r.out).suffix();
    if (!format.isEmpty() && !ChartExportOptions::parseFormat(format, &options.format))
        return QStringLiteral("unknown format '%1' (png, jpg, svg or pdf)").arg(format);
    if (format.isEmpty() && !suffix.isEmpty() &&
        !ChartExportOptions::parseFormat(suffix, &options.format))
        return QStringLiteral(
                   "cannot tell the format from '.%1': name the file .png, .jpg, .svg or .pdf, "
                   "or give --format")
            .arg(suffix);
    if (suffix.isEmpty())
        r.out += QLatin1Char('.') + ChartExportOptions::suffix(options.format);
    if (parser.isSet(QStringLiteral("size")) &&
        !ChartExportOptions::parseSize(parser.value(QStringLiteral("size")), &options.size))
        return QStringLiteral("bad --size '%1': give WIDTHxHEIGHT, %2")
            .arg(parser.value(QStringLiteral("size")), ChartExportOptions::sizeRange());
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        options.scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !ChartExportOptions::scaleInRange(options.scale))
            return QStringLiteral("bad --scale '%1': give a number %2")
                .arg(parser.value(QStringLiteral("scale")), ChartExportOptions::scaleRange());
    }
    const QString theme = parser.value(QStringLiteral("theme"));
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return QStringLiteral("bad --theme '%1': light or dark").arg(theme);
    options.dark = theme == QLatin1String("dark");
    options.withSources = parser.isSet(QStringLiteral("with-sources"));
    if (const QString problem = options.problem(); !problem.isEmpty())
        return problem;
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
        r.chartOptions.withSources && QFileInfo::exists(sidecar) && !r.force)
        return QStringLiteral("%1 exists; add --force to overwrite it").arg(sidecar);
    return {};
}

QString OptionChecks::outFolder(const Request &r)
{
    if (r.out.isEmpty() || r.out == QLatin1String("-"))
        return {};
    const QFileInfo dir(QFileInfo(r.out).absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return QStringLiteral("%1: the folder does not exist or cannot be written; nothing "
                              "written")
            .arg(r.out);
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
    r.chartOptions.withSources = parser.isSet(QStringLiteral("with-sources"));
    if (r.chartOptions.withSources && r.out == QLatin1String("-"))
        return QStringLiteral("--with-sources writes a file beside the CSV; give --out FILE.csv, "
                              "not -");
    return outFile(r, parser);
}
