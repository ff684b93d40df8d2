#pragma once

#include <QHttpServer>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace transcendence::server {
class DatabaseWorkers;
}

namespace transcendence::bench {

// Keeps `inFlight` copies of one blocking job queued on the server's DatabaseWorkers, the way
// sign-ins (Argon2id) and slow SQL reach them: each finished job queues the next from the
// owning (main) thread until stop().
class WorkerJobLoad : public QObject {
public:
    WorkerJobLoad(server::DatabaseWorkers &workers, int inFlight, std::function<void()> job);

    void start();
    void stop() { m_running = false; }
    qint64 completed() const { return m_completed; }

private:
    void submit();

    server::DatabaseWorkers &m_workers;
    int m_inFlight;
    std::function<void()> m_job;
    bool m_running = false;
    qint64 m_completed = 0;
};

class HttpFloodClient;

// An in-process QHttpServer on the calling (main) thread, like the real server's API, flooded
// by keep-alive clients on a thread of their own: each connection sends its next request as
// soon as the previous response is complete.
class HttpBurstLoad {
public:
    explicit HttpBurstLoad(int connections);
    ~HttpBurstLoad();

    HttpBurstLoad(const HttpBurstLoad &) = delete;
    HttpBurstLoad &operator=(const HttpBurstLoad &) = delete;

    void start();
    void stop();
    qint64 completed() const;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_connections;
    std::atomic<qint64> m_responses{0};
    QThread m_clientThread;
    HttpFloodClient *m_client = nullptr; // lives on m_clientThread, deleted when it finishes
};

} // namespace transcendence::bench
