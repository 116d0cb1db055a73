#include "chart_command.h"

#include "chart_exporter.h"
#include "charts/chart_catalog.h"
#include "cli/command_line.h"
#include "model/document_model_builder.h"

#include <QTextStream>

namespace ChartCommand {

int run(const Request &request)
{
    QTextStream err(stderr);
    const DocumentModelPtr model = DocumentModelBuilder::build(request.corpus);
    CommandLine::reportProblems(*model);
    if (model->articles.isEmpty()) {
        err << "error: no article could be loaded" << Qt::endl;
        return 2;
    }
    if (const QString problem = CommandLine::checkAgainst(request, *model); !problem.isEmpty()) {
        err << "position-explorer: " << problem << Qt::endl;
        return 2;
    }
    const std::optional<ChartData> data =
        ChartCatalog::build(request.chart, *model, request.countries);
    if (data->isEmpty()) {
        err << "position-explorer: chart '" << request.chart << "' has nothing to show for "
            << (request.countries.isEmpty() ? QStringLiteral("this corpus")
                                            : request.countries.join(QLatin1Char(',')))
            << "; no file written" << Qt::endl;
        return 1;
    }
    ChartExportOptions options;
    ChartExportOptions::parseFormat(request.format, &options.format);
    options.size = request.size;
    options.scale = request.scale;
    options.dark = request.dark;
    options.withSources = request.withSources;
    QString error;
    if (!ChartExporter::writeChart(*data, *model, request.out, options, &error)) {
        err << "error: " << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace ChartCommand
