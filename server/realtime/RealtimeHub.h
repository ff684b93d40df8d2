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
    // Sends to every welcomed, authenticated connection of the user on this instance.
    void sendToUser(qint64 userId, const QJsonObject &message);

signals:
    void allClosed();
    // An authenticated connection was welcomed / has ended (each ready one ends exactly once).
    void authenticatedSessionReady(qint64 userId, const QString &connectionId);
    void authenticatedSessionEnded(qint64 userId, const QString &connectionId);

private:
    void acceptPending();
    void onSessionFinished(RealtimeSession *session);
    void onSessionReady(RealtimeSession *session);

    QHttpServer &m_server;
    QStringList m_allowedOrigins;
    TicketCheck m_checkTicket;
    QHash<QString, RealtimeSession *> m_sessions;
    QMultiHash<qint64, RealtimeSession *> m_byUser; // welcomed, authenticated ones
    bool m_closing = false;
};

} // namespace transcendence::server
