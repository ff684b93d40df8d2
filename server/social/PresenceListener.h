#pragma once

#include "db/DatabaseUrl.h"

#include <QThread>

namespace transcendence::server {

// LISTENs on presence_store::kNotifyChannel on a connection of its own, in a thread of its own
// (QPSQL delivers notifications through that thread's event loop), and re-connects and
// re-subscribes when the connection drops (QPSQL does not). Changes announced while it was
// disconnected are lost: friends then see them on their next GET /api/friends.
class PresenceListener : public QThread {
    Q_OBJECT
public:
    explicit PresenceListener(DatabaseSettings settings, QObject *parent = nullptr);
    ~PresenceListener() override; // quits the loop and waits

signals:
    // Emitted from the listener's thread: connect with an auto or queued connection.
    void presenceChanged(const QString &instanceId, qint64 userId, const QString &status);

protected:
    void run() override;

private:
    DatabaseSettings m_settings;
};

} // namespace transcendence::server
