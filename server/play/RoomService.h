#pragma once

#include "http/ApiError.h"
#include "matches/MatchRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace transcendence::server {

// A match another feature asks the play feature to run (tournaments).
struct RoomRequest {
    MatchKind recordKind = MatchKind::Tournament;
    engine::MatchConfig config;
    // One per engine player. User seats name the account (userId, label); Guest seats are the
    // aliases of a local tournament, all played from localConnectionId.
    std::vector<MatchSeat> seats;
    std::optional<qint64> tournamentId;
    // User seats: the players enter with the `join` message ({"roomId": ...}); a seat still
    // empty after showUpMs loses by walkover (the match ends before it started, reason forfeit,
    // forfeited = true for every absent seat; nobody wins when nobody came: abandoned).
    int showUpMs = 60'000;
    // Guest seats only (a local tournament at one keyboard): this connection controls every
    // seat, and the match starts at once.
    QString localConnectionId;
    // The room's id when the requester chose it (it claimed it in PostgreSQL before opening);
    // empty: a new one.
    QString roomId;
    // The requester's own note about the room (a tournament: which bracket match it decides).
    // With several instances it travels in the room's checkpoints, so the instance that takes
    // the room over after its host died hands it back in RoomOutcome too.
    QJsonObject tag;
};

// How a requested room ended; emitted once per room opened through openRoom().
struct RoomOutcome {
    QString roomId;
    std::optional<qint64> tournamentId;
    std::optional<qint64> matchId; // the stored match; none if it could not be stored
    MatchEndReason endReason = MatchEndReason::Completed;
    int winnerSeat = -1;          // -1: nobody won (abandoned)
    std::vector<MatchSeat> seats; // as requested, with score, placement and forfeited filled
    bool walkover = false;        // ended before it started: a seat never showed up
    QJsonObject tag;              // RoomRequest::tag
};

// The play feature's face towards other features. Lives on the server thread; found among the
// feature owner's children (register the play feature first).
class RoomService : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    static RoomService *find(const QObject &featureOwner)
    {
        return featureOwner.findChild<RoomService *>(QString(), Qt::FindDirectChildrenOnly);
    }

    // The room id, or 409 already_playing when a user seat's account is in another match or
    // queue, 400 for an impossible request.
    virtual std::variant<QString, ApiError> openRoom(const RoomRequest &request) = 0;
    // Whether the account has a seat in a running room (one player, one match at a time).
    virtual bool isUserPlaying(qint64 userId) const = 0;
    // Matches running now (every kind, as GET /api/play/live lists them): this instance's, and
    // with several instances the whole cluster's (one Redis read; this instance's alone while
    // Redis cannot answer). done runs on this thread, maybe before this returns.
    virtual void countLiveMatches(std::function<void(int)> done) = 0;
    // Whether a room lives: runs here or, with several instances, on another instance or in a
    // checkpoint another instance is about to take over. done(nullopt) when that cannot be
    // known now (Redis unreachable); done may run before this returns.
    virtual void findRoom(const QString &roomId, std::function<void(std::optional<bool>)> done) = 0;

signals:
    void roomFinished(const transcendence::server::RoomOutcome &outcome);
    // Game invitations, for the chat (it posts each as a card in the players' conversation):
    // opened once, then closed once with its reason (accepted, declined, cancelled, expired,
    // unavailable). config is MatchConfig::toJson().
    void invitationOpened(const QString &inviteId, qint64 fromUserId, qint64 toUserId,
                          const QJsonObject &config, const QDateTime &expiresAt);
    void invitationClosed(const QString &inviteId, const QString &reason);
};

} // namespace transcendence::server

Q_DECLARE_METATYPE(transcendence::server::RoomOutcome)
