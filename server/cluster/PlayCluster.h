#pragma once

#include "engine/MatchConfig.h"
#include "protocol/LobbyMessages.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace transcendence::server {

class RedisClient;
struct RedisReply;

// What the play feature shares with the other instances through Redis (docs/architecture.md,
// "Several instances"), all asynchronous on the server thread:
// - the matchmaking queue: one hash of tickets for the whole cluster, a player in it once;
//   pairs are claimed atomically (a Lua script) by the instance that will host the match;
// - the room directory: which instance hosts which room and in which room each account has a
//   seat, refreshed every second by the host and expiring when it stops doing so;
// - the relay: one pub/sub channel per instance, carrying a hosted match's messages to players
//   connected to other instances and their commands back to the host.
class PlayCluster : public QObject {
    Q_OBJECT
public:
    // A player waiting in the shared queue.
    struct Ticket {
        qint64 userId = 0;
        protocol::QueueMode mode = protocol::QueueMode::OneVsOne;
        QByteArray instance;  // where the player is connected
        QString connectionId; // on that instance
        QString name;         // shown on the seat
        int rating = 0;
        qint64 joinedAtMs = 0; // epoch ms: every instance measures waits on the same clock
        engine::MatchConfig config;
        bool binary = false; // the connection takes binary snapshots (its hello)
    };
    enum class Enqueued { Queued, AlreadyQueued, AlreadyPlaying, Unavailable };
    // Where an account has its seat.
    struct Seat {
        QString roomId;
        QByteArray host;
    };
    // A relay frame's kind.
    enum class Frame : char {
        Message = 'm',        // host -> player's instance: a serialized message for the connection
        Snapshot = 's',       // host -> player's instance: a snapshot (dropped if the socket lags)
        BinarySnapshot = 'b', // the same as a binary frame, for a connection that asked for them
        Linked = 'l',         // host -> player's instance: the connection plays a room there now
        Unlinked = 'u',       // host -> player's instance: it no longer does
        Command = 'c',        // player's instance -> host: a play message of the connection
        Detached = 'd',       // player's instance -> host: the connection closed
        Ready = 'r',          // player's instance -> host: a new connection of a seated account
    };
    // The REST play API's frames on the same channels (PlayRoutes.cpp).
    enum class RestFrame : char {
        Request = 'h', // any instance -> host: a REST play request for a room hosted there
        Reply = 'y',   // host -> that instance: the answer to it
    };
    // A running room as the live list shows it (its entry of GET /api/play/live).
    struct LiveRoom {
        QString roomId;
        qint64 startedAtMs = 0; // epoch ms: the list is newest first
        QByteArray json;        // the entry, with the players' account ids
    };

    // How long a directory entry lives without a heartbeat of its host.
    static constexpr int kDirectoryTtlMs = 10'000;

    PlayCluster(RedisClient &redis, QByteArray instanceId, QObject *parent = nullptr);

    const QByteArray &instanceId() const { return m_instanceId; }

    // Connections of other instances, as the host names them: "@<instance>/<connection id>".
    static bool isRemote(const QString &connectionId) { return connectionId.startsWith(u'@'); }
    static QString remoteConnection(const QByteArray &instance, const QString &connectionId);
    // The instance and the connection id there; empty when not a remote name.
    static std::pair<QByteArray, QString> splitRemote(const QString &remoteConnectionId);

    // The queue.
    void enqueue(const Ticket &ticket, std::function<void(Enqueued)> done);
    // Removes the account's ticket (only if it was queued from that connection of that
    // instance, when connectionId is given); done gets the removed ticket.
    void dequeue(qint64 userId, const QString &connectionId,
                 std::function<void(std::optional<Ticket>)> done);
    // Every ticket of the cluster (nullopt while Redis cannot answer).
    void tickets(std::function<void(std::optional<std::vector<Ticket>>)> done);
    // Takes these accounts out of the queue for a room this instance hosts, all or none: not
    // claimed when one of them left (or was claimed by another instance) meanwhile, or has a seat
    // by now (a match started on another instance since it queued): those lose their tickets
    // and are listed in seated.
    struct Claim {
        bool claimed = false;
        std::vector<qint64> seated;
    };
    void claim(const std::vector<qint64> &userIds, const QString &roomId,
               std::function<void(Claim)> done);

