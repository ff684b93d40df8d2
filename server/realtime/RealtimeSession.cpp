#include "realtime/RealtimeSession.h"

#include "app/StructuredLog.h"
#include "http/HttpExchange.h"
#include "metrics/ServerMetrics.h"
#include "protocol/ConnectionMessages.h"
#include "protocol/Envelope.h"
#include "protocol/LobbyMessages.h"
#include "protocol/ProtocolError.h"
#include "protocol/ProtocolVersion.h"
#include "realtime/WebSocketFrames.h"

#include <algorithm>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

constexpr int kHelloTimeoutMs = 10'000;
// Inputs arrive at most at the simulation rate (120/s); far above that is a flood.
constexpr int kRateWindowMs = 1000;
constexpr int kMaxMessagesPerWindow = 240;
constexpr int kDisconnectMessagesPerWindow = 1000;

} // namespace

RealtimeSession::RealtimeSession(std::unique_ptr<WebSocketTransport> transport,
                                 QString connectionId, QString clientAddress,
                                 const RealtimeSessionShared &shared, QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_shared(shared)
    , m_connectionId(std::move(connectionId))
    , m_clientAddress(std::move(clientAddress))
{
    Q_ASSERT(m_shared.sweep);
    m_transport->setReceiver(this);
    // No timer of its own: a message only notes the time, and the hub's sweep looks at the
    // session when its earliest deadline comes (hello, then heartbeats; guests' idle limit).
    m_openedMs = m_lastMessageMs = m_rateWindowMs = m_shared.sweep->now();
    m_shared.sweep->schedule(*this);
}

RealtimeSession::~RealtimeSession() = default;

void RealtimeSession::onClosed()
{
    emitFinished();
}

void RealtimeSession::onPong(qint64 roundTripMs)
{
    m_latencyMs = int(roundTripMs);
}

void RealtimeSession::emitFinished()
{
    if (m_shared.sweep) {
        m_shared.sweep->remove(*this);
    }
    if (m_shared.onFinished) {
        m_shared.onFinished(this);
    }
    emit finished(this);
}

qint64 RealtimeSession::nextDeadline() const
{
    if (m_state == State::Closing) {
        return -1;
    }
    qint64 deadline = m_lastMessageMs + proto::kIdleTimeoutMs;
    if (m_state != State::Ready) {
        deadline = std::min(deadline, m_openedMs + kHelloTimeoutMs);
    } else if (!m_identity && m_shared.guestIdleLimitMs > 0) {
        deadline = std::min(deadline, m_lastActivityMs + m_shared.guestIdleLimitMs);
    }
    return deadline;
}

void RealtimeSession::expire(qint64 nowMs)
{
    if (m_state == State::Closing) {
        return;
    }
    if (m_state != State::Ready && nowMs >= m_openedMs + kHelloTimeoutMs) {
        close(proto::kCloseHelloRequired, QStringLiteral("hello expected"));
    } else if (nowMs >= m_lastMessageMs + proto::kIdleTimeoutMs) {
        close(proto::kCloseHeartbeatTimeout, QStringLiteral("no heartbeat"));
    } else if (m_state == State::Ready && !m_identity && m_shared.guestIdleLimitMs > 0 &&
               nowMs >= m_lastActivityMs + m_shared.guestIdleLimitMs) {
        close(proto::kCloseIdleGuest, QStringLiteral("idle guest"));
    } else {
        m_shared.sweep->schedule(*this);
    }
}

void RealtimeSession::close(int code, const QString &reason)
{
    if (m_state == State::Closing) {
        return;
    }
    m_state = State::Closing;
    m_shared.sweep->remove(*this);
    m_transport->close(code, reason);
}

bool RealtimeSession::admitMessage(qint64 nowMs)
{
    if (nowMs - m_rateWindowMs >= kRateWindowMs) {
        m_rateWindowMs = nowMs;
        m_messagesInWindow = 0;
        m_throttleReported = false;
    }
    ++m_messagesInWindow;
    if (m_messagesInWindow > kDisconnectMessagesPerWindow) {
        StructuredLog::warning(QStringLiteral("ws_flood_closed"),
                               {{QStringLiteral("connectionId"), m_connectionId}});
        close(websocket::close_code::PolicyViolation, QStringLiteral("message rate exceeded"));
        return false;
    }
    if (m_messagesInWindow > kMaxMessagesPerWindow) {
        if (!m_throttleReported) {
            m_throttleReported = true;
            sendError(QStringLiteral("rate_limited"),
                      QStringLiteral("too many messages; some were dropped"));
        }
        return false;
    }
    return true;
}

void RealtimeSession::onTextMessage(const QByteArray &utf8)
{
    metrics::webSocketMessageIn();
    const qint64 nowMs = m_shared.sweep->now();
    if (m_state == State::Closing || !admitMessage(nowMs)) {
        return;
    }
    m_lastMessageMs = nowMs;
    const auto parsed = proto::parseEnvelope(utf8, proto::kMaxMessageBytes);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        sendError(error->code, error->message);
        return;
    }
    const auto &envelope = std::get<proto::Envelope>(parsed);
    if (m_state == State::Authenticating) {
        sendError(proto::error_code::HelloRequired, QStringLiteral("wait for welcome"),
                  envelope.type);
        return;
    }
    if (m_state == State::AwaitingHello) {
        if (envelope.type != proto::message_type::Hello) {
            sendError(proto::error_code::HelloRequired, QStringLiteral("send hello first"),
                      envelope.type);
            close(proto::kCloseHelloRequired, QStringLiteral("hello expected"));
            return;
        }
        handleHello(envelope.body);
        return;
    }
    if (envelope.type == proto::message_type::Ping) {
        const auto ping = proto::Ping::fromJson(envelope.body);
        if (const auto *error = std::get_if<proto::ProtocolError>(&ping)) {
            sendError(error->code, error->message, envelope.type);
            return;
        }
        sendJson(
            proto::Pong{std::get<proto::Ping>(ping).seq, QDateTime::currentDateTimeUtc()}.toJson());
        return;
    }
    if (envelope.type == proto::message_type::Hello) {
        sendError(proto::error_code::InvalidField, QStringLiteral("hello was already received"),
                  envelope.type);
        return;
    }
    m_lastActivityMs = m_lastMessageMs;
    if (m_shared.dispatch && m_shared.dispatch(this, envelope)) {
        return;
    }
    sendError(proto::error_code::UnknownType, QStringLiteral("unknown message type"),
              envelope.type.left(64));
}

