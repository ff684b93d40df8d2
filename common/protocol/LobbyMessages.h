#pragma once

#include "engine/MatchConfig.h"
#include "protocol/PlayMessages.h"
#include "protocol/ProtocolError.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

// Messages around matches: the matchmaking queue, invitations, entering a running room (a
// reconnect, a tournament match, another client), watching, pausing, latency. docs/protocol.md,
// "Play" has every field and the order things happen in.
namespace transcendence::protocol {

namespace message_type {
// client -> server
inline const QString Queue = QStringLiteral("queue");
inline const QString LeaveQueue = QStringLiteral("leaveQueue");
inline const QString Invite = QStringLiteral("invite");
inline const QString InviteAnswer = QStringLiteral("inviteAnswer");
inline const QString InviteCancel = QStringLiteral("inviteCancel");
inline const QString Join = QStringLiteral("join");
inline const QString Watch = QStringLiteral("watch");
inline const QString Pause = QStringLiteral("pause");
inline const QString Resume = QStringLiteral("resume");
inline const QString Replay = QStringLiteral("replay");
// server -> client
inline const QString Queued = QStringLiteral("queued");
inline const QString QueueLeft = QStringLiteral("queueLeft");
inline const QString Invitation = QStringLiteral("invitation");
inline const QString InviteSent = QStringLiteral("inviteSent");
inline const QString InviteClosed = QStringLiteral("inviteClosed");
inline const QString ActiveMatch = QStringLiteral("activeMatch");
inline const QString MatchPaused = QStringLiteral("matchPaused");
inline const QString MatchResumed = QStringLiteral("matchResumed");
inline const QString MatchMoved = QStringLiteral("matchMoved");
inline const QString Latency = QStringLiteral("latency");
} // namespace message_type

namespace error_code {
inline const QString AlreadyQueued = QStringLiteral("already_queued");
inline const QString NotQueued = QStringLiteral("not_queued");
inline const QString RoomNotFound = QStringLiteral("room_not_found");
inline const QString NotAPlayer = QStringLiteral("not_a_player");
inline const QString InviteNotFound = QStringLiteral("invite_not_found");
inline const QString NotFriends = QStringLiteral("not_friends");
inline const QString UserOffline = QStringLiteral("user_offline");
inline const QString UserBusy = QStringLiteral("user_busy");
inline const QString PauseNotAllowed = QStringLiteral("pause_not_allowed");
inline const QString Unavailable = QStringLiteral("unavailable"); // the database, for a moment
inline const QString MatchNotFound = QStringLiteral("match_not_found");
inline const QString TooManyReplays = QStringLiteral("too_many_replays"); // stop one first
} // namespace error_code

// The matchmaking queues: one per mode.
enum class QueueMode { OneVsOne, FourPlayers };
QString queueModeName(QueueMode mode); // "one_vs_one", "four_players"
std::optional<QueueMode> queueModeFromName(const QString &name);

// client -> server: wait for opponents of about the same rating who asked for the same
// settings (classic for the mode unless "config" says otherwise; its mode decides the queue).
struct QueueRequest {
    QueueMode mode = QueueMode::OneVsOne;
    engine::MatchConfig config;

    QJsonObject toJson() const;
    static std::variant<QueueRequest, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client: in the queue (sent again whenever the rating window widens).
struct Queued {
    QueueMode mode = QueueMode::OneVsOne;
    engine::MatchConfig config;
    int rating = 0;
    int window = 0;      // opponents within rating +- window are acceptable now
    int waiting = 0;     // players in this queue, this one included
    qint64 waitedMs = 0; // since joining

    QJsonObject toJson() const;
    static std::variant<Queued, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client: out of the queue. reason: "left" (leaveQueue), "matched" (a matchStarted
// follows), "busy" (the account entered a match elsewhere).
struct QueueLeft {
    QueueMode mode = QueueMode::OneVsOne;
    QString reason;

    QJsonObject toJson() const;
    static std::variant<QueueLeft, ProtocolError> fromJson(const QJsonObject &object);
};

// client -> server: invite a friend to a private 1v1 with these settings (classic by default).
struct InviteRequest {
    qint64 userId = 0;
    engine::MatchConfig config;
    qint64 conversationId = 0; // optional: sent from this chat conversation (0: none)

    QJsonObject toJson() const;
    static std::variant<InviteRequest, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> both sides: an open invitation. The invitee gets it as "invitation", the inviter as
// "inviteSent"; both show the settings before anyone accepts.
struct InvitationNotice {
    QString inviteId;
    qint64 fromUserId = 0;
    QString fromName;
    qint64 toUserId = 0;
    QString toName;
    engine::MatchConfig config;
    qint64 expiresInMs = 0;

    QJsonObject toJson(const QString &type) const;
    // "invitation" or "inviteSent".
    static std::variant<InvitationNotice, ProtocolError> fromJson(const QJsonObject &object);
};

// client -> server: the invitee answers.
struct InviteAnswer {
    QString inviteId;
    bool accept = false;

    QJsonObject toJson() const;
    static std::variant<InviteAnswer, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> both sides: the invitation is no longer open. reason: "accepted" (matchStarted
// follows), "declined", "cancelled", "expired", "unavailable" (someone went offline or into
// another match).
struct InviteClosed {
    QString inviteId;
    QString reason;

    QJsonObject toJson() const;
    static std::variant<InviteClosed, ProtocolError> fromJson(const QJsonObject &object);
};

// client -> server: inviteCancel, join, watch. One field: the invitation or room id.
struct IdRequest {
    QString id;

    static std::variant<IdRequest, ProtocolError>
    fromJson(const QString &type, const QString &field, const QJsonObject &object);
};

// client -> server: play a stored match back to this connection (like watching a live one).
struct ReplayRequest {
    qint64 matchId = 0;
    double speed = 1.0; // 0.25 .. 4

    QJsonObject toJson() const;
    static std::variant<ReplayRequest, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client: the account has a seat in a running room (sent when a connection is
// welcomed, e.g. after a reload); "join" with the room id takes the seat back.
struct ActiveMatch {
    QString roomId;
    RoomKind kind = RoomKind::Remote;
    RoomPhase phase = RoomPhase::Running;

    QJsonObject toJson() const;
    static std::variant<ActiveMatch, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> room: play stopped. reason: "requested" (a player of a local or ai match paused),
// "disconnected" (players are missing; each has until forfeitInMs to come back), "waiting" (a
// tournament match: players have not entered yet).
struct MissingSeat {
    int seat = 0;
    QString label;
    qint64 forfeitInMs = 0;
};
struct MatchPaused {
    QString roomId;
    QString reason;
    std::vector<MissingSeat> missing;

    QJsonObject toJson() const;
    static std::variant<MatchPaused, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> room: everyone is back (or the pause ended); play starts in startsInMs.
struct MatchResumed {
    QString roomId;
    qint64 startsInMs = 0;

    QJsonObject toJson() const;
    static std::variant<MatchResumed, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> one connection: its seats were taken over by another connection of the same account
// (another tab, the app); this one no longer plays in the room.
struct MatchMoved {
    QString roomId;

    QJsonObject toJson() const;
    static std::variant<MatchMoved, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> room, every couple of seconds: each player's round-trip time as the server measured
// it (WebSocket ping frames); null for seats without a connection or not measured yet.
struct SeatLatency {
    int seat = 0;
    std::optional<int> pingMs;
};
struct LatencyReport {
    QString roomId;
    std::vector<SeatLatency> seats;

    QJsonObject toJson() const;
    static std::variant<LatencyReport, ProtocolError> fromJson(const QJsonObject &object);
};

} // namespace transcendence::protocol
