// main: the headless --export-chart command: builds the model and the chart and writes
// the image. Needs a QApplication (Qt Charts draws with widgets' graphics scene), offscreen.
#pragma once

struct Request;

namespace ChartCommand {
int run(const Request &request); // the process exit code
}
