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
} // namespace error_code

// local: two players on one keyboard, one connection sends both paddles' inputs.
// ai: the user (seat 0) against the computer (every other seat).
enum class PlayKind { Local, Ai };
QString playKindName(PlayKind kind);
std::optional<PlayKind> playKindFromName(const QString &name);

// Why a match ended: the engine declared a winner, or the player left (leave or socket closed).
enum class MatchOverReason { Completed, Left };
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

    friend bool operator==(const SeatDescription &, const SeatDescription &) = default;
};

// server -> client: the match runs; snapshots follow.
struct MatchStarted {
    QString roomId;
    PlayKind kind = PlayKind::Local;
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

    QJsonObject toJson() const;
    static std::variant<MatchSnapshot, ProtocolError> fromJson(const QJsonObject &object);
};

struct SeatResult {
    int seat = 0;
    int score = 0; // one_vs_one
    int lives = 0; // four_players

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
