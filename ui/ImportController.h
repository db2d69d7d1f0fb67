#pragma once

#include "import/ImportJob.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace ab {

class ImporterRegistry;

/// Runs an ImportJob on a worker thread with its own connection to the case
/// (SQLite serializes the writer against the GUI's readers; with the GUI's
/// connection open the job stays in WAL mode). Progress arrives here on the GUI
/// thread, about ten times a second. cancel() stops the job at its next record;
/// the job then rolls back, so a cancelled import leaves the case unchanged.
class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(std::shared_ptr<const ImporterRegistry> registry, QObject* parent = nullptr);
    /// Cancels a running import and waits for it to roll back.
    ~ImportController() override;

    const ImporterRegistry& registry() const { return *m_registry; }
    void setRegistry(std::shared_ptr<const ImporterRegistry> registry);

    /// Starts importing `inputs` (files and folders) into the case at `casePath`.
    /// False if an import is already running.
    bool start(const QString& casePath, const QStringList& inputs, const ImportOptions& options);
    /// The same for files named as the case is to call them (ImportJob::run).
    bool start(const QString& casePath, const QVector<ImportJob::Input>& files, const ImportOptions& options);
    bool isRunning() const { return m_thread != nullptr; }
    QString casePath() const { return m_casePath; }
    /// Thread-safe; the job stops at its next record and rolls back.
    void cancel();
    bool isCancelling() const { return m_cancelling; }
    /// Blocks until the running import (if any) has ended and its signal was emitted.
    void waitForFinished();

signals:
    void started(const QStringList& inputs);
    void progress(const ab::ImportProgress& progress);
    /// The job committed (some inputs may still be unrecognized or failed: see the report).
    void finished(const ab::ImportReport& report);
    /// Nothing was changed: the job failed as a whole or was cancelled (error.code == Cancelled).
    void failed(const ab::Error& error);

private:
    using Runner = std::function<Result<ImportReport>(ImportJob&, CaseFile&)>;
    bool startJob(const QString& casePath, const QStringList& shown, const ImportOptions& options, Runner run);
    void onThreadFinished(quint64 run);

    std::shared_ptr<const ImporterRegistry> m_registry;
    std::shared_ptr<ImportJob> m_job;
    QThread* m_thread = nullptr;
    QString m_casePath;
    bool m_cancelling = false;
    quint64 m_run = 0;

    std::mutex m_mutex;
    std::shared_ptr<Result<ImportReport>> m_result;
};

} // namespace ab

Q_DECLARE_METATYPE(ab::ImportProgress)
Q_DECLARE_METATYPE(ab::ImportReport)
Q_DECLARE_METATYPE(ab::Error)
