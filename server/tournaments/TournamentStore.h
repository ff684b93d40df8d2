#pragma once

#include "core/DomainError.h"
#include "engine/MatchConfig.h"
#include "protocol/TournamentMessages.h"
#include "tournament/Bracket.h"
#include "tournament/Names.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <map>
#include <optional>
#include <variant>
#include <vector>

namespace transcendence::server {

// The bracket rules are shared with the app's offline tournaments (common/tournament).
using tournament::TournamentBracket;

// SQL on tournaments, tournament_entries and tournament_matches (sql/0009_tournaments.sql).
// Worker threads only (DatabaseWorkers::run); every value is bound. Every change locks the
// tournament's row first (SELECT ... FOR UPDATE) and applies the bracket rules
// (TournamentBracket) inside that transaction, so two results or a result and a leave arriving
// at once are applied one after the other, never both to the same old bracket.
namespace tournament_store {

inline constexpr int kMaxNameLength = tournament::kMaxNameLength;
inline constexpr int kMaxAliasLength = tournament::kMaxAliasLength;

struct Entry {
    qint64 id = 0;
    std::optional<qint64> userId;
    QString label; // empty: anonymous (the account was erased or anonymized)
    int seed = 0;  // 0 until the tournament starts
    bool left = false;
    std::optional<int> eliminatedIn;
};

// What the bracket itself does not hold about a match.
struct MatchDetails {
    std::optional<qint64> matchId;
    QString roomId;
    QDateTime readyAt;
    QDateTime deadline;
    QDateTime finishedAt;
};

struct Tournament {
    qint64 id = 0;
    QString kind; // local, online
    QString name;
    std::optional<qint64> ownerId;
    QString ownerName;
    QString status; // open, running, finished, cancelled
    engine::MatchConfig config;
    int minPlayers = 3;
    int maxPlayers = 16;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    std::optional<qint64> winnerEntryId;
    std::vector<Entry> entries;               // seed order once started, join order before
    std::optional<TournamentBracket> bracket; // once started
    std::map<TournamentBracket::Key, MatchDetails> details;

    bool isLocal() const { return kind == QLatin1String("local"); }
    const Entry *entry(qint64 entryId) const;
    const Entry *entryOfUser(qint64 userId) const;
    protocol::TournamentPlayer player(qint64 entryId) const;
    protocol::TournamentMatchState matchState(TournamentBracket::Key key) const;
    // The first ready match (round, then slot): the one a local tournament plays next.
    std::optional<TournamentBracket::Key> nextMatch() const;
    // The accounts to tell about changes: every entrant still in, and the owner.
    std::vector<qint64> audience() const;
    // Everything: entries, the bracket with each match, the next match announced as "X vs Y".
    QJsonObject toJson() const;
    QJsonObject summaryJson() const; // for lists
};

// A change and the matches it touched (for notifications and for opening rooms).
struct Changed {
    Tournament tournament;
    std::vector<TournamentBracket::Key> matches;
    bool statusChanged = false;
};

struct NewTournament {
    QString kind;
    QString name;
    engine::MatchConfig config;
    int minPlayers = 3;
    int maxPlayers = 16;
    QStringList aliases; // local: 3..16, in seed order
};

// Local tournaments start at once (running, bracket seeded in the order of the aliases);
// online ones are open for entries. 422 for a duplicate alias (fields "aliases[i]").
std::variant<Tournament, DomainError> create(QSqlDatabase &db, qint64 ownerId,
                                             const NewTournament &tournament);

struct Page {
    std::vector<Tournament> items; // newest first, without entries and bracket
    qint64 total = 0;
};
// statuses empty: every status. Local tournaments are listed to their owner only.
std::variant<Page, DomainError> list(QSqlDatabase &db, qint64 viewerId, const QStringList &statuses,
                                     int limit, int offset);

// 404 not_found; a local tournament is visible to its owner only.
std::variant<Tournament, DomainError> load(QSqlDatabase &db, qint64 tournamentId, qint64 viewerId);

// Online, open, not full, not in yet; label: the alias, or the display name when empty.
std::variant<Changed, DomainError> join(QSqlDatabase &db, qint64 tournamentId, qint64 userId,
                                        const QString &alias);
// Open: the entry is removed. Running: the entry forfeits its current and later matches.
std::variant<Changed, DomainError> leave(QSqlDatabase &db, qint64 tournamentId, qint64 userId);
// A running tournament's entry whose account is gone (erased) forfeits what remains, as if it
// had left.
std::variant<Changed, DomainError> withdrawEntry(QSqlDatabase &db, qint64 tournamentId,
                                                 qint64 entryId);
// The owner starts an open tournament with at least minPlayers entries: seeded by rating,
// then by who joined first.
std::variant<Changed, DomainError> start(QSqlDatabase &db, qint64 tournamentId, qint64 userId);
// The owner cancels a tournament that has not started.
std::variant<Changed, DomainError> cancel(QSqlDatabase &db, qint64 tournamentId, qint64 userId);

// Decides a ready match played in the room roomId (the room opened for it last, so a stale
// room can never decide it). 409 match_not_ready when it is decided already or was given
// another room.
std::variant<Changed, DomainError> recordResult(QSqlDatabase &db, qint64 tournamentId,
                                                TournamentBracket::Key key, const QString &roomId,
                                                TournamentBracket::Result result,
                                                std::optional<qint64> winnerEntry,
                                                std::optional<qint64> matchId);

// Decides a ready match from the stored match of its room (roomId, still the room named for
// it): the instance that stored it died before it decided the bracket match. Played when the
// engine declared the winner, a walkover when play never started, a forfeit otherwise. 409
// match_not_ready as recordResult, or when no decided match of the room is stored.
std::variant<Changed, DomainError> recordStoredResult(QSqlDatabase &db, qint64 tournamentId,
                                                      TournamentBracket::Key key,
                                                      const QString &roomId);

// The room opened for a ready match, and until when its players must have joined.
std::variant<bool, DomainError> markRoomOpened(QSqlDatabase &db, qint64 tournamentId,
                                               TournamentBracket::Key key, const QString &roomId,
                                               const QDateTime &deadline);

// The new room of a ready match, claimed before it is opened so that two instances never open
// one each: it names roomId from now on if it still named `previous` (empty: no room yet), the
// previous room has no decided stored match (its result is on its way into the bracket), and,
// with minAgeSeconds > 0, the previous room was opened at least that long ago (an instance that
// has just claimed it may not have announced its room yet). Claimed::Lost when any of that
// failed: another room, or a decision, came first. deadline invalid: none (local).
enum class Claimed { Claimed, Lost, HasResult };
std::variant<Claimed, DomainError> claimRoom(QSqlDatabase &db, qint64 tournamentId,
                                             TournamentBracket::Key key, const QString &previous,
                                             const QString &roomId, const QDateTime &deadline,
                                             int minAgeSeconds);
// Undoes claimRoom when the room could not be opened after all (a player was busy).
std::variant<bool, DomainError> releaseRoom(QSqlDatabase &db, qint64 tournamentId,
                                            TournamentBracket::Key key, const QString &roomId);

// Every running tournament (start-up: their ready matches are opened again).
std::variant<std::vector<Tournament>, DomainError> running(QSqlDatabase &db);

} // namespace tournament_store
} // namespace transcendence::server
