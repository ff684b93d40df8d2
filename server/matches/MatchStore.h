#pragma once

#include "core/DomainError.h"
#include "matches/MatchRecord.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>

#include <variant>
#include <vector>

namespace transcendence::server {

// SQL on matches, match_players and users.rating (sql/0008_matches.sql). Worker threads only
// (DatabaseWorkers::run); every query is prepared with bound values. The rules (what is rated,
// what counts in wins and losses) are in docs/game.md, "Matches and ratings".
namespace match_store {

struct RatingChange {
    int seat = 0;
    qint64 userId = 0;
    int before = 0;
    int after = 0;
};

struct RecordedMatch {
    qint64 matchId = 0;
    bool rated = false;
    std::vector<RatingChange> ratingChanges; // empty unless rated
};

// Stores one finished match (completed, forfeited or abandoned) with its players and input log,
// and for a rated match (kind Remote, not abandoned) both players' new Elo ratings, all in one
// transaction: either everything is stored or nothing is.
// - validation_failed (422 over HTTP), fields per problem (matchRecordProblems), for an
// inconsistent record;
//   nothing is written.
// - An account erased while the match ran is stored as an anonymous seat (no user id, no
//   label), and the match is then not rated.
// - 409 already_recorded when a match of the same room (record.roomId) is stored already:
//   nothing of this one is written (another instance that also ran the room recorded it).
// - 503 database_unavailable when the database fails (rolled back: the caller may retry).
// The accounts' rows are locked in id order, so concurrent recordings cannot deadlock.
std::variant<RecordedMatch, DomainError> recordMatch(QSqlDatabase &db, const MatchRecord &record);

struct KindTally {
    int played = 0; // abandoned matches included
    int wins = 0;
    int losses = 0;
};

struct RatingPoint {
    qint64 matchId = 0;
    QDateTime at;   // when the match ended
    int rating = 0; // after it
};

struct UserStats {
    qint64 userId = 0;
    // Over the kinds that count (countsInStats), abandoned matches excluded.
    int wins = 0;
    int losses = 0;
    int currentStreak = 0; // +n: the last n counted matches were wins; -n: losses; 0: none yet
    int bestWinStreak = 0;
    qint64 pointsFor = 0; // one_vs_one matches only (four-player matches count lives)
    qint64 pointsAgainst = 0;
    int rating = 0;
    int ratedMatches = 0;
    std::vector<RatingPoint> ratingHistory; // the last kRatingHistoryPoints, oldest first
    QMap<QString, KindTally> byKind;        // every kind, practice included
    QMap<QString, int> playedByMode;        // "one_vs_one", "four_players"

    QJsonObject toJson() const;
};
inline constexpr int kRatingHistoryPoints = 100;

// 404 not_found for an unknown user.
std::variant<UserStats, DomainError> userStats(QSqlDatabase &db, qint64 userId);

struct HistoryPage {
    QJsonArray matches; // newest first (by end time)
    qint64 total = 0;   // the user's matches, all kinds
};
// Every match the user played a seat in, all kinds; 404 not_found for an unknown user.
std::variant<HistoryPage, DomainError> history(QSqlDatabase &db, qint64 userId, int limit,
                                               int offset);

// Everything but the input log: players, configuration, seed, final state hash. 404 not_found.
std::variant<QJsonObject, DomainError> matchDetails(QSqlDatabase &db, qint64 matchId);

// What a client needs to play the match back with the engine: configuration, seed, input log
// (binary as base64, and as JSON), final state hash and players. 404 not_found.
std::variant<QJsonObject, DomainError> replay(QSqlDatabase &db, qint64 matchId);

// The match over time (matchTimeline in matches/MatchTimeline.h: points, hits, rallies), found
// by replaying the stored input log; plus "matchId". 404 not_found; replay_unreadable (500) when
// the stored log cannot be replayed (a bug, not bad input). timeline reads and replays on the
// calling (SQL) thread; timelineOf replays what replay() read, with no database, so the route
// runs it on the CPU pool.
std::variant<QJsonObject, DomainError> timeline(QSqlDatabase &db, qint64 matchId);
std::variant<QJsonObject, DomainError> timelineOf(const QJsonObject &replayed);

} // namespace match_store
} // namespace transcendence::server
