#pragma once

#include "app/FeatureContext.h"
#include "http/DeferredReply.h"
#include "play/GameThreads.h"
#include "play/MatchRoom.h"
#include "play/Matchmaker.h"
#include "play/ReplayRoom.h"
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

// Lives on the server thread. Knows which account has a seat in which room, which connection
// controls which seats and who watches; checks every message before anything reaches a room.
// One account plays one match at a time and waits in one queue at most, never both.
class PlayFeature : public RoomService {
    Q_OBJECT
public:
    PlayFeature(const FeatureContext &context, PresenceTracker *presence, QObject *parent);
    // Ends the rooms still running (stored as abandoned), then stops the game threads.
    ~PlayFeature() override;

    std::variant<QString, ApiError> openRoom(const RoomRequest &request) override;
    bool isUserPlaying(qint64 userId) const override;
    int liveMatchCount() const override;

private:
    // A running room as the server thread sees it.
    struct Room {
        MatchRoom *room = nullptr; // on a game thread; deleted there after it ended
        bool ended = false;
        protocol::RoomKind kind = protocol::RoomKind::Local;
        engine::MatchConfig config;
        std::vector<MatchSeat> seats;     // by seat index
        std::vector<qint64> seatOwners;   // by seat: the account that may play it (0: the AI)
        std::vector<QString> controllers; // by seat: the connection playing it now, or empty
        QSet<QString> spectators;
        std::optional<qint64> tournamentId;
        bool requested = false; // opened through openRoom(): roomFinished follows
        QDateTime startedAt;
        QJsonObject status; // MatchRoom::statusChanged: phase and score, for the live list
    };
    // A connection in a room, as a player or a spectator.
    struct Participant {
        QString roomId;
        bool spectator = false;
        std::optional<qint64> lastSeq;
        QElapsedTimer inputWindow;
        int inputsInWindow = 0;
        bool throttleReported = false;
    };
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
    // A program playing over REST: a virtual connection kept alive by its requests.
    struct RestPlayer {
        QString roomId;
        qint64 userId = 0;
        QElapsedTimer lastRequest;
        bool attached = true;
        QJsonObject started;  // the matchStarted message
        QJsonObject snapshot; // the newest snapshot
        QJsonObject over;     // matchOver, once it came
        std::optional<qint64> lastSeq;
    };

    // WebSocket messages (PlayFeature.cpp)
    void onPlay(RealtimeSession *session, const protocol::Envelope &envelope);
    void onInput(RealtimeSession *session, const protocol::Envelope &envelope);
    void onLeave(RealtimeSession *session, const protocol::Envelope &envelope);
    void onJoin(RealtimeSession *session, const protocol::Envelope &envelope);
    void onWatch(RealtimeSession *session, const protocol::Envelope &envelope);
    void onPause(RealtimeSession *session, const protocol::Envelope &envelope, bool pause);
    void onReplay(RealtimeSession *session, const protocol::Envelope &envelope);
    void startReplay(const QString &connectionId, qint64 matchId, double speed,
                     const QJsonObject &stored);
    bool stopReplay(const QString &connectionId); // true if the connection watched one
    void onConnectionReady(qint64 userId, const QString &connectionId);
    void onConnectionEnded(qint64 userId, const QString &connectionId);
    // Matchmaking (PlayQueue.cpp)
    void onQueue(RealtimeSession *session, const protocol::Envelope &envelope);
    void onLeaveQueue(RealtimeSession *session, const protocol::Envelope &envelope);
    void matchQueuedPlayers();
    void leaveQueue(qint64 userId, const QString &reason);
    // Invitations (PlayInvites.cpp)
    void onInvite(RealtimeSession *session, const protocol::Envelope &envelope);
    void onInviteAnswer(RealtimeSession *session, const protocol::Envelope &envelope);
    void onInviteCancel(RealtimeSession *session, const protocol::Envelope &envelope);
    void closeInvite(const QString &inviteId, const QString &reason);
    void expireInvites();
    void sendInviteNotices(const Invite &invite, const QString &toConnection = {});
    // With several instances: an answer or cancellation for an invitation held elsewhere goes
    // to the instance that holds it (false when this instance is alone).
    bool forwardInviteAction(const QString &action, const QString &inviteId, qint64 userId,
                             bool accept);
    void subscribeToInviteActions();
    // REST (PlayRoutes.cpp)
    void registerRoutes();
    void restCreate(const RouteCall &call);
    void restState(const RouteCall &call);
    void restInput(const RouteCall &call);
    void restLeave(const RouteCall &call);
    void restLive(const RouteCall &call);
    QString restConnectionOf(qint64 userId, const QString &roomId) const;
    void detachIdleRestPlayers();

