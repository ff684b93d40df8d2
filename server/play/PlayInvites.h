#pragma once

#include "app/FeatureContext.h"
#include "engine/MatchConfig.h"
#include "play/RoomLauncher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace transcendence::protocol {
struct Envelope;
}

namespace transcendence::server {

class PlayCluster;
class PlayQueue;
class PresenceTracker;
class RealtimeSession;

// Invitations (docs/protocol.md, "Starting a match"): a private 1v1 with a friend, or with a player
// one talks with, accepted, declined, cancelled, expired, or unavailable once either side is
// busy. Checked against friendships, conversations, blocks and bans on a database worker. An
// invitation lives in memory on the inviter's instance; with several instances the invitee may
// be connected to another one: the notices go through the event bus ("user" deliveries),
// answers given there come back on the "play.invite" topic, and an accepted match is hosted
// here with the invitee playing through the relay. Lives on the server thread.
class PlayInvites : public QObject {
    Q_OBJECT
public:
    // An account is free to invite or be invited when it neither plays (rooms.isPlaying) nor
    // waits in the queue.
    PlayInvites(const FeatureContext &context, PresenceTracker *presence, RoomLauncher rooms,
                const PlayQueue &queue, QObject *parent = nullptr);

    // With several instances: an accepted invitee connected elsewhere plays through the relay.
    void setCluster(PlayCluster *cluster) { m_cluster = cluster; }

    // The messages (signed-in connections only).
    void onInvite(RealtimeSession *session, const protocol::Envelope &envelope);
    void onAnswer(RealtimeSession *session, const protocol::Envelope &envelope);
    void onCancel(RealtimeSession *session, const protocol::Envelope &envelope);

    // A new connection of the account hears the invitations waiting for it.
    void connectionReady(qint64 userId, const QString &connectionId);
    // The invitations a connection sent are withdrawn with it (cancelled).
    void connectionEnded(const QString &connectionId);
    // Closes the invitations whose time is up. Once a second.
    void expire();

signals:
    // For the chat, through RoomService's signals of the same meaning.
    void opened(const QString &inviteId, qint64 fromUserId, qint64 toUserId,
                const QJsonObject &config, const QDateTime &expiresAt);
    void closed(const QString &inviteId, const QString &reason);

private:
    struct Invite {
        QString id;
        qint64 fromUserId = 0;
        QString fromName;
        QString fromConnection;
        qint64 toUserId = 0;
        QString toName;
        engine::MatchConfig config;
        qint64 expiresAtMs = 0; // on m_clock
    };
    // Who accepted: a connection of this instance, or another instance's (remote connection id).
    struct Invitee {
        QString connectionId;
        qint64 userId = 0;
        QString displayName;
        bool binary = false; // another instance's connection that takes binary snapshots
    };
    bool busy(qint64 userId) const;
    void close(const QString &inviteId, const QString &reason);
    // The invitee's connections get "invitation" (or only toConnection, when given); without
    // toConnection the inviter gets "inviteSent" too.
    void sendNotices(const Invite &invite, const QString &toConnection = {});
    void accept(const Invite &invite, const Invitee &invitee);
    // With several instances: an answer or cancellation for an invitation held elsewhere goes
    // to the instance that holds it (false when this instance is alone).
    bool forwardAction(const QString &action, const QString &inviteId,
                       const RealtimeSession &session, bool accept);
    void subscribeToActions();
    void onAction(const QByteArray &payload);

    FeatureContext m_context;
    QPointer<PresenceTracker> m_presence; // null without the social feature, or once it is gone
    RoomLauncher m_rooms;
    const PlayQueue &m_queue;
    PlayCluster *m_cluster = nullptr; // null while this instance is alone
    QElapsedTimer m_clock;            // expiry times
    QHash<QString, Invite> m_invites; // by invitation id
};

} // namespace transcendence::server
