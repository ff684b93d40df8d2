#pragma once

#include "engine/MatchConfig.h"
#include "http/JsonBody.h"
#include "replay/InputLog.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace transcendence::server {

// How a match came about. Only Remote (ranked 1v1 from matchmaking) changes ratings; Local and
// Ai matches are practice: stored, in the history, but not in wins and losses (docs/game.md,
// "Matches and ratings").
enum class MatchKind { Local, Ai, Remote, Private, FourPlayers, Tournament };
enum class MatchEndReason { Completed, Forfeit, Abandoned };
enum class SeatKind { User, Guest, Ai };
inline constexpr MatchKind kMatchKinds[] = {MatchKind::Local,       MatchKind::Ai,
                                            MatchKind::Remote,      MatchKind::Private,
                                            MatchKind::FourPlayers, MatchKind::Tournament};

QString matchKindName(MatchKind kind); // "local", "ai", "remote", "private", "four_players", ...
QString endReasonName(MatchEndReason reason); // "completed", "forfeit", "abandoned"
QString seatKindName(SeatKind kind);          // "user", "guest", "ai"
std::optional<MatchKind> matchKindFromName(const QString &name);
// Kinds whose results count in wins, losses, streaks and points.
bool countsInStats(MatchKind kind);
bool countsInStats(const QString &kindName); // false for an unknown name

struct MatchSeat {
    int seat = 0; // the engine's player index
    SeatKind kind = SeatKind::User;
    qint64 userId = 0; // SeatKind::User only; 0 otherwise
    QString label;     // the name shown: display name or tournament alias, "AI (hard)", "Guest"
    int score = 0;     // one_vs_one: points at the end
    int livesLeft = 0; // four_players: lives at the end
    int placement = 0; // 1 = the winner, 2.. the others; 0 for an abandoned match
    bool forfeited = false; // left or gave up (end reason forfeit)
};

// One finished match as the play feature hands it to match_store::recordMatch.
struct MatchRecord {
    MatchKind kind = MatchKind::Remote;
    engine::MatchConfig config;
    std::uint64_t seed = 0;
    replay::InputLog inputLog;        // finished at the step the match stopped
    std::uint64_t finalStateHash = 0; // Match::stateHash() when it stopped
    QDateTime startedAt;
    QDateTime endedAt;
    MatchEndReason endReason = MatchEndReason::Completed;
    int winnerSeat = -1;          // -1 only for an abandoned match
    std::vector<MatchSeat> seats; // one per engine player, any order
    std::optional<qint64> tournamentId;
    // The room it was played in (a UUID): a room is stored once at most (matches.room_id is
    // unique, sql/0025), whichever instance ends it. Empty: a match of no room (tests).
    QString roomId;
};

// Everything wrong with a record, per field ("seats[1].userId", "winnerSeat", ...); empty when
// it may be stored. Pure: no database (whether the accounts exist is recordMatch's concern).
FieldErrors matchRecordProblems(const MatchRecord &record);

} // namespace transcendence::server
