#include "db/DatabaseWorkers.h"

#include "app/StructuredLog.h"
#include "db/DatabaseConnection.h"
#include "metrics/ServerMetrics.h"

#include <chrono>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace transcendence::server {

namespace {
// How much nicer than the rest of the server the workers are (docs/architecture.md, "Threads").
[[maybe_unused]] constexpr int kWorkerNice = 5;
} // namespace

DatabaseWorkers::DatabaseWorkers(DatabaseSettings settings, int threadCount, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    for (int i = 0; i < threadCount; ++i) {
        m_threads.emplace_back([this, i] { workerLoop(i); });
    }
}

DatabaseWorkers::~DatabaseWorkers()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_jobAvailable.wakeAll();
    for (std::thread &thread : m_threads) {
        thread.join();
    }
}

void DatabaseWorkers::enqueue(Job job)
{
    // Measured for /metrics: how long the job waited for a thread, then how long it ran.
    using Clock = std::chrono::steady_clock;
    Job measured = [job = std::move(job), queuedAt = Clock::now()](QSqlDatabase &db) {
        const auto startedAt = Clock::now();
        metrics::observeWorkerWait(std::chrono::duration<double>(startedAt - queuedAt).count());
        job(db);
        metrics::observeDatabaseQuery(
            std::chrono::duration<double>(Clock::now() - startedAt).count());
    };
    {
        const QMutexLocker lock(&m_mutex);
        m_jobs.push_back(std::move(measured));
        metrics::setWorkerQueueDepth(int(m_jobs.size()));
    }
    m_jobAvailable.wakeOne();
}

void DatabaseWorkers::workerLoop(int index)
{
#ifdef __linux__
    // Below the game threads and the event loop: when password hashing keeps every core busy,
    // the scheduler still serves match ticks first (bench/play measures the difference). A
    // worker waiting on PostgreSQL uses no CPU, so queries lose nothing. Linux nice values are
    // per thread; raising one needs no privilege.
    if (setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), kWorkerNice) != 0) {
        StructuredLog::warning(QStringLiteral("worker_priority_unchanged"),
                               {{QStringLiteral("worker"), index}});
    }
#endif
    const QString connectionName = QStringLiteral("worker-%1").arg(index);
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping) {
                m_jobAvailable.wait(&m_mutex);
            }
            if (m_jobs.empty()) {
                break; // stopping, and every queued job is done
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            metrics::setWorkerQueueDepth(int(m_jobs.size()));
        }
        QString error;
        QSqlDatabase db = DatabaseConnection::open(m_settings, connectionName, &error);
        if (!db.isValid()) {
            StructuredLog::warning(QStringLiteral("database_unreachable"),
                                   {{QStringLiteral("error"), error}});
            db = QSqlDatabase::database(connectionName, false);
        }
        job(db);
    }
    DatabaseConnection::remove(connectionName);
}

} // namespace transcendence::server
