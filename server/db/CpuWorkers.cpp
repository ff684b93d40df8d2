#include "db/CpuWorkers.h"

#include "app/StructuredLog.h"
#include "metrics/ServerMetrics.h"

#include <chrono>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace transcendence::server {

namespace {
// As nice as the SQL workers (docs/architecture.md, "Threads"): game threads come first.
[[maybe_unused]] constexpr int kCpuWorkerNice = 5;
} // namespace

CpuWorkers::CpuWorkers(int threadCount, int queueLimit, QObject *parent)
    : QObject(parent)
    , m_queueLimit(queueLimit)
{
    for (int i = 0; i < threadCount; ++i) {
        m_threads.emplace_back([this, i] { workerLoop(i); });
    }
}

CpuWorkers::~CpuWorkers()
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

bool CpuWorkers::isFull() const
{
    const QMutexLocker lock(&m_mutex);
    if (int(m_jobs.size()) < m_queueLimit) {
        return false;
    }
    metrics::cpuWorkerRefused();
    return true;
}

bool CpuWorkers::tryEnqueue(Job job)
{
    using Clock = std::chrono::steady_clock;
    Job measured = [job = std::move(job), queuedAt = Clock::now()] {
        metrics::observeCpuWorkerWait(
            std::chrono::duration<double>(Clock::now() - queuedAt).count());
        job();
    };
    {
        const QMutexLocker lock(&m_mutex);
        if (m_stopping || int(m_jobs.size()) >= m_queueLimit) {
            metrics::cpuWorkerRefused();
            return false;
        }
        m_jobs.push_back(std::move(measured));
        metrics::setCpuWorkerQueueDepth(int(m_jobs.size()));
    }
    m_jobAvailable.wakeOne();
    return true;
}

void CpuWorkers::workerLoop(int index)
{
#ifdef __linux__
    if (setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), kCpuWorkerNice) != 0) {
        StructuredLog::warning(QStringLiteral("worker_priority_unchanged"),
                               {{QStringLiteral("cpuWorker"), index}});
    }
#else
    Q_UNUSED(index);
#endif
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping) {
                m_jobAvailable.wait(&m_mutex);
            }
            if (m_jobs.empty()) {
                break;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            metrics::setCpuWorkerQueueDepth(int(m_jobs.size()));
        }
        job();
    }
}

} // namespace transcendence::server
