// ui/charts: the threads charts' data is built on — all cores but one, so the window keeps a
// core however many charts are asked for at once (on two cores, a chart pane and a comparison
// building together once left it none for 75 ms).
#pragma once

class QThreadPool;

namespace ChartBuildPool {
QThreadPool *instance(); // made on first use, owned by the application
} // namespace ChartBuildPool
