#include "network/RealtimeSession.h"

#include "protocol/Envelope.h"
#include "protocol/ProtocolVersion.h"

#include <algorithm>
#include <limits>

namespace transcendence::client {

namespace protocol = transcendence::protocol;

RealtimeSession::RealtimeSession(QString clientName, QObject *parent)
    : QObject(parent)
    , m_clientName(std::move(clientName))
{}

void RealtimeSession::reset()
{
    m_welcomed = false;
    m_nextPingSeq = 0;
    m_pingSentAtMs.clear();
}

QByteArray RealtimeSession::helloMessage(const QString &ticket) const
{
    return protocol::serialize(
        protocol::Hello{protocol::kProtocolVersion, m_clientName, ticket, m_snapshotEncoding}
            .toJson());
}

QByteArray RealtimeSession::pingMessage(qint64 nowMs)
{
    const qint64 seq = m_nextPingSeq++;
    m_pingSentAtMs.insert(seq, nowMs);
    while (m_pingSentAtMs.size() > kMaxOutstandingPings) {
        m_pingSentAtMs.erase(m_pingSentAtMs.begin());
    }
    return protocol::serialize(protocol::Ping{seq}.toJson());
}

void RealtimeSession::receive(const QByteArray &text, qint64 nowMs)
{
    const protocol::ParsedEnvelope parsed =
        protocol::parseEnvelope(text, protocol::kMaxMessageBytes);
    if (const auto *error = std::get_if<protocol::ProtocolError>(&parsed)) {
        emit protocolViolation(error->message);
        return;
    }
    const auto &envelope = std::get<protocol::Envelope>(parsed);
    if (envelope.type == protocol::message_type::Error) {
        handleError(envelope.body);
    } else if (envelope.type == protocol::message_type::Welcome) {
        handleWelcome(envelope.body);
    } else if (!m_welcomed) {
        emit protocolViolation(
            QStringLiteral("expected a welcome message, got \"%1\"").arg(envelope.type));
    } else if (envelope.type == protocol::message_type::Pong) {
        handlePong(envelope.body, nowMs);
    } else {
        emit message(envelope.type, envelope.body);
    }
}

void RealtimeSession::handleWelcome(const QJsonObject &body)
{
    if (m_welcomed) {
        emit protocolViolation(QStringLiteral("a second welcome message"));
        return;
    }
    auto parsed = protocol::Welcome::fromJson(body);
    if (const auto *error = std::get_if<protocol::ProtocolError>(&parsed)) {
        emit protocolViolation(error->message);
        return;
    }
    const auto &welcome = std::get<protocol::Welcome>(parsed);
    if (welcome.version != protocol::kProtocolVersion) {
        emit protocolViolation(QStringLiteral("the server welcomed protocol version %1, not %2")
                                   .arg(welcome.version)
                                   .arg(protocol::kProtocolVersion));
        return;
    }
    m_welcomed = true;
    emit welcomed(welcome);
}

void RealtimeSession::handlePong(const QJsonObject &body, qint64 nowMs)
{
    auto parsed = protocol::Pong::fromJson(body);
    if (const auto *error = std::get_if<protocol::ProtocolError>(&parsed)) {
        emit protocolViolation(error->message);
        return;
    }
    const qint64 seq = std::get<protocol::Pong>(parsed).seq;
    const auto sent = m_pingSentAtMs.constFind(seq);
    if (sent == m_pingSentAtMs.constEnd()) {
        return; // an answer to a ping already given up on
    }
    const qint64 roundTripMs = nowMs - sent.value();
    m_pingSentAtMs.erase(m_pingSentAtMs.constBegin(), std::next(sent));
    emit pingMeasured(int(std::clamp<qint64>(roundTripMs, 0, std::numeric_limits<int>::max())));
}

void RealtimeSession::handleError(const QJsonObject &body)
{
    auto parsed = protocol::ErrorMessage::fromJson(body);
    if (const auto *error = std::get_if<protocol::ProtocolError>(&parsed)) {
        emit protocolViolation(error->message);
        return;
    }
    const auto &message = std::get<protocol::ErrorMessage>(parsed);
    emit serverError(message.code, message.message, message.ref);
}

} // namespace transcendence::client
