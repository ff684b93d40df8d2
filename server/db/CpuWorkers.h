#pragma once

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace transcendence::server {

// A few threads for CPU-heavy work that needs no database (Argon2id, image decoding), apart from
// the SQL workers so that a wave of sign-ins never makes a read wait for a hash. The queue is
// bounded: when it is full, tryRun refuses at once (the caller answers 503 + Retry-After), so
// latency cannot grow without limit. Results come back on the thread that owns this object.
class CpuWorkers : public QObject {
    Q_OBJECT
public:
    CpuWorkers(int threadCount, int queueLimit, QObject *parent = nullptr);
    ~CpuWorkers() override; // finishes queued jobs, joins

    // Runs work() on a CPU thread, then done(result) on this object's thread unless context was
    // destroyed meanwhile. Returns false, and runs nothing, when queueLimit jobs already wait.
    template <typename Result>
    [[nodiscard]] bool tryRun(QObject *context, std::function<Result()> work,
                              std::function<void(Result)> done)
    {
        QPointer<QObject> guard(context);
        return tryEnqueue([this, guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<Result>(work());
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
    int queueLimit() const { return m_queueLimit; }
    // True while queueLimit jobs wait (tryRun would refuse): lets an entry point refuse before it
    // spends anything (a query, a rate-limit attempt) on a request it could not finish.
    bool isFull() const;

private:
    using Job = std::function<void()>;
    bool tryEnqueue(Job job);
    void workerLoop(int index);

    const int m_queueLimit;
    mutable QMutex m_mutex;
    QWaitCondition m_jobAvailable;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace transcendence::server
