#pragma once

#include "realtime/IdleSweep.h"
#include "realtime/RealtimeLimits.h"
#include "realtime/RealtimeSession.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

class QHttpServer;
class QTcpSocket;

namespace transcendence::server {

class EventBus;

// Owns every WebSocket session on this instance. Upgrades to /ws come from the listener
// (takeUpgrade: our own transport, RawWebSocket) or, when it does not take them, from
// QHttpServer's QWebSocket (/ws is a real route: Qt 6.4 only upgrades a request that matches
// one). A plain GET /ws gets 426 in the JSON error shape.
class RealtimeHub : public QObject {
    Q_OBJECT
public:
    using MessageHandler =
        std::function<void(RealtimeSession *session, const protocol::Envelope &envelope)>;
    // Who may send a registered type: anyone welcomed, or only authenticated connections
    // (guests then get not_authenticated and the handler is not called).
    enum class HandlerAccess { AnyConnection, SignedInOnly };

    RealtimeHub(QHttpServer &server, QStringList allowedOrigins, TicketCheck checkTicket,
                QObject *parent = nullptr);
    ~RealtimeHub() override;

    void setLimits(RealtimeLimits limits);

    // An upgrade request from the listener (LowDelayTcpServer's WebSocketUpgradeHandler): one to
    // /ws is taken from Qt (the socket's descriptor, duplicated, and the bytes Qt read) and
    // answered here: 101 and a RawWebSocket, or an HTTP error for a malformed upgrade. Refusals
    // of well-formed upgrades (origin, per-address cap, shutdown) close the WebSocket with a
    // code, as they always did. false: not ours (another path), QHttpServer goes on with it.
    bool takeUpgrade(QTcpSocket &socket, QByteArrayView head);

    // Every session's hello, heartbeat and guest idle deadlines: one timer for all of them.
    // Tests set its clock and advance it themselves.
    IdleSweep &idleSweep() { return m_sweep; }

    qsizetype sessionCount() const { return m_sessions.size(); }
    // The live session with this id, or nullptr once it has ended.
    RealtimeSession *session(const QString &connectionId) const;

    // Features register the message types they handle (one handler per type), before serving.
    // Handlers run on the server thread, after the session's checks (size, JSON, hello, rate).
    void registerHandler(const QString &type, HandlerAccess access, MessageHandler handler);

    // Closes every session with "going away"; emits allClosed once none is left.
    void closeAll();
    // Closes the connections of ended sign-ins (logout, revocation, ban) with 4003.
    void closeAuthSessions(const QStringList &authSessionIds);
    // Sends to every welcomed, authenticated connection of the user on this instance.
    void sendToUser(qint64 userId, const QJsonObject &message);
    // The same, for a message serialized once and sent to many users (chat fan-out: the same
    // bytes to every connection); except skips one connection (the sender's, which gets its
    // own answer). Returns the sends.
    int sendSerializedToUser(qint64 userId, const QByteArray &utf8, const QString &except = {});
    // The welcomed connections of the user on this instance.
    QStringList connectionsOf(qint64 userId) const;

    // Every connection of these users on every instance: through the event bus ("user" topic),
    // which calls sendSerializedToUser here at once and on other instances when the event
    // arrives. except skips one connection (the sender's). Returns the sends on this instance.
    int deliverToUsers(const QList<qint64> &userIds, const QByteArray &utf8,
                       const QString &except = {});
    void deliverToUser(qint64 userId, const QJsonObject &message);
    // Until it is set, deliveries stay on this instance.
    void setEventBus(EventBus &bus);
    // For features with events of their own; nullptr until set.
    EventBus *eventBus() const { return m_bus; }

signals:
    void allClosed();
    // An authenticated connection was welcomed / has ended (each ready one ends exactly once).
    void authenticatedSessionReady(qint64 userId, const QString &connectionId);
    void authenticatedSessionEnded(qint64 userId, const QString &connectionId);

private:
    void acceptPending();
    // A new WebSocket: refused with a close code (shutting down, origin, per-address cap) or
    // given a session. transportName ("raw": ours, "qt": QWebSocket) goes into ws_connected.
    void admit(std::unique_ptr<WebSocketTransport> transport, const QString &origin,
               const QString &address, const QString &transportName);
    static void refuse(std::unique_ptr<WebSocketTransport> transport, int code,
                       const QString &reason);
    void onSessionFinished(RealtimeSession *session);
    void onSessionReady(RealtimeSession *session);
    bool dispatch(RealtimeSession *session, const protocol::Envelope &envelope);

    struct RegisteredHandler {
        HandlerAccess access = HandlerAccess::AnyConnection;
        MessageHandler handle;
    };

    QHttpServer &m_server;
    QStringList m_allowedOrigins;
    RealtimeLimits m_limits;
    IdleSweep m_sweep;
    QTimer m_sweepTimer;              // runs while the sweep watches a session
    RealtimeSessionShared m_shared;   // what every session refers to
    QHash<QString, int> m_perAddress; // open sessions by client address
    QHash<QString, RealtimeSession *> m_sessions;
    QMultiHash<qint64, RealtimeSession *> m_byUser; // welcomed, authenticated ones
    QHash<QString, RegisteredHandler> m_handlers;   // by message type
    bool m_closing = false;
    EventBus *m_bus = nullptr;
    int m_busLocalSends = 0; // what the last bus delivery sent here
};

} // namespace transcendence::server
