#pragma once

#include "core/DomainError.h"
#include "protocol/ConnectionMessages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QJsonObject;
class QWebSocket;

namespace transcendence::protocol {
struct Envelope;
}

namespace transcendence::server {

class RealtimeSession;

// Who a ticket belongs to, once checked (in the database, on a worker).
struct RealtimeIdentity {
    qint64 userId = 0;
    QString authSessionId;
    QString displayName;
};
using TicketCheck = std::function<void(const QByteArray &ticket, QObject *context,
                                       std::function<void(std::optional<RealtimeIdentity>)>)>;
// Handles a message of a type a feature registered (RealtimeHub::registerHandler); false when
// nobody handles the type (the session then answers unknown_type).
using MessageDispatch =
    std::function<bool(RealtimeSession *session, const protocol::Envelope &envelope)>;

// One client's WebSocket: enforces the hello handshake, answers heartbeats, refuses malformed,
// oversized, binary or unknown messages with an error message, throttles floods, and drops
// connections that go silent. Messages of other types go to the hub's dispatch, which hands them
// to the feature that registered the type.
class RealtimeSession : public QObject {
    Q_OBJECT
public:
    RealtimeSession(std::unique_ptr<QWebSocket> socket, QString connectionId,
                    TicketCheck checkTicket, MessageDispatch dispatch, QObject *parent = nullptr);
    ~RealtimeSession() override;

    const QString &connectionId() const { return m_connectionId; }
    // The client's address (X-Real-IP from a trusted proxy, else the peer), what limits on
    // guests and connections count by; computed at construction, the hub may set it again.
    const QString &clientAddress() const { return m_clientAddress; }
    void setClientAddress(const QString &address) { m_clientAddress = address; }
    // Asked before a signed-in connection is welcomed: an empty answer admits it, else the
    // reason it is refused (error too_many_connections, close 4008). Set by the hub.
    using Admission = std::function<QString(const RealtimeIdentity &identity)>;
    void setAdmission(Admission admission) { m_admission = std::move(admission); }
    // A guest that sends nothing but heartbeats this long is closed (4009); 0: never.
    void setGuestIdleLimit(int milliseconds) { m_guestIdleLimitMs = milliseconds; }
    bool isReady() const { return m_state == State::Ready; }
    bool wasWelcomed() const { return m_welcomed; } // also while closing, after Ready
    // Empty for a guest connection.
    const std::optional<RealtimeIdentity> &identity() const { return m_identity; }
    // How this connection takes match snapshots (its hello's "encoding"; JSON by default).
    protocol::SnapshotEncoding snapshotEncoding() const { return m_snapshotEncoding; }

    void close(int code, const QString &reason);
    // One message to this client (server pushes from features, e.g. presence).
    void sendJson(const QJsonObject &message);
    // One message already serialized (e.g. on a game thread): UTF-8 JSON. A client that has
    // more than kMaxQueuedBytes waiting unread is closed (1008, "too slow") instead.
    void sendSerialized(const QByteArray &utf8);
    // The same for a text already decoded once for many recipients (a chat fan-out).
    void sendText(const QString &text);
    // A message the next one replaces (a snapshot): dropped, not queued, while more than
    // kMaxQueuedSnapshotBytes wait to be written, so a slow client gets fewer, current states.
    bool sendIfKeepingUp(const QByteArray &utf8);
    // The same for a text already decoded (a snapshot shared by a room's recipients).
    bool sendTextIfKeepingUp(const QString &text);
    // The same for a binary frame (a binary snapshot, protocol/BinarySnapshot.h).
    bool sendBinaryIfKeepingUp(const QByteArray &frame);
    qint64 droppedMessages() const { return m_droppedMessages; }

    static constexpr qint64 kMaxQueuedSnapshotBytes = 64 * 1024;
    static constexpr qint64 kMaxQueuedBytes = 8 * 1024 * 1024;
    void sendError(const QString &code, const QString &message, const QString &ref = {});
    // The one mapping from a store's DomainError to a WebSocket error (docs/protocol.md codes).
    void sendError(const DomainError &error, const QString &ref = {});
    // Sends a WebSocket ping frame; the answer updates latencyMs() (every client answers pings
    // by itself: browsers and QWebSocket alike).
    void measureLatency();
    // The round trip of the last answered ping; none before the first answer.
    std::optional<int> latencyMs() const { return m_latencyMs; }

signals:
    void ready(RealtimeSession *session); // welcomed: identity() is final from here on
    void finished(RealtimeSession *session);

private:
    enum class State { AwaitingHello, Authenticating, Ready, Closing };

    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    bool admitMessage();
    void handleHello(const class QJsonObject &body);
    void welcome(const QString &client);

    void onGuestIdleTimer();

    std::unique_ptr<QWebSocket> m_socket;
    QString m_connectionId;
    QString m_clientAddress;
    Admission m_admission;
    int m_guestIdleLimitMs = 0;
    QTimer m_guestIdleTimer;
    QElapsedTimer m_lastActivity; // since the last message other than a heartbeat
    TicketCheck m_checkTicket;
    MessageDispatch m_dispatch;
    std::optional<RealtimeIdentity> m_identity;
    State m_state = State::AwaitingHello;
    QTimer m_idleTimer;
    QElapsedTimer m_lastMessage; // since the last message from the client
    QTimer m_helloTimer;
    QElapsedTimer m_rateWindow;
    int m_messagesInWindow = 0;
    bool m_throttleReported = false;
    bool m_welcomed = false;
    std::optional<int> m_latencyMs;
    protocol::SnapshotEncoding m_snapshotEncoding = protocol::SnapshotEncoding::Json;
    qint64 m_droppedMessages = 0;
};

} // namespace transcendence::server
