#pragma once

#include "db/DatabaseUrl.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace transcendence::server {

// A few threads, each with its own PostgreSQL connection, that run blocking work (SQL, password
// hashing) off the server's event loop. Jobs wait in one queue, so a slow job holds one thread,
// not a share of the others' work. Results come back on the thread that owns this object.
class DatabaseWorkers : public QObject {
    Q_OBJECT
public:
    DatabaseWorkers(DatabaseSettings settings, int threadCount, QObject *parent = nullptr);
    ~DatabaseWorkers() override; // finishes queued jobs, closes the connections, joins

    // Runs work(db) on a worker; then done(result) on this object's thread, unless context was
    // destroyed meanwhile. db is closed if the database is unreachable: work must check isOpen().
    template <typename Result>
    void run(QObject *context, std::function<Result(QSqlDatabase &)> work,
             std::function<void(Result)> done)
    {
        QPointer<QObject> guard(context);
        enqueue([this, guard, work = std::move(work),
                 done = std::move(done)](QSqlDatabase &db) mutable {
            auto result = std::make_shared<Result>(work(db));
            QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done), result] {
                    if (guard) {
                        done(std::move(*result));
                    }
                },
                Qt::QueuedConnection);
        });
    }

    int threadCount() const { return int(m_threads.size()); }

private:
    using Job = std::function<void(QSqlDatabase &)>;
    void enqueue(Job job);
    void workerLoop(int index);

    DatabaseSettings m_settings;
    QMutex m_mutex;
    QWaitCondition m_jobAvailable;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace transcendence::server
