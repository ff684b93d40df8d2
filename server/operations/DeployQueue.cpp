#include "operations/DeployQueue.h"

#include "app/StructuredLog.h"
#include "db/DatabaseWorkers.h"
#include "operations/DeployStore.h"

namespace transcendence::server {
namespace {

constexpr int kOutputTailChars = 8000;
constexpr int kDeployTimeoutMs = 30 * 60 * 1000; // a build that hangs is killed after 30 min

} // namespace

DeployQueue::DeployQueue(QString command, DatabaseWorkers &workers, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_workers(workers)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDeployTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_process) {
            m_output +=
                QStringLiteral("\n[killed after %1 minutes]\n").arg(kDeployTimeoutMs / 60000);
            m_process->kill();
        }
    });
}

DeployQueue::~DeployQueue()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

bool DeployQueue::push(Job job)
{
    if (!m_running) {
        start(std::move(job));
        return true;
    }
    if (m_waiting) {
        StructuredLog::info(QStringLiteral("deploy_superseded"),
                            {{QStringLiteral("deliveryId"), m_waiting->deliveryId},
                             {QStringLiteral("by"), job.deliveryId}});
        record(m_waiting->deliveryId, QStringLiteral("superseded"), std::nullopt, QString());
    }
    m_waiting = std::move(job);
    return false;
}

void DeployQueue::start(Job job)
{
    m_running = std::move(job);
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DEPLOY_DELIVERY"), m_running->deliveryId);
    environment.insert(QStringLiteral("DEPLOY_REF"), m_running->ref);
    environment.insert(QStringLiteral("DEPLOY_COMMIT"), m_running->commit);
    m_process->setProcessEnvironment(environment);
    connect(m_process.get(), &QProcess::readyRead, this, [this] {
        m_output += QString::fromUtf8(m_process->readAll());
        if (m_output.size() > 2 * kOutputTailChars) {
            m_output = m_output.right(kOutputTailChars);
        }
    });
    connect(m_process.get(), &QProcess::finished, this, &DeployQueue::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_output += QStringLiteral("could not start /bin/sh: %1").arg(m_process->errorString());
            onFinished(-1, QProcess::CrashExit);
        }
    });
    StructuredLog::info(QStringLiteral("deploy_started"),
                        {{QStringLiteral("deliveryId"), m_running->deliveryId},
                         {QStringLiteral("ref"), m_running->ref},
                         {QStringLiteral("commit"), m_running->commit}});
    record(m_running->deliveryId, QStringLiteral("running"), std::nullopt, QString());
    m_timeout.start();
    m_process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_command});
}

void DeployQueue::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_running) {
        return;
    }
    m_timeout.stop();
    m_output += QString::fromUtf8(m_process->readAll());
    const bool succeeded = status == QProcess::NormalExit && exitCode == 0;
    const QString result = succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed");
    const Job finished = *m_running;
    const QString output = m_output.right(kOutputTailChars);
    StructuredLog::write(succeeded ? LogLevel::Info : LogLevel::Error,
                         QStringLiteral("deploy_finished"),
                         {{QStringLiteral("deliveryId"), finished.deliveryId},
                          {QStringLiteral("result"), result},
                          {QStringLiteral("exitCode"), exitCode}});
    record(finished.deliveryId, result,
           status == QProcess::NormalExit ? std::optional<int>(exitCode) : std::nullopt, output);
    m_running.reset();
    m_process.release()->deleteLater(); // we may be inside one of its signals
    emit deployFinished(finished.deliveryId, result);
    if (m_waiting) {
        Job next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
}

void DeployQueue::record(const QString &deliveryId, const QString &result,
                         std::optional<int> exitCode, const QString &output)
{
    using Result = std::optional<DomainError>;
    m_workers.run<Result>(
        this,
        [deliveryId, result, exitCode, output](QSqlDatabase &db) {
            return deploy_store::finishDelivery(db, deliveryId, result, exitCode, output);
        },
        [deliveryId](Result error) {
            if (error) {
                StructuredLog::warning(QStringLiteral("deploy_not_recorded"),
                                       {{QStringLiteral("deliveryId"), deliveryId},
                                        {QStringLiteral("error"), error->message}});
            }
        });
}

} // namespace transcendence::server
