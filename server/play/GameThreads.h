#pragma once

#include <QThread>

#include <memory>
#include <vector>

namespace transcendence::server {

// The threads match rooms tick on, each running its own event loop, so HTTP bursts, slow
// queries and password hashing on other threads never delay a game step. A fixed small pool:
// rooms are spread over it in turn.
class GameThreads {
public:
    // One thread per core, at least one and at most maxThreads.
    explicit GameThreads(int maxThreads = 2);
    // Quits and joins every thread; objects deleteLater'd on them are deleted before it returns.
    ~GameThreads();

    GameThreads(const GameThreads &) = delete;
    GameThreads &operator=(const GameThreads &) = delete;

    QThread *nextThread();
    int threadCount() const { return int(m_threads.size()); }

private:
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::size_t m_next = 0;
};

} // namespace transcendence::server
