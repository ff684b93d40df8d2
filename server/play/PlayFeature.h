#pragma once

#include "app/FeatureContext.h"
#include "auth/RateLimiter.h"
#include "cluster/PlayCluster.h"
#include "http/DeferredReply.h"
#include "play/GameThreads.h"
#include "play/MatchRoom.h"
#include "play/PlayInvites.h"
#include "play/PlayOutbox.h"
#include "play/PlayQueue.h"
#include "play/PlayReplays.h"
#include "play/ReplayRoom.h"
#include "play/RoomDirectory.h"
#include "play/RoomLauncher.h"
#include "play/RoomService.h"
#include "social/PresenceTracker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>
#include <vector>

class QHttpServerRequest;

namespace transcendence::protocol {
struct Envelope;
}

namespace transcendence::server {

class RealtimeSession;
struct UserRecord;
struct RouteCall;

// Real-time play (docs/protocol.md, "Play"): local and AI matches, the matchmaking queues,
// invitations, entering and leaving rooms, spectators, pauses, latency, and the REST play API for
// programs; one MatchRoom per match on the game threads; every finished match stored.
void registerPlayFeature(const FeatureContext &context);

// Lives on the server thread and wires the play parts: RoomDirectory (rooms and who sits where,
// the one writer of seat state), PlayOutbox (the way out to players on a WebSocket, REST or
// another instance), PlayQueue (matchmaking), PlayInvites (invitations) and PlayReplays; guests,
// REST play and the relay are still its member files. Checks every message before anything
// reaches a room. One account plays one match at a time and waits in one queue at most, never
// both.
class PlayFeature : public RoomService {
    Q_OBJECT
public:
    PlayFeature(const FeatureContext &context, PresenceTracker *presence, QObject *parent);
    // Ends the rooms still running (stored as abandoned), then stops the game threads.
    ~PlayFeature() override;

    std::variant<QString, ApiError> openRoom(const RoomRequest &request) override;
    bool isUserPlaying(qint64 userId) const override;
    void countLiveMatches(std::function<void(int)> done) override;
    void findRoom(const QString &roomId, std::function<void(std::optional<bool>)> done) override;

private:
    using Room = RoomDirectory::Room;
    // A program playing over REST: a virtual connection kept alive by its requests.
    struct RestPlayer {
        QString roomId;
        qint64 userId = 0;
        QElapsedTimer lastRequest;
        bool attached = true;
        QJsonObject started; // the matchStarted message (the rest is in its outbox mailbox)
        std::optional<qint64> lastSeq;
    };

    // Who sent a play message: a socket of this instance, or (with several instances) a
    // player connected to another one, whose connection id here is PlayCluster::remoteConnection.
    struct Caller {
        QString connectionId;
        qint64 userId = 0;
        QString displayName;
    };
    static Caller callerOf(const RealtimeSession &session);
    void replyError(const QString &connectionId, const QString &code, const QString &message,
                    const QString &ref);

