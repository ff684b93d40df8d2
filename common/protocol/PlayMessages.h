#pragma once

#include "engine/AiDifficulty.h"
#include "engine/Input.h"
#include "engine/MatchConfig.h"
#include "engine/Snapshot.h"
#include "protocol/ProtocolError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

// Messages of real-time play: starting a match, inputs, snapshots, the end of a match.
// Field names and the tick/snapshot model are documented in docs/protocol.md, "Play".
namespace transcendence::protocol {

namespace message_type {
inline const QString Play = QStringLiteral("play");
inline const QString Input = QStringLiteral("input");
inline const QString Leave = QStringLiteral("leave");
inline const QString MatchStarted = QStringLiteral("matchStarted");
inline const QString MatchSnapshot = QStringLiteral("snapshot");
inline const QString MatchOver = QStringLiteral("matchOver");
} // namespace message_type

namespace error_code {
inline const QString AlreadyPlaying = QStringLiteral("already_playing");
inline const QString NotPlaying = QStringLiteral("not_playing");
inline const QString SeatNotControlled = QStringLiteral("seat_not_controlled");
inline const QString InputRateLimited = QStringLiteral("input_rate_limited");
// A guest (no account) may not start another match now: too many guest matches from the
// address or on the server, or too many started lately.
inline const QString GuestLimit = QStringLiteral("guest_limit");
// A guest's match ended because its connection sent nothing for a while (ref: input).
inline const QString GuestIdle = QStringLiteral("guest_idle");
} // namespace error_code

// local: two players on one keyboard, one connection sends both paddles' inputs.
// ai: the user (seat 0) against the computer (every other seat).
enum class PlayKind { Local, Ai };
QString playKindName(PlayKind kind);
std::optional<PlayKind> playKindFromName(const QString &name);

// What kind of match a room runs (the same names as stored matches' "kind"): local and ai from
// "play", remote and four_players from the matchmaking queue, private from an invitation,
// tournament from a tournament bracket.
enum class RoomKind { Local, Ai, Remote, Private, FourPlayers, Tournament };
QString roomKindName(RoomKind kind);
std::optional<RoomKind> roomKindFromName(const QString &name);

// Where a room is: waiting for players to enter (tournaments), counting down before play starts
// or resumes, running, or paused (a player is missing, or a local player asked).
enum class RoomPhase { Waiting, Countdown, Running, Paused };
QString roomPhaseName(RoomPhase phase);
std::optional<RoomPhase> roomPhaseFromName(const QString &name);

// Why a match ended: the engine declared a winner; a player gave up ("leave"); a player's
// connection dropped and they did not come back in time; a player never entered (walkover);
// nobody won (everyone gone, or the server stopped).
enum class MatchOverReason { Completed, Left, Disconnected, NoShow, Abandoned };
QString matchOverReasonName(MatchOverReason reason);
std::optional<MatchOverReason> matchOverReasonFromName(const QString &name);

// client -> server: start a match.
struct PlayRequest {
    PlayKind kind = PlayKind::Local;
    engine::MatchConfig config; // classic unless "config" says otherwise
    engine::AiDifficulty difficulty = engine::AiDifficulty::Normal; // ai only

    QJsonObject toJson() const;
    // Configuration problems are listed per field in the error message.
    static std::variant<PlayRequest, ProtocolError> fromJson(const QJsonObject &object);
};

// client -> server: the key one seat now holds. seq increases with every input of the
// connection; snapshots echo the last one applied (client-side prediction).
struct PlayInput {
    qint64 seq = 0;
    int seat = 0;
    engine::Input key = engine::Input::None;

    QJsonObject toJson() const;
    static std::variant<PlayInput, ProtocolError> fromJson(const QJsonObject &object);
};

// client -> server: give up the current match (it ends with reason "left").
struct LeaveMatch {
    QJsonObject toJson() const;
    static std::variant<LeaveMatch, ProtocolError> fromJson(const QJsonObject &object);
};

struct SeatDescription {
    int seat = 0;
    QString label;
    bool controlledByYou = false;
    std::optional<qint64> userId;          // the account at this seat; none for guests and the AI
    QString kind = QStringLiteral("user"); // "user", "guest" or "ai"

    friend bool operator==(const SeatDescription &, const SeatDescription &) = default;
};

// server -> client: this connection is in the room (as a player or a spectator); snapshots
// follow. Sent again to a connection that joins a running room (reconnect, another client).
struct MatchStarted {
    QString roomId;
    RoomKind kind = RoomKind::Local;
    bool spectating = false;
    bool replay = false; // a stored match played back (spectating too)
    engine::MatchConfig config;
    std::vector<SeatDescription> seats;
    int stepsPerSecond = engine::kStepsPerSecond;
    int snapshotsPerSecond = 0;

    QJsonObject toJson() const;
    static std::variant<MatchStarted, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client, snapshotsPerSecond times a second of match time: the whole state after
// `tick` steps, the last input of this connection the state includes, and the engine's events
// since the previous snapshot (so no event is lost between two snapshots).
struct MatchSnapshot {
    QString roomId;
    qint64 tick = 0;
    std::optional<qint64> lastInputSeq; // none before the first input
    engine::Snapshot state;
    QJsonArray events; // engine::MatchEvent::toJson() objects, oldest first
    RoomPhase phase = RoomPhase::Running;
    // Waiting and paused: the first missing seat's forfeit deadline; countdown: until play.
    std::optional<qint64> phaseEndsInMs;
    std::vector<int> missingSeats; // seats whose player is not connected

    QJsonObject toJson() const;
    static std::variant<MatchSnapshot, ProtocolError> fromJson(const QJsonObject &object);
};

struct SeatResult {
    int seat = 0;
    int score = 0;          // one_vs_one
    int lives = 0;          // four_players
    bool forfeited = false; // left, or did not come back / never came

    friend bool operator==(const SeatResult &, const SeatResult &) = default;
};

// server -> client: the match is over; the room is gone.
struct MatchOver {
    QString roomId;
    std::optional<int> winnerSeat; // none when nobody won (a local match left before the end)
    MatchOverReason reason = MatchOverReason::Completed;
    std::vector<SeatResult> seats;
    std::optional<qint64> matchId; // the stored match (GET /api/matches/{id}); none if not stored

    QJsonObject toJson() const;
    static std::variant<MatchOver, ProtocolError> fromJson(const QJsonObject &object);
};

} // namespace transcendence::protocol
