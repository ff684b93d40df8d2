#pragma once

#include "cluster/PlayCluster.h"
#include "play/SnapshotDelivery.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace transcendence::server {

class RealtimeHub;

// The play feature's one way out to a player, wherever the player is: a WebSocket of this
// instance, a program polling the REST play API (its mailbox keeps the newest snapshot and
// matchOver for its next GET), or a connection of another instance (relayed over PlayCluster).
// Lives on the server thread; the rooms' messages and snapshots arrive here from their queued
// signals.
class PlayOutbox {
public:
    explicit PlayOutbox(RealtimeHub &hub);

    // With several instances: connections of other instances are reached through it.
    void setCluster(PlayCluster *cluster) { m_cluster = cluster; }

    // What a REST player's next GET shows.
    struct Mailbox {
        QJsonObject snapshot; // the newest snapshot
        QJsonObject over;     // matchOver, once it came
    };
    void openMailbox(const QString &connectionId) { m_mailboxes.insert(connectionId, {}); }
    void closeMailbox(const QString &connectionId) { m_mailboxes.remove(connectionId); }
    // Null unless the connection is a REST player's.
    const Mailbox *mailbox(const QString &connectionId) const;

    // To a socket of this instance, else relayed to another instance's (REST players get only
    // what rooms send them: deliver()).
    void send(const QString &connectionId, const QByteArray &message);
    // A room's message for one connection: a REST player's mailbox keeps snapshots and
    // matchOver; anyone else gets it sent.
    void deliver(const QString &connectionId, const QByteArray &message);
    // A room's snapshot for each of its recipients (encoded once per encoding by the room).
    void deliver(const SnapshotDelivery &delivery);
    // A frame for a connection of another instance; false if the connection is not one (or
    // this instance is alone).
    bool relay(const QString &connectionId, PlayCluster::Frame frame, const QByteArray &payload);

private:
    RealtimeHub &m_hub;
    PlayCluster *m_cluster = nullptr;    // null while this instance is alone
    QHash<QString, Mailbox> m_mailboxes; // by REST player's virtual connection id
};

} // namespace transcendence::server
