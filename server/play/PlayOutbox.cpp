#include "play/PlayOutbox.h"

#include "protocol/PlayMessages.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"

#include <QJsonDocument>

namespace transcendence::server {
namespace proto = transcendence::protocol;

PlayOutbox::PlayOutbox(RealtimeHub &hub)
    : m_hub(hub)
{}

const PlayOutbox::Mailbox *PlayOutbox::mailbox(const QString &connectionId) const
{
    const auto found = m_mailboxes.constFind(connectionId);
    return found == m_mailboxes.cend() ? nullptr : &*found;
}

void PlayOutbox::send(const QString &connectionId, const QByteArray &message)
{
    if (RealtimeSession *session = m_hub.session(connectionId)) {
        session->sendSerialized(message);
    } else {
        relay(connectionId, PlayCluster::Frame::Message, message);
    }
}

void PlayOutbox::deliver(const QString &connectionId, const QByteArray &message)
{
    const auto box = m_mailboxes.find(connectionId);
    if (box == m_mailboxes.end()) {
        send(connectionId, message);
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(message).object();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == proto::message_type::MatchSnapshot) {
        box->snapshot = object;
    } else if (type == proto::message_type::MatchOver) {
        box->over = object;
    }
}

void PlayOutbox::deliver(const SnapshotDelivery &delivery)
{
    delivery.noteHandedOver();
    for (const SnapshotDelivery::Recipient &recipient : delivery.recipients) {
        if (RealtimeSession *session = m_hub.session(recipient.connectionId)) {
            if (recipient.binary) {
                session->sendBinaryIfKeepingUp(delivery.binaryFor(recipient.lastInputSeq));
            } else {
                session->sendTextIfKeepingUp(delivery.textFor(recipient.lastInputSeq));
            }
        } else if (PlayCluster::isRemote(recipient.connectionId)) {
            // A player or spectator connected to another instance: relayed in the encoding it
            // asked for in its hello (its instance told this one, PlayRelay.cpp).
            if (recipient.binary) {
                relay(recipient.connectionId, PlayCluster::Frame::BinarySnapshot,
                      delivery.binaryFor(recipient.lastInputSeq));
            } else {
                relay(recipient.connectionId, PlayCluster::Frame::Snapshot,
                      delivery.textFor(recipient.lastInputSeq).toUtf8());
            }
        } else if (!recipient.binary) {
            // A REST player keeps the newest (a binary recipient without a session is gone).
            deliver(recipient.connectionId, delivery.textFor(recipient.lastInputSeq).toUtf8());
        }
    }
}

bool PlayOutbox::relay(const QString &connectionId, PlayCluster::Frame frame,
                       const QByteArray &payload)
{
    if (!m_cluster || !PlayCluster::isRemote(connectionId)) {
        return false;
    }
    const auto [instance, remoteId] = PlayCluster::splitRemote(connectionId);
    if (instance.isEmpty()) {
        return false;
    }
    m_cluster->send(instance, frame, remoteId, payload);
    return true;
}

} // namespace transcendence::server
