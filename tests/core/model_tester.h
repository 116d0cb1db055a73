// QAbstractItemModelTester that reports through GoogleTest: it runs in Warning mode, and every
// warning it prints while this object lives becomes a failure of the running test (one broken
// model fails its own test instead of aborting the whole binary). Other messages pass through.
#pragma once

#include <QAbstractItemModelTester>

#include <optional>

class ReportingModelTester {
public:
    explicit ReportingModelTester(QAbstractItemModel *model);
    ~ReportingModelTester();
    ReportingModelTester(const ReportingModelTester &) = delete;
    ReportingModelTester &operator=(const ReportingModelTester &) = delete;

private:
    std::optional<QAbstractItemModelTester> m_tester; // made once the handler is installed
};