    // The directory: this instance hosts the room, these accounts have seats in it (a
    // heartbeat: called every second for every running room). done (optional) runs once Redis
    // has the entries (or could not take them).
    void announceRoom(const QString &roomId, const std::vector<qint64> &players,
                      std::function<void()> done = {});
    // The room ended (or the account left it): its entries go, unless someone else's by now.
    void forgetRoom(const QString &roomId, const std::vector<qint64> &players);
    void forgetSeat(qint64 userId, const QString &roomId);
    void seatOf(qint64 userId, std::function<void(std::optional<Seat>)> done);
    void hostOf(const QString &roomId, std::function<void(std::optional<QByteArray>)> done);
    // Whether the room is in the directory (an instance runs it) or has a checkpoint (an
    // instance runs it, or will once it takes over its dead host's rooms); nullopt when Redis
    // cannot say.
    void roomLives(const QString &roomId, std::function<void(std::optional<bool>)> done);

    // Crash survival. Every instance says it is alive every kBeatMs (the key expires after
    // kAliveTtlMs: the lease on the rooms it hosts) and looks for expired leases at the same
    // pace. The host stores each running room's checkpoint; when an instance's lease has
    // expired, the first instance to notice takes over all its rooms (one Lua script: atomic)
    // and gets their checkpoints to restore them; its queue tickets go too. An instance is
    // taken over once it has not renewed its lease for kAliveTtlMs - kBeatMs (1.75 s): a stall
    // of its event loop (or its Redis connection) that long is taken for a death.
    static constexpr int kAliveTtlMs = 2'000;
    static constexpr int kBeatMs = 250;
    static constexpr int kCheckpointTtlMs = 600'000;
    // Renews the lease. taken gets the rooms this instance still ran that another instance has
    // taken over meanwhile (this one stalled longer than its lease): they are no longer this
    // instance's to run, announce or record; the directory stops taking this instance's word
    // for them at once.
    void heartbeat(std::function<void(const QStringList &taken)> taken);
    // Whether the instance's lease is alive (nullopt when Redis cannot say).
    void isAlive(const QByteArray &instance, std::function<void(std::optional<bool>)> done);
    void saveCheckpoint(const QString &roomId, const QByteArray &checkpoint);
    void claimOrphanedRooms(std::function<void(const QList<QByteArray> &checkpoints)> done);
    // The room ended here: true when this instance still hosted it (record it), false when
    // another instance took it over meanwhile (it records it); nullopt when Redis cannot say.
    void releaseRoom(const QString &roomId, std::function<void(std::optional<bool>)> done);

    // Where REST players' virtual connections are (by room: a REST match has one program):
    // written when the match is created and refreshed every second while the connection lasts
    // (a minute after its match ended, so the program can read how), expiring without it.
    void announceRestPlayers(const QStringList &roomIds, std::function<void()> done = {});
    void forgetRestPlayer(const QString &roomId);
    void restHostOf(const QString &roomId, std::function<void(std::optional<QByteArray>)> done);

    // The live list of the whole cluster: every host publishes its running rooms' entries
    // (on a status change and with the directory's heartbeat; they expire with it) and forgets
    // them when the room ends. Not for rooms taken from this instance meanwhile.
    void publishLive(const std::vector<LiveRoom> &rooms);
    // Every room published, newest first, in one round trip (nullopt while Redis cannot
    // answer); entries whose host stopped refreshing them are gone.
    void liveRooms(std::function<void(std::optional<std::vector<QByteArray>>)> done);

    // The relay.
    void send(const QByteArray &instance, Frame frame, const QString &connectionId,
              const QByteArray &payload);
    void send(const QByteArray &instance, RestFrame frame, const QString &id,
              const QByteArray &payload);

signals:
    void frameReceived(transcendence::server::PlayCluster::Frame frame, const QString &connectionId,
                       const QByteArray &payload);
    void restFrameReceived(transcendence::server::PlayCluster::RestFrame frame, const QString &id,
                           const QByteArray &payload);

private:
    void onMessage(const QByteArray &channel, const QByteArray &payload);
    void publish(const QByteArray &instance, char kind, const QString &id,
                 const QByteArray &payload);
    void call(const QList<QByteArray> &arguments,
              std::function<void(const RedisReply &)> done = {});
    QByteArray channelOf(const QByteArray &instance) const;
    QByteArray seatValue(const QString &roomId) const;
    static std::optional<Ticket> parseTicket(const QByteArray &json);

    RedisClient &m_redis;
    QByteArray m_instanceId;
    QByteArray m_channel;
    QSet<QString> m_hosted; // rooms this instance has stored a checkpoint of
    QSet<QString> m_lost;   // rooms taken from this instance (a few ids, kept for its lifetime)
    std::shared_ptr<int> m_lifetime = std::make_shared<int>(0); // see call()
};

} // namespace transcendence::server
