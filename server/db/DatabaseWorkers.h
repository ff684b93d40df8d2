#pragma once

#include "db/CpuWorkers.h"
#include "db/DatabaseUrl.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace transcendence::server {

struct WorkerLimits {
    int sqlQueueLimit = 512; // new requests get 503 while this many SQL jobs wait (isSaturated)
    int cpuThreads = 2;      // CpuWorkers: Argon2id, image decoding
    int cpuQueueLimit = 16;  // CPU jobs waiting before tryRun refuses
};

// A few threads, each with its own PostgreSQL connection, that run blocking SQL off the server's
// event loop, and (cpu()) a separate bounded pool for CPU-heavy work, so that reads never wait
// behind password hashes. SQL jobs wait in one queue, so a slow job holds one thread, not a share
// of the others' work. Results come back on the thread that owns this object.
class DatabaseWorkers : public QObject {
    Q_OBJECT
public:
    DatabaseWorkers(DatabaseSettings settings, int threadCount, QObject *parent = nullptr);
    DatabaseWorkers(DatabaseSettings settings, int threadCount, WorkerLimits limits,
                    QObject *parent = nullptr);
    ~DatabaseWorkers() override; // finishes queued jobs, closes the connections, joins

    // Runs work(db) on a worker; then done(result) on this object's thread, unless context was
    // destroyed meanwhile. db is closed if the database is unreachable: work must check isOpen().
    template <typename Result>
    void run(QObject *context, std::function<Result(QSqlDatabase &)> work,
             std::function<void(Result)> done)
    {
        QPointer<QObject> guard(context);
        enqueue([this, guard, work = std::move(work),
                 done = std::move(done)](QSqlDatabase &db) mutable -> Completion {
            auto result = std::make_shared<Result>(work(db));
            // Posted by the worker after it has handed over the connection's notifications.
            return [this, guard, done = std::move(done), result]() mutable {
                QMetaObject::invokeMethod(
                    this,
                    [guard, done = std::move(done), result] {
                        if (guard) {
                            done(std::move(*result));
                        }
                    },
                    Qt::QueuedConnection);
            };
        });
    }

    int threadCount() const { return int(m_threads.size()); }

    // True while sqlQueueLimit jobs or more wait: entry points refuse new work (503 +
    // Retry-After, http/ServerBusy.h) before starting any, so nothing is left half-done.
    bool isSaturated() const;
    CpuWorkers &cpu() { return *m_cpu; }

    // Every worker connection LISTENs on channel; after each job, the notifications that reached
    // it (its own writes' included: PostgreSQL sends them with the COMMIT's reply) go to handler,
    // on the worker thread, before the job's result is posted. So what a job's writes announce
    // has been handled when the job's caller hears of it. Set once, before serving.
    void listenOnConnections(const QString &channel,
                             std::function<void(const QString &payload)> handler);

private:
    using Completion = std::function<void()>;
    using Job = std::function<Completion(QSqlDatabase &)>;
    void enqueue(Job job);
    void workerLoop(int index);
    void listenIfNew(QSqlDatabase &db);
    void handOverNotifications(QSqlDatabase &db);

    DatabaseSettings m_settings;
    WorkerLimits m_limits;
    std::unique_ptr<CpuWorkers> m_cpu;
    QString m_channel;                               // set before serving, then read-only
    std::function<void(const QString &)> m_onNotify; // idem
    std::atomic<int> m_queued{0};
    mutable QMutex m_mutex;
    QWaitCondition m_jobAvailable;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace transcendence::server
