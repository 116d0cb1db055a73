#include "model_tester.h"

#include <gtest/gtest.h>

#include <cstring>

namespace {

QtMessageHandler g_previous = nullptr; // the handler before the outermost tester
int g_depth = 0;                       // testers alive (a proxy's tester beside its source's)

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

QtMessageHandler install()
{
    QtMessageHandler previous = qInstallMessageHandler(report);
    if (g_depth++ == 0)
        g_previous = previous;
    return previous;
}

} // namespace

ReportingModelTester::ReportingModelTester(QAbstractItemModel *model)
    : m_previous(install())
    , m_tester(model, QAbstractItemModelTester::FailureReportingMode::Warning)
{}

ReportingModelTester::~ReportingModelTester()
{
    qInstallMessageHandler(m_previous);
    if (--g_depth == 0)
        g_previous = nullptr;
}
