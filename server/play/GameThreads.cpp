#include "play/GameThreads.h"

#include "core/EpollEventDispatcher.h"

#include <algorithm>

namespace transcendence::server {

GameThreads::GameThreads(int maxThreads)
{
    const int count = std::clamp(QThread::idealThreadCount(), 1, std::max(1, maxThreads));
    for (int index = 0; index < count; ++index) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("game-%1").arg(index));
        // On epoll as the server thread (docs/architecture.md; TRANSCENDENCE_EVENT_DISPATCHER=qt
        // keeps Qt's for both, TRANSCENDENCE_GAME_EVENT_DISPATCHER=qt for these only): a game
        // thread wakes 120 times a second plus once per input posted to it (bench/README.md,
        // "Where the 40 ms gaps come from").
        if (qEnvironmentVariable("TRANSCENDENCE_EVENT_DISPATCHER") != QLatin1String("qt") &&
            qEnvironmentVariable("TRANSCENDENCE_GAME_EVENT_DISPATCHER") != QLatin1String("qt")) {
            thread->setEventDispatcher(new EpollEventDispatcher);
        }
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
