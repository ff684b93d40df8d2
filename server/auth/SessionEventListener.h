#pragma once

#include "db/DatabaseUrl.h"

#include <QStringList>
#include <QThread>

namespace transcendence::server {

class SessionCache;

// LISTENs on session_events (sql/0017_session_events.sql) on a connection of its own, in a thread
// of its own (QPSQL delivers notifications through that thread's event loop): hands every
// announcement to the SessionCache, and announces ended sign-ins so that this instance closes
// their WebSockets, whichever instance ended them. Checks its connection every second and
// re-connects and re-subscribes when it dropped (QPSQL does not); meanwhile the cache is off
// (every request queries), since announcements made then are lost.
class SessionEventListener : public QThread {
    Q_OBJECT
public:
    static constexpr const char *kChannel = "session_events";

    SessionEventListener(DatabaseSettings settings, SessionCache &cache, QObject *parent = nullptr);
    ~SessionEventListener() override; // quits the loop and waits

signals:
    // Emitted from the listener's thread: connect with an auto or queued connection.
    void sessionsEnded(const QStringList &sessionIds);
    void listeningChanged(bool listening);

protected:
    void run() override;

private:
    DatabaseSettings m_settings;
    SessionCache &m_cache;
};

} // namespace transcendence::server