void RealtimeSession::handleHello(const QJsonObject &body)
{
    const auto hello = proto::Hello::fromJson(body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&hello)) {
        sendError(error->code, error->message, proto::message_type::Hello);
        return;
    }
    const proto::Hello &accepted = std::get<proto::Hello>(hello);
    if (accepted.version != proto::kProtocolVersion) {
        sendError(
            proto::error_code::UnsupportedVersion,
            QStringLiteral("this server speaks protocol version %1").arg(proto::kProtocolVersion),
            proto::message_type::Hello);
        close(proto::kCloseUnsupportedVersion, QStringLiteral("unsupported protocol version"));
        return;
    }
    m_snapshotEncoding = accepted.encoding;
    if (accepted.ticket.isEmpty()) {
        welcome(accepted.client);
        return;
    }
    m_state = State::Authenticating;
    const QString client = accepted.client;
    m_shared.checkTicket(
        accepted.ticket.toLatin1(), this, [this, client](std::optional<RealtimeIdentity> identity) {
            if (m_state != State::Authenticating) {
                return; // closed meanwhile
            }
            if (!identity) {
                sendError(proto::error_code::InvalidTicket,
                          QStringLiteral("the ticket is unknown, used or expired"),
                          proto::message_type::Hello);
                close(proto::kCloseNotAuthenticated, QStringLiteral("invalid ticket"));
                return;
            }
            m_identity = std::move(identity);
            welcome(client);
        });
}

