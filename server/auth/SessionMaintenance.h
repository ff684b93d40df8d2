#pragma once

#include <QObject>
#include <QTimer>

namespace transcendence::server {

class DatabaseWorkers;

// Deletes what the privacy policy says is not kept: sign-in sessions (with their IP address and
// user agent) 30 days after their last use, and expired WebSocket tickets and 2FA challenges.
// Runs at start-up and then every hour, on a worker.
class SessionMaintenance : public QObject {
    Q_OBJECT
public:
    explicit SessionMaintenance(DatabaseWorkers &workers, QObject *parent = nullptr);

    void runNow();

private:
    DatabaseWorkers &m_workers;
    QTimer m_timer;
};

} // namespace transcendence::server
