#pragma once

#include <QString>

#include <optional>
#include <set>
#include <vector>

namespace transcendence::tournament {

// A single-elimination bracket, as pure logic: no database, no clock. Entries are opaque ids
// (tournament_entries.id) given in seed order. The rules (docs/game.md, "Tournaments"):
// - The bracket has the next power of two at or above the number of entries (3..16) as size;
//   seeds are placed so that 1 meets 2 at the latest in the final, and the missing entries are
//   byes given to the top seeds: never a bye against a bye.
// - A match is decided once: played (a winner), walkover (one side did not show up; nobody
//   advances when neither did, and the next opponent gets a bye), bye (no opponent), forfeit
//   (a side left the tournament: it loses every remaining match; nobody advances when both
//   did). A finished match is never played again.
// - The winner of the final wins the tournament; a final nobody won leaves no winner.
class TournamentBracket {
public:
    static constexpr int kMinEntries = 3;
    static constexpr int kMaxEntries = 16;

    enum class Status { Pending, Ready, Finished };
    enum class Result { None, Played, Walkover, Bye, Forfeit };

    struct Match {
        int round = 1; // 1 = first round; rounds() = the final
        int slot = 0;  // 0 .. matchesIn(round) - 1
        std::optional<qint64> sides[2];
        Status status = Status::Pending;
        Result result = Result::None;
        std::optional<qint64> winner; // Finished only; none: nobody advances

        friend bool operator==(const Match &, const Match &) = default;
    };
    struct Key {
        int round = 1;
        int slot = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend bool operator<(const Key &a, const Key &b)
        {
            return a.round != b.round ? a.round < b.round : a.slot < b.slot;
        }
    };

    // The round-1 bracket for 3..16 entries in seed order (seed 1 first), byes decided;
    // nullopt for another number of entries or a repeated id.
    static std::optional<TournamentBracket> seeded(const std::vector<qint64> &entriesBySeed);
    // A bracket as stored: every match of every round, and the entries that left. nullopt when
    // the matches do not form a bracket of that size.
    static std::optional<TournamentBracket> restored(int size, std::vector<Match> matches,
                                                     std::set<qint64> leftEntries);

    int size() const { return m_size; }
    int rounds() const;
    int matchesIn(int round) const { return m_size >> round; }
    const std::vector<Match> &matches() const { return m_matches; }
    const Match *match(Key key) const;
    // Where seed (1-based) starts in round 1: slot * 2 + side.
    static int seedPosition(int seed, int size);

    // Ready matches, in round and slot order (the order a local tournament plays them in).
    std::vector<Key> readyMatches() const;
    bool isFinished() const;
    // The tournament's winner once the final is decided; none before, or if nobody won it.
    std::optional<qint64> champion() const;
    const std::set<qint64> &leftEntries() const { return m_left; }
    // The round an entry went out in (lost, walked over, forfeited, voided); none while in.
    std::optional<int> eliminatedIn(qint64 entry) const;

    // Decides a ready match. winner must be one of its sides, or none for a walkover (or
    // forfeit) nobody won; Played needs a winner; Bye is not a result one can record.
    // Returns every match that changed (this one and the ones it decided further on), or an
    // explanation when the match is not ready or the result impossible: nothing changes then.
    struct Changes {
        std::vector<Key> matches;
        QString problem; // empty when applied
    };
    Changes record(Key key, Result result, std::optional<qint64> winner);
    // The entry leaves: its ready match is forfeited at once, and any later match it reaches is
    // forfeited as soon as its opponent is known. Leaving twice, or an unknown entry: a problem.
    Changes withdraw(qint64 entry);

    static QString statusName(Status status); // "pending", "ready", "finished"
    static QString resultName(Result result); // "played", "walkover", "bye", "forfeit", ""
    static std::optional<Status> statusFromName(const QString &name);
    static std::optional<Result> resultFromName(const QString &name); // "" → None

private:
    Match &at(Key key);
    bool contains(qint64 entry) const;
    // Decides every pending match whose sides are now known, round by round; appends changes.
    void settle(std::vector<Key> &changed);
    void finish(Match &match, Result result, std::optional<qint64> winner);

    int m_size = 0;
    std::vector<Match> m_matches; // round 1 slot 0, 1, ..., round 2 slot 0, ...
    std::set<qint64> m_left;
};

} // namespace transcendence::tournament
