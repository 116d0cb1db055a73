// ui/charts: writes every chart of the catalog for some countries into a folder, one chart at a
// time — its data built on a chart builder thread, then written as ChartFileExport writes one —
// so the window keeps answering while a big library's charts are built. cancel() stops the chart
// in hand before its image (its new sidecar removed) and writes no more; what was written stays.
#pragma once

#include "app/export/chart_export_options.h"
#include "app/model/document_model.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class ChartBatchExport : public QObject {
    Q_OBJECT
public:
    ChartBatchExport(DocumentModelPtr document, const QStringList &countries, const QString &folder,
                     const ChartExportOptions &options, QObject *parent = nullptr);
    ~ChartBatchExport() override;

    // Where the chart `id` goes in `folder` in the options' format.
    static QString pathFor(const QString &folder, const QString &id,
                           const ChartExportOptions &options);

    void start();
    void cancel();
    int total() const;
    QStringList written() const { return m_written; }

Q_SIGNALS:
    // Before each chart: `done` charts written of `total`, and the title of the one in hand.
    void progressed(int done, int total, const QString &title);
    // Once, at the end: `error` empty unless a chart could not be written (the others after it
    // are not tried); `cancelled` when cancel() stopped it.
    void finished(const QStringList &written, const QString &error, bool cancelled);

private:
    void buildNext();
    void finish(const QString &error);

    DocumentModelPtr m_document;
    QStringList m_countries;
    QString m_folder;
    ChartExportOptions m_options;
    int m_next = 0;
    QStringList m_written;
    bool m_done = false;
    std::shared_ptr<std::atomic<bool>> m_stop;
};