void RealtimeSession::welcome(const QString &client)
{
    if (m_identity && m_shared.admission) {
        if (const QString refusal = m_shared.admission(*m_identity); !refusal.isEmpty()) {
            StructuredLog::warning(QStringLiteral("ws_refused"),
                                   {{QStringLiteral("connectionId"), m_connectionId},
                                    {QStringLiteral("userId"), m_identity->userId},
                                    {QStringLiteral("reason"), refusal}});
            sendError(proto::error_code::TooManyConnections, refusal, proto::message_type::Hello);
            close(proto::kCloseTooManyConnections, refusal);
            return;
        }
    }
    m_state = State::Ready;
    m_welcomed = true;
    // The hello deadline is gone; a guest's idle limit may come before the next heartbeat one.
    m_lastActivityMs = m_shared.sweep->now();
    m_shared.sweep->schedule(*this);
    proto::Welcome message{proto::kProtocolVersion,
                           QStringLiteral("transcendence/") +
                               QStringLiteral(TRANSCENDENCE_VERSION_STRING),
                           m_connectionId,
                           proto::kHeartbeatIntervalMs,
                           QDateTime::currentDateTimeUtc(),
                           m_identity ? m_identity->userId : 0,
                           m_identity ? m_identity->displayName : QString(),
                           m_snapshotEncoding};
    sendJson(message.toJson());
    StructuredLog::info(QStringLiteral("ws_ready"),
                        {{QStringLiteral("connectionId"), m_connectionId},
                         {QStringLiteral("client"), client},
                         {QStringLiteral("userId"), m_identity ? m_identity->userId : 0}});
    if (m_shared.onReady) {
        m_shared.onReady(this);
    }
    emit ready(this);
}

void RealtimeSession::onBinaryMessage(const QByteArray &)
{
    if (m_state == State::Closing || !admitMessage(m_shared.sweep->now())) {
        return;
    }
    // Binary frames go one way only (snapshots, server -> client): whatever a client sends in
    // one is refused, and the connection stays open.
    sendError(proto::error_code::BinaryNotSupported, QStringLiteral("send JSON text frames"));
}

void RealtimeSession::measureLatency()
{
    if (m_state == State::Ready) {
        m_transport->ping();
    }
}

void RealtimeSession::sendError(const QString &code, const QString &message, const QString &ref)
{
    sendJson(proto::ErrorMessage{code, message, ref}.toJson());
}

void RealtimeSession::sendError(const DomainError &error, const QString &ref)
{
    // The protocol names a database outage "unavailable"; every other code is the domain's own.
    const bool outage =
        error.code == domain_error::Unavailable || error.code == domain_error::DatabaseError;
    const QString code = outage ? proto::error_code::Unavailable : error.code;
    sendError(code, error.message, ref);
}

void RealtimeSession::sendJson(const QJsonObject &message)
{
    sendSerialized(proto::serialize(message));
}

bool RealtimeSession::keepsUp()
{
    if (m_transport->bytesQueued() <= kMaxQueuedBytes) {
        return true;
    }
    // The client stopped reading (or its network did): rather than buffer without end, let it
    // go; a player comes back within the reconnect grace time.
    StructuredLog::warning(QStringLiteral("ws_client_too_slow"),
                           {{QStringLiteral("connectionId"), m_connectionId},
                            {QStringLiteral("queuedBytes"), m_transport->bytesQueued()}});
    close(websocket::close_code::PolicyViolation, QStringLiteral("too slow"));
    return false;
}

void RealtimeSession::sendSerialized(const QByteArray &utf8)
{
    if (m_state == State::Closing || !keepsUp()) {
        return;
    }
    m_transport->sendText(utf8);
    metrics::webSocketMessageOut();
}

void RealtimeSession::sendText(const QString &text)
{
    if (m_state == State::Closing || !keepsUp()) {
        return;
    }
    m_transport->sendText(text);
    metrics::webSocketMessageOut();
}

bool RealtimeSession::sendIfKeepingUp(const QByteArray &utf8)
{
    if (m_state == State::Closing || m_transport->bytesQueued() > kMaxQueuedSnapshotBytes) {
        ++m_droppedMessages;
        return false;
    }
    m_transport->sendText(utf8);
    metrics::webSocketMessageOut();
    return true;
}

bool RealtimeSession::sendTextIfKeepingUp(const QString &text)
{
    if (m_state == State::Closing || m_transport->bytesQueued() > kMaxQueuedSnapshotBytes) {
        ++m_droppedMessages;
        return false;
    }
    m_transport->sendText(text);
    metrics::webSocketMessageOut();
    return true;
}

bool RealtimeSession::sendBinaryIfKeepingUp(const QByteArray &frame)
{
    if (m_state == State::Closing || m_transport->bytesQueued() > kMaxQueuedSnapshotBytes) {
        ++m_droppedMessages;
        return false;
    }
    m_transport->sendBinary(frame);
    metrics::webSocketMessageOut();
    return true;
}

} // namespace transcendence::server
