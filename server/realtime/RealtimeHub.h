#pragma once

#include "realtime/RealtimeSession.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QHttpServer;

namespace transcendence::server {

// Owns every WebSocket session on this instance. /ws is a real route (Qt 6.4 only upgrades a
// request that matches one); a plain GET /ws gets 426 in the JSON error shape.
class RealtimeHub : public QObject {
    Q_OBJECT
public:
    RealtimeHub(QHttpServer &server, QStringList allowedOrigins, TicketCheck checkTicket,
                QObject *parent = nullptr);

    qsizetype sessionCount() const { return m_sessions.size(); }

    // Closes every session with "going away"; emits allClosed once none is left.
    void closeAll();
    // Closes the connections of ended sign-ins (logout, revocation, ban) with 4003.
    void closeAuthSessions(const QStringList &authSessionIds);

signals:
    void allClosed();

private:
    void acceptPending();
    void onSessionFinished(RealtimeSession *session);

    QHttpServer &m_server;
    QStringList m_allowedOrigins;
    TicketCheck m_checkTicket;
    QHash<QString, RealtimeSession *> m_sessions;
    bool m_closing = false;
};

} // namespace transcendence::server