    // WebSocket messages (PlayMessages.cpp). input, leave, join, pause and resume go to the
    // instance hosting the caller's match when that is another one (PlayRelay.cpp).
    void onPlay(RealtimeSession *session, const protocol::Envelope &envelope);
    void onInput(RealtimeSession *session, const protocol::Envelope &envelope);
    void onLeave(RealtimeSession *session, const protocol::Envelope &envelope);
    void onJoin(RealtimeSession *session, const protocol::Envelope &envelope);
    void onWatch(RealtimeSession *session, const protocol::Envelope &envelope);
    void onPause(RealtimeSession *session, const protocol::Envelope &envelope, bool pause);
    void handleInput(const Caller &caller, const protocol::Envelope &envelope);
    void handleLeave(const Caller &caller, const protocol::Envelope &envelope);
    void handleJoin(const Caller &caller, const protocol::Envelope &envelope);
    void handleWatch(const Caller &caller, const protocol::Envelope &envelope,
                     protocol::SnapshotEncoding encoding);
    void handlePause(const Caller &caller, const protocol::Envelope &envelope, bool pause);
    void onConnectionReady(qint64 userId, const QString &connectionId);
    void onConnectionEnded(qint64 userId, const QString &connectionId);
    // Guests (PlayGuests.cpp): local and ai matches without an account
    void onGuestPlay(RealtimeSession *session, const protocol::Envelope &envelope,
                     const protocol::PlayRequest &request);
    void startGuestRoom(RealtimeSession *session, const protocol::PlayRequest &request);
    QString guestRefusal(const QString &address);
    void onGuestConnectionEnded(const QString &connectionId);
    void endIdleGuestRooms();
    // REST (PlayRoutes.cpp)
    void registerRoutes();
    void restCreate(const RouteCall &call);
    void restStart(const DeferredReplyPtr &reply, const UserRecord &user,
                   const protocol::PlayRequest &play);
    void restState(const RouteCall &call);
    void restInput(const RouteCall &call);
    void restLeave(const RouteCall &call);
    void restLive(const RouteCall &call);
    void restSummary(const RouteCall &call);
    void sendSummary(std::vector<DeferredReplyPtr> replies);
    QJsonObject liveEntry(const Room &room, const QString &roomId) const;
    void liveList(bool forVisitors, int limit, std::function<void(const QJsonArray &, int)> done);
    void publishLive(const QString &roomId = {}); // every room here, or this one
    QString restConnectionOf(qint64 userId, const QString &roomId) const;
    QJsonObject restOver(const QString &connectionId) const; // matchOver, once it came
    void detachIdleRestPlayers();
    // A REST player's request, answered by the instance that holds its virtual connection.
    enum class RestOp { State, Input, Leave };
    void restOnHost(const RouteCall &call, RestOp op);
    QHttpServerResponse restAnswer(RestOp op, qint64 userId, const QString &roomId,
                                   const QJsonObject &json);
    QHttpServerResponse restStateOf(const QString &connectionId, qint64 userId,
                                    const QString &roomId);
    QHttpServerResponse restInputOf(const QString &connectionId, qint64 userId,
                                    const QString &roomId, const QJsonObject &json);
    QHttpServerResponse restLeaveOf(const QString &connectionId, qint64 userId,
                                    const QString &roomId);
    void startRestCluster();
    void onRestFrame(PlayCluster::RestFrame frame, const QString &id, const QByteArray &payload);
    struct RestForward {
        DeferredReplyPtr reply;
        QTimer *timeout = nullptr; // a child of this object, deleted once answered
    };
    QHash<quint64, RestForward> m_restForwarded; // requests sent to their room's host
    quint64 m_restForwardSequence = 0;

    // Rooms (PlayRooms.cpp)
    QString launch(NewRoom room);
    NewRoom localRoom(const protocol::PlayRequest &request, qint64 userId,
                      const QString &displayName, const QString &connectionId) const;
    QJsonObject startedMessage(const Room &room, const QString &roomId,
                               const QString &connectionId) const;
    void attach(const QString &roomId, const QString &connectionId, qint64 userId);
    void giveUpSeats(const QString &roomId, const QString &connectionId, qint64 userId);
    void dropConnection(const QString &roomId, const QString &connectionId);
    bool userBusy(qint64 userId) const; // playing or queued
    // How a connection takes snapshots (its hello); REST players and gone connections: JSON.
    protocol::SnapshotEncoding encodingOf(const QString &connectionId) const;
    // How long after matchOver inputs of the ended match are still expected (a round trip or
    // two): they are dropped quietly rather than answered not_playing.
    static constexpr qint64 kLateInputMs = 3000;
    RoomLauncher launcher();
    qint64 userOf(const QString &connectionId) const;
    void onRoomStatus(const QString &roomId, const QJsonObject &status);
    void onSeatsForfeited(const QString &roomId, const QList<int> &seats);
    void onRoomEnded(const MatchRoomResult &result);
    // matchOver to everyone in the ended room (with the stored match's id, if any), then the
    // connections are free; roomFinished for rooms opened through openRoom().
    void deliverMatchOver(const MatchRoomResult &result, const Room &room,
                          std::optional<qint64> matchId);
    void onRoomDestroyed(const QString &roomId);
    bool admitInput(const QString &connectionId, RoomDirectory::InputPacing &pacing);
    void reportLatency();
    void setInGame(const QString &connectionId, bool inGame);
    // Several instances (PlayRelay.cpp): matches hosted here with players connected elsewhere,
    // and this instance's players in matches hosted elsewhere.
    void startCluster();
    bool forwardToHost(const QString &connectionId, const protocol::Envelope &envelope);
    void sendCommand(const QByteArray &host, const QString &connectionId,
                     const RealtimeSession &session, const protocol::Envelope &envelope);
    void onRelayFrame(PlayCluster::Frame frame, const QString &connectionId,
                      const QByteArray &payload);
    void onRemoteCommand(const QString &remoteConnectionId, const QByteArray &payload);
    void lookUpRemoteMatch(qint64 userId, const QString &connectionId);
    void announceRooms();
    // Rooms of a dead instance, taken over by this one: each continues from its checkpoint,
    // its players missing until they come back.
    void restoreRooms(const QList<QByteArray> &checkpoints);
    void dropTakenRooms(const QStringList &roomIds);
    // Watching a match hosted on another instance: the host takes the connection in as a
    // spectator (a Command frame) and relays the match to it.
    void watchElsewhere(const QString &connectionId, const protocol::Envelope &envelope,
                        const QString &roomId);
    // Tells the host a connection watched at that it no longer does; false if it watched none.
    bool stopWatchingElsewhere(const QString &connectionId);
    QHash<QString, QByteArray> m_watchingElsewhere; // this instance's connection -> the host
    // This instance's players of rooms whose host died: unlinked, and told where their match
    // continues once another instance has taken it over.
    void watchHosts();
    void findRestoredMatches();

