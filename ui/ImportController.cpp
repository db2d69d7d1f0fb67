#include "ImportController.h"

#include "case/CaseFile.h"
#include "import/ImporterRegistry.h"

#include <QThread>

namespace ab {

ImportController::ImportController(std::shared_ptr<const ImporterRegistry> registry, QObject* parent)
    : QObject(parent)
    , m_registry(std::move(registry))
{
    qRegisterMetaType<ab::ImportProgress>();
    qRegisterMetaType<ab::ImportReport>();
    qRegisterMetaType<ab::Error>();
}

ImportController::~ImportController()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void ImportController::setRegistry(std::shared_ptr<const ImporterRegistry> registry)
{
    if (!isRunning())
        m_registry = std::move(registry);
}

bool ImportController::start(const QString& casePath, const QStringList& inputs, const ImportOptions& options)
{
    return startJob(casePath, inputs, options, [inputs](ImportJob& job, CaseFile& cf) { return job.run(cf, inputs); });
}

bool ImportController::start(const QString& casePath,
                             const QVector<ImportJob::Input>& files,
                             const ImportOptions& options)
{
    QStringList shown;
    for (const ImportJob::Input& f : files)
        shown << f.path;
    return startJob(casePath, shown, options, [files](ImportJob& job, CaseFile& cf) { return job.run(cf, files); });
}

bool ImportController::startJob(const QString& casePath,
                                const QStringList& shown,
                                const ImportOptions& options,
                                Runner runner)
{
    if (m_thread)
        return false;
    m_job = std::make_shared<ImportJob>(*m_registry, options);
    m_casePath = casePath;
    m_cancelling = false;
    auto result = std::make_shared<Result<ImportReport>>(ImportReport());
    m_result = result;

    // The job reports on its own thread; hand the latest state to the GUI thread.
    m_job->setProgressCallback([this](const ImportProgress& p) {
        QMetaObject::invokeMethod(
            this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
    });
    std::shared_ptr<ImportJob> job = m_job;
    std::shared_ptr<const ImporterRegistry> registry = m_registry; // kept alive while the job runs
    m_thread = QThread::create([job, registry, casePath, runner, result] {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
        if (!cf) {
            *result = cf.error();
            return;
        }
        *result = runner(*job, cf.value());
    });
    m_thread->setObjectName(QStringLiteral("import"));
    const quint64 run = ++m_run;
    connect(m_thread, &QThread::finished, this, [this, run] { onThreadFinished(run); });
    m_thread->start();
    emit started(shown);
    return true;
}

void ImportController::cancel()
{
    if (m_job && m_thread) {
        m_cancelling = true;
        m_job->cancel();
    }
}

void ImportController::waitForFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    onThreadFinished(m_run);
}

void ImportController::onThreadFinished(quint64 run)
{
    if (!m_thread || run != m_run)
        return; // already handled by waitForFinished()
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job.reset();
    m_cancelling = false;
    const std::shared_ptr<Result<ImportReport>> result = std::move(m_result);
    if (result->hasValue())
        emit finished(result->value());
    else
        emit failed(result->error());
}

} // namespace ab
