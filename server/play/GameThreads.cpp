#include "play/GameThreads.h"

#include <algorithm>

namespace transcendence::server {

GameThreads::GameThreads(int maxThreads)
{
    const int count = std::clamp(QThread::idealThreadCount(), 1, std::max(1, maxThreads));
    for (int index = 0; index < count; ++index) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("game-%1").arg(index));
        thread->start();
        m_threads.push_back(std::move(thread));
    }
}

GameThreads::~GameThreads()
{
    for (const auto &thread : m_threads) {
        thread->quit();
    }
    for (const auto &thread : m_threads) {
        thread->wait(); // a finishing QThread also runs its pending deferred deletes
    }
}

QThread *GameThreads::nextThread()
{
    QThread *thread = m_threads[m_next].get();
    m_next = (m_next + 1) % m_threads.size();
    return thread;
}

} // namespace transcendence::server
