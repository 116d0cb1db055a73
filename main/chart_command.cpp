#include "main/chart_command.h"

#include "app/charts/chart_catalog.h"
#include "app/cli/command_line.h"
#include "app/model/document_model.h"
#include "app/model/shaped_text.h"
#include "ui/charts/chart_exporter.h"
#include "ui/style/text_rendering.h"

#include <QTextStream>

namespace ChartCommand {

int run(const Request &request)
{
    int exitCode = 0;
    const DocumentModelPtr model = CommandLine::loadModel(request, &exitCode);
    if (!model)
        return exitCode;
    if (const QString problem = CommandLine::checkAgainst(request, *model); !problem.isEmpty()) {
        CommandLine::error() << problem << Qt::endl;
        return 2;
    }
    // The export's text laid out as the window would lay it out (ui/style/text_rendering.h).
    TextRendering::setShapingNeeded(ShapedText::modelNeedsShaping(*model));
    const std::optional<ChartData> data =
        ChartCatalog::build(request.chart, *model, request.countries);
    if (!data) {
        CommandLine::error() << "unknown chart '" << request.chart << "' (see --list-charts)"
                             << Qt::endl;
        return 2;
    }
    if (data->isEmpty()) {
        CommandLine::error() << "chart '" << request.chart << "' has nothing to show for "
                             << (request.countries.isEmpty()
                                     ? QStringLiteral("this corpus")
                                     : request.countries.join(QLatin1Char(',')))
                             << "; no file written" << Qt::endl;
        return 1;
    }
    QString error;
    if (!ChartExporter::writeChart(*data, *model, request.out, request.chartOptions, &error)) {
        CommandLine::error() << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace ChartCommand