    FeatureContext m_context;
    QPointer<PresenceTracker> m_presence; // null without the social feature, or once it is gone
    GameThreads m_threads;
    QElapsedTimer m_clock;     // since start: late inputs, links, the summary cache
    RoomDirectory m_directory; // rooms and who sits where: the one writer of seat state
    PlayOutbox m_outbox;       // to players on a WebSocket, polling REST, or on another instance
    PlayReplays m_replays;     // stored matches played back
    PlayQueue m_queue;         // matchmaking
    PlayInvites m_invites;     // invitations
    QHash<QString, RestPlayer> m_restPlayers; // by virtual connection id
    // Connections whose match ended lately (m_clock ms): inputs they sent before they heard of
    // it are dropped quietly rather than answered not_playing.
    QHash<QString, qint64> m_recentlyEnded;
    RateLimiter m_guestStarts;            // guest matches started, per client address
    QSet<QString> m_watchedGuestSessions; // guest connections whose end is followed
    // The top of the leaderboard for GET /api/play/summary, read at most every few seconds.
    QJsonArray m_summaryLeaders;
    qint64 m_summaryLeadersAtMs = -1; // on m_clock; -1: never read
    bool m_summaryLeadersLoading = false;
    std::vector<DeferredReplyPtr> m_summaryWaiting;
    QTimer m_housekeeping; // matchmaking, invitation expiry, idle REST players and guests

    // With TRANSCENDENCE_REDIS_URL only (otherwise null and empty).
    PlayCluster *m_cluster = nullptr;
    // Host side: players of rooms here connected to other instances, by their remote
    // connection id ("@instance/connection") -> account.
    QHash<QString, qint64> m_remoteConnections;
    // Those of them that take binary snapshots (their instance says so with each command, the
    // queue's ticket or the invitation's acceptance); JSON otherwise.
    QSet<QString> m_binaryRemotes;
    void forgetRemote(const QString &remoteConnectionId);
    // Player side: this instance's connections playing a room hosted elsewhere.
    struct Link {
        QString roomId;
        QByteArray host;
        qint64 sinceMs = 0; // m_clock
    };
    QHash<QString, Link> m_links;             // by this instance's connection id
    QHash<qint64, QString> m_remoteUserRooms; // account -> the room elsewhere, while linked
    bool m_stopping = false; // in the destructor: rooms are recorded here, not handed over
    QTimer m_clusterBeat;    // alive heartbeat and the watch for dead instances' rooms
    // This instance's connections whose account has a seat in a room hosted elsewhere, from
    // activeMatch (or a lost host) until the host links them: if the host dies meanwhile,
    // they are told again where the match continues.
    struct Awaiting {
        qint64 userId = 0;
        QByteArray host;
        bool hostDead = false;
        qint64 sinceMs = 0; // m_clock
        // The connection was in the match (or asked to join it): it rejoins by itself once the
        // match is taken over; otherwise it hears activeMatch.
        bool rejoin = false;
    };
    QHash<QString, Awaiting> m_awaiting; // by this instance's connection id
    void resumeAwaiting(const QString &connectionId, const Awaiting &lost,
                        const PlayCluster::Seat &seat);
    QTimer m_latencyTimer;
};

} // namespace transcendence::server
