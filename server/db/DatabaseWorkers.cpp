#include "db/DatabaseWorkers.h"

#include "app/StructuredLog.h"
#include "db/DatabaseConnection.h"
#include "db/PreparedStatements.h"
#include "metrics/ServerMetrics.h"

#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <libpq-fe.h>

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
    : DatabaseWorkers(std::move(settings), threadCount, WorkerLimits{}, parent)
{}

DatabaseWorkers::DatabaseWorkers(DatabaseSettings settings, int threadCount, WorkerLimits limits,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_limits(limits)
    , m_cpu(std::make_unique<CpuWorkers>(limits.cpuThreads, limits.cpuQueueLimit))
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
    m_cpu.reset(); // its jobs need no connection: after the SQL threads is fine
}

bool DatabaseWorkers::isSaturated() const
{
    if (m_queued.load(std::memory_order_relaxed) < m_limits.sqlQueueLimit) {
        return false;
    }
    metrics::sqlWorkerRefused();
    return true;
}

void DatabaseWorkers::listenOnConnections(const QString &channel,
                                          std::function<void(const QString &)> handler)
{
    const QMutexLocker lock(&m_mutex);
    m_channel = channel;
    m_onNotify = std::move(handler);
}

void DatabaseWorkers::listenIfNew(QSqlDatabase &db)
{
    QString channel;
    {
        const QMutexLocker lock(&m_mutex);
        channel = m_channel;
    }
    if (channel.isEmpty() || !db.isOpen() ||
        !prepared_statements::firstUseSinceOpen(db, QStringLiteral("listen:") + channel)) {
        return;
    }
    QSqlQuery listen(db);
    // The channel is a constant of ours (lowercase letters and underscores), not user input.
    if (!listen.exec(QStringLiteral("LISTEN ") + channel)) {
        StructuredLog::warning(QStringLiteral("worker_listen_failed"),
                               {{QStringLiteral("error"), listen.lastError().text()}});
        prepared_statements::forgetConnection(db.connectionName()); // retried on the next job
    }
}

void DatabaseWorkers::handOverNotifications(QSqlDatabase &db)
{
    PGconn *connection = db.isOpen() ? DatabaseConnection::libpqHandle(db) : nullptr;
    if (connection == nullptr) {
        return;
    }
    QString channel;
    std::function<void(const QString &)> handler;
    {
        const QMutexLocker lock(&m_mutex);
        channel = m_channel;
        handler = m_onNotify;
    }
    if (!handler) {
        return;
    }
    PQconsumeInput(connection); // what other instances announced while this worker was idle
    const QByteArray wanted = channel.toUtf8();
    while (PGnotify *notification = PQnotifies(connection)) {
        if (wanted == notification->relname) {
            handler(QString::fromUtf8(notification->extra));
        }
        PQfreemem(notification);
    }
}

void DatabaseWorkers::enqueue(Job job)
{
    // Measured for /metrics: how long the job waited for a thread, then how long it ran.
    using Clock = std::chrono::steady_clock;
    Job measured = [job = std::move(job), queuedAt = Clock::now()](QSqlDatabase &db) {
        const auto startedAt = Clock::now();
        metrics::observeWorkerWait(std::chrono::duration<double>(startedAt - queuedAt).count());
        Completion completion = job(db);
        metrics::observeDatabaseQuery(
            std::chrono::duration<double>(Clock::now() - startedAt).count());
        return completion;
    };
    {
        const QMutexLocker lock(&m_mutex);
        m_jobs.push_back(std::move(measured));
        m_queued.store(int(m_jobs.size()), std::memory_order_relaxed);
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
            m_queued.store(int(m_jobs.size()), std::memory_order_relaxed);
            metrics::setWorkerQueueDepth(int(m_jobs.size()));
        }
        QString error;
        QSqlDatabase db = DatabaseConnection::open(m_settings, connectionName, &error);
        if (!db.isValid()) {
            StructuredLog::warning(QStringLiteral("database_unreachable"),
                                   {{QStringLiteral("error"), error}});
            db = QSqlDatabase::database(connectionName, false);
        }
        listenIfNew(db);
        const Completion completion = job(db);
        handOverNotifications(db);
        completion();
    }
    DatabaseConnection::remove(connectionName);
}

} // namespace transcendence::server
