#pragma once

#include "core/DomainError.h"
#include "matches/MatchRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace transcendence::server {

// Rewards for playing (docs/game.md, "Achievements and levels"): achievements earned by what a
// player did in their recorded matches, and a level from experience points. Computed on the
// server when a match is recorded (inside recordMatch's transaction), when a tournament is won,
// and once for every match recorded before this existed (backfill at start-up).
namespace achievements {

// Every achievement, in the order clients list them. Codes are stable: clients translate them.
inline constexpr const char *kCodes[] = {
    "first_match",      // play a match to its end
    "first_win",        // win a match, of any kind
    "first_ranked_win", // win a ranked (remote) match
    "beat_hard_ai",     // beat the hard AI
    "shutout",          // win a 1v1 match without conceding a point (11-0)
    "comeback",         // win a 1v1 match after trailing 0-5
    "five_in_a_row",    // win five matches in a row
    "ten_matches",      // play 10 matches
    "hundred_matches",  // play 100 matches
    "four_player_win",  // win a four-player match
    "tournament_won",   // win a tournament
    "rating_1600",      // reach a rating of 1600
};

// One of a player's matches, as the rules see it (abandoned matches are never listed).
struct PlayedMatch {
    qint64 matchId = 0;
    MatchKind kind = MatchKind::Local;
    bool fourPlayers = false;
    QDateTime endedAt;
    bool won = false;
    int score = 0;          // 1v1: the player's points
    int opponentScore = 0;  // 1v1: the other seat's points
    bool completed = false; // played to the end (not a forfeit)
    bool againstHardAi = false;
    std::optional<int> ratingAfter;
    bool trailedZeroFive = false; // 1v1: at some point 0 against 5 or more (replayed)
};

struct Earned {
    QString code;
    QDateTime at;
    qint64 matchId = 0; // 0: not earned by one match (a tournament)
};

// Pure: which achievements a history (oldest first) earns, each with the first match that
// earned it. Tournament wins are not in matches: see awardTournamentWin.
std::vector<Earned> evaluate(const std::vector<PlayedMatch> &history);

// Experience: 10 points a match played to its end or forfeited, 10 more for a win, 50 an
// achievement. Level n starts at 50 * n * (n - 1) points: 1 at 0, 2 at 100, 3 at 300, 4 at 600.
struct Level {
    int level = 1;
    qint64 experience = 0;
    qint64 levelStart = 0; // experience where this level began
    qint64 nextLevel = 0;  // experience where the next one begins
};
Level levelFor(qint64 experience);

// Inside a transaction that has just stored `record` as matchId: awards what each account
// seat's history now earns (the new match is replayed for the comeback). Returns false if SQL
// failed (the caller rolls back).
bool awardAfterMatch(QSqlDatabase &db, const MatchRecord &record, qint64 matchId);

// Inside the transaction that finished a tournament: the winning entry's account (if any)
// earns tournament_won. False if SQL failed.
bool awardTournamentWin(QSqlDatabase &db, qint64 winnerEntryId);

// Once per rules version: awards everything past matches and tournaments earn (replaying the
// candidate comebacks). Returns how many achievements were awarded, or -1 if SQL failed.
int backfill(QSqlDatabase &db);

// GET /api/users/{id}/achievements: every achievement (earned ones with earnedAt and matchId),
// experience and level. 404 not_found for an unknown user.
std::variant<QJsonObject, DomainError> forUser(QSqlDatabase &db, qint64 userId);

} // namespace achievements
} // namespace transcendence::server
