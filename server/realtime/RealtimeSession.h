#pragma once

#include "core/DomainError.h"
#include "protocol/ConnectionMessages.h"
#include "realtime/IdleSweep.h"
#include "realtime/WebSocketTransport.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QJsonObject;

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

// What every session of a hub shares (one copy, not one per connection): the ticket check, the
// dispatch of registered types, the admission rule, the guest idle limit and the idle sweep.
struct RealtimeSessionShared {
    TicketCheck checkTicket;
    MessageDispatch dispatch;
    // Asked before a signed-in connection is welcomed: an empty answer admits it, else the
    // reason it is refused (error too_many_connections, close 4008).
    std::function<QString(const RealtimeIdentity &identity)> admission;
    // A guest that sends nothing but heartbeats this long is closed (4009); 0: never.
    int guestIdleLimitMs = 0;
    // Hello, heartbeat and guest deadlines (required: the session's only clock).
    IdleSweep *sweep = nullptr;
    // Called beside the ready / finished signals (the hub's own bookkeeping, without a
    // connection per session).
    std::function<void(RealtimeSession *)> onReady;
    std::function<void(RealtimeSession *)> onFinished;
};

// One client's WebSocket: enforces the hello handshake, answers heartbeats, refuses malformed,
// oversized, binary or unknown messages with an error message, throttles floods, and drops
// connections that go silent. Messages of other types go to the hub's dispatch, which hands them
// to the feature that registered the type. Its deadlines live in the hub's IdleSweep (no timer
// of its own: an idle connection costs as little memory as it can, bench/README.md).
class RealtimeSession : public QObject,
                        private IdleSweep::Member,
                        private WebSocketTransport::Receiver {
    Q_OBJECT
public:
    // shared outlives the session (the hub owns both). clientAddress: X-Real-IP from a trusted
    // proxy, else the peer's.
    RealtimeSession(std::unique_ptr<WebSocketTransport> transport, QString connectionId,
                    QString clientAddress, const RealtimeSessionShared &shared,
                    QObject *parent = nullptr);
    ~RealtimeSession() override;

    const QString &connectionId() const { return m_connectionId; }
    // The client's address (X-Real-IP from a trusted proxy, else the peer), what limits on
    // guests and connections count by.
    const QString &clientAddress() const { return m_clientAddress; }
    bool isReady() const { return m_state == State::Ready; }
    bool wasWelcomed() const { return m_welcomed; } // also while closing, after Ready
    // Empty for a guest connection.
    const std::optional<RealtimeIdentity> &identity() const { return m_identity; }
    // How this connection takes match snapshots (its hello's "encoding"; JSON by default).
    protocol::SnapshotEncoding snapshotEncoding() const { return m_snapshotEncoding; }

    void close(int code, const QString &reason);
    // One message to this client (server pushes from features, e.g. presence).
    void sendJson(const QJsonObject &message);
    // One message already serialized (e.g. on a game thread): UTF-8 JSON, sent as these bytes
    // (shared, not copied, by every recipient of a fan-out). A client that has more than
    // kMaxQueuedBytes waiting unread is closed (1008, "too slow") instead.
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

    // WebSocketTransport::Receiver
    void onTextMessage(const QByteArray &utf8) override;
    void onBinaryMessage(const QByteArray &data) override;
    void onPong(qint64 roundTripMs) override;
    void onClosed() override;
    bool keepsUp();
    bool admitMessage(qint64 nowMs);
    void handleHello(const class QJsonObject &body);
    void welcome(const QString &client);

    void emitFinished();
    // IdleSweep::Member: the earliest of the hello, heartbeat and guest idle deadlines.
    qint64 nextDeadline() const override;
    void expire(qint64 nowMs) override;

    std::unique_ptr<WebSocketTransport> m_transport;
    const RealtimeSessionShared &m_shared;
    QString m_connectionId;
    QString m_clientAddress;
    std::optional<RealtimeIdentity> m_identity;
    // On the sweep's clock (ms): when the connection opened, its last message (heartbeats
    // included), its last message other than a heartbeat, and the start of the rate window.
    qint64 m_openedMs = 0;
    qint64 m_lastMessageMs = 0;
    qint64 m_lastActivityMs = 0;
    qint64 m_rateWindowMs = 0;
    qint64 m_droppedMessages = 0;
    int m_messagesInWindow = 0;
    State m_state = State::AwaitingHello;
    protocol::SnapshotEncoding m_snapshotEncoding = protocol::SnapshotEncoding::Json;
    bool m_throttleReported = false;
    bool m_welcomed = false;
    std::optional<int> m_latencyMs;
};

} // namespace transcendence::server
