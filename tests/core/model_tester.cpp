#include "model_tester.h"

#include <gtest/gtest.h>

#include <cstring>
#include <utility>

namespace {

QtMessageHandler g_previous = nullptr; // the handler before the first tester alive
int g_alive = 0;                       // testers alive (a proxy's tester beside its source's)

void report(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && context.category &&
        std::strcmp(context.category, "qt.modeltest") == 0) {
        ADD_FAILURE() << "QAbstractItemModelTester: " << message.toStdString();
        return;
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

ReportingModelTester::ReportingModelTester(QAbstractItemModel *model)
{
    // The handler goes in first: the tester checks the model as it is made.
    if (g_alive++ == 0)
        g_previous = qInstallMessageHandler(report);
    m_tester.emplace(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ReportingModelTester::~ReportingModelTester()
{
    // The handler stays while any tester lives, whatever order they go in.
    m_tester.reset();
    if (--g_alive == 0)
        qInstallMessageHandler(std::exchange(g_previous, nullptr));
}