    // Rooms (PlayFeature.cpp)
    struct NewRoom {
        MatchRoomSetup setup;
        std::vector<qint64> seatOwners;
        bool requested = false;
    };
    QString launch(NewRoom room);
    NewRoom localRoom(const protocol::PlayRequest &request, qint64 userId,
                      const QString &displayName, const QString &connectionId) const;
    QJsonObject startedMessage(const Room &room, const QString &roomId,
                               const QString &connectionId) const;
    std::vector<int> seatsOf(const Room &room, qint64 userId) const;
    void attach(const QString &roomId, const QString &connectionId, qint64 userId);
    void giveUpSeats(const QString &roomId, const QString &connectionId, qint64 userId);
    void dropConnection(const QString &roomId, const QString &connectionId);
    bool userBusy(qint64 userId) const; // playing or queued
    qint64 userOf(const QString &connectionId) const;
    void onRoomMessage(const QString &connectionId, const QByteArray &message);
    void onRoomSnapshots(const SnapshotDelivery &delivery);
    void onRoomStatus(const QString &roomId, const QJsonObject &status);
    void onSeatsForfeited(const QString &roomId, const QList<int> &seats);
    void onRoomEnded(const MatchRoomResult &result);
    void onRoomDestroyed(const QString &roomId);
    bool admitInput(RealtimeSession *session, Participant &participant);
    void reportLatency();
    void setInGame(const QString &connectionId, bool inGame);
    void sendToConnection(const QString &connectionId, const QByteArray &message);
    // Runs work(room) on the room's game thread, unless the room has ended.
    template <typename Work>
    void invokeOnRoom(const QString &roomId, Work work)
    {
        const auto found = m_rooms.constFind(roomId);
        if (found == m_rooms.cend() || found->ended) {
            return;
        }
        MatchRoom *room = found->room;
        QMetaObject::invokeMethod(
            room, [room, work = std::move(work)] { work(*room); }, Qt::QueuedConnection);
    }

    FeatureContext m_context;
    QPointer<PresenceTracker> m_presence; // null without the social feature, or once it is gone
    GameThreads m_threads;
    QElapsedTimer m_clock;                      // since start: queue and invitation times
    QHash<QString, Room> m_rooms;               // by room id, until the room object is gone
    QHash<QString, Participant> m_participants; // by connection id
    QHash<qint64, QString> m_userRooms;         // account -> the room it has a seat in
    Matchmaker m_matchmaker;
    QHash<qint64, protocol::QueueMode> m_ratingLookups; // queued, rating on its way
    QHash<QString, Invite> m_invites;                   // by invitation id
    QHash<QString, RestPlayer> m_restPlayers;           // by virtual connection id
    QHash<QString, ReplayRoom *> m_replays;             // by viewer connection id
    // Connections whose match ended lately (m_clock ms): inputs they sent before they heard of
    // it are dropped quietly rather than answered not_playing.
    QHash<QString, qint64> m_recentlyEnded;
    QTimer m_housekeeping; // matchmaking, invitation expiry, REST idleness: once a second
    QTimer m_latencyTimer;
};

} // namespace transcendence::server
