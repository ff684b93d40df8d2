#include "tournament/Bracket.h"

#include <algorithm>

namespace transcendence::tournament {
namespace {

bool isPowerOfTwoSize(int size)
{
    return size == 4 || size == 8 || size == 16;
}

// Seeds in bracket order: 1 and 2 in opposite halves, 1 and 4 / 2 and 3 in opposite quarters,
// ...; each pair of neighbours is a round-1 match whose seeds add up to size + 1.
std::vector<int> bracketOrder(int size)
{
    std::vector<int> order{1, 2};
    while (int(order.size()) < size) {
        const int next = int(order.size()) * 2;
        std::vector<int> expanded;
        for (const int seed : order) {
            expanded.push_back(seed);
            expanded.push_back(next + 1 - seed);
        }
        order = std::move(expanded);
    }
    return order;
}

int indexOf(int round, int slot, int size)
{
    int index = 0;
    for (int r = 1; r < round; ++r) {
        index += size >> r;
    }
    return index + slot;
}

} // namespace

int TournamentBracket::seedPosition(int seed, int size)
{
    const std::vector<int> order = bracketOrder(size);
    const auto it = std::find(order.begin(), order.end(), seed);
    return it == order.end() ? -1 : int(it - order.begin());
}

std::optional<TournamentBracket> TournamentBracket::seeded(const std::vector<qint64> &entriesBySeed)
{
    const int count = int(entriesBySeed.size());
    if (count < kMinEntries || count > kMaxEntries ||
        std::set<qint64>(entriesBySeed.begin(), entriesBySeed.end()).size() !=
            entriesBySeed.size()) {
        return std::nullopt;
    }
    TournamentBracket bracket;
    bracket.m_size = 4;
    while (bracket.m_size < count) {
        bracket.m_size *= 2;
    }
    for (int round = 1; round <= bracket.rounds(); ++round) {
        for (int slot = 0; slot < bracket.matchesIn(round); ++slot) {
            bracket.m_matches.push_back(Match{round, slot, {}, Status::Pending, Result::None, {}});
        }
    }
    const std::vector<int> order = bracketOrder(bracket.m_size);
    for (int position = 0; position < bracket.m_size; ++position) {
        const int seed = order[std::size_t(position)];
        if (seed <= count) {
            bracket.m_matches[std::size_t(position / 2)].sides[position % 2] =
                entriesBySeed[std::size_t(seed - 1)];
        }
    }
    std::vector<Key> ignored;
    bracket.settle(ignored);
    return bracket;
}

std::optional<TournamentBracket> TournamentBracket::restored(int size, std::vector<Match> matches,
                                                             std::set<qint64> leftEntries)
{
    if (!isPowerOfTwoSize(size) || int(matches.size()) != size - 1) {
        return std::nullopt;
    }
    TournamentBracket bracket;
    bracket.m_size = size;
    bracket.m_left = std::move(leftEntries);
    bracket.m_matches.resize(std::size_t(size - 1));
    std::vector<bool> seen(std::size_t(size - 1), false);
    for (Match &match : matches) {
        if (match.round < 1 || match.round > bracket.rounds() || match.slot < 0 ||
            match.slot >= bracket.matchesIn(match.round)) {
            return std::nullopt;
        }
        const auto index = std::size_t(indexOf(match.round, match.slot, size));
        if (seen[index]) {
            return std::nullopt;
        }
        seen[index] = true;
        bracket.m_matches[index] = std::move(match);
    }
    return bracket;
}

int TournamentBracket::rounds() const
{
    int rounds = 0;
    for (int size = m_size; size > 1; size /= 2) {
        ++rounds;
    }
    return rounds;
}

const TournamentBracket::Match *TournamentBracket::match(Key key) const
{
    if (key.round < 1 || key.round > rounds() || key.slot < 0 || key.slot >= matchesIn(key.round)) {
        return nullptr;
    }
    return &m_matches[std::size_t(indexOf(key.round, key.slot, m_size))];
}

TournamentBracket::Match &TournamentBracket::at(Key key)
{
    return m_matches[std::size_t(indexOf(key.round, key.slot, m_size))];
}

bool TournamentBracket::contains(qint64 entry) const
{
    for (int slot = 0; slot < matchesIn(1); ++slot) {
        const Match &first = m_matches[std::size_t(slot)];
        if (first.sides[0] == entry || first.sides[1] == entry) {
            return true;
        }
    }
    return false;
}

std::vector<TournamentBracket::Key> TournamentBracket::readyMatches() const
{
    std::vector<Key> ready;
    for (const Match &match : m_matches) {
        if (match.status == Status::Ready) {
            ready.push_back({match.round, match.slot});
        }
    }
    return ready;
}

bool TournamentBracket::isFinished() const
{
    return !m_matches.empty() && m_matches.back().status == Status::Finished;
}

std::optional<qint64> TournamentBracket::champion() const
{
    return isFinished() ? m_matches.back().winner : std::nullopt;
}

std::optional<int> TournamentBracket::eliminatedIn(qint64 entry) const
{
    for (const Match &match : m_matches) {
        if (match.status == Status::Finished && match.winner != entry &&
            (match.sides[0] == entry || match.sides[1] == entry)) {
            return match.round;
        }
    }
    return std::nullopt;
}

void TournamentBracket::finish(Match &match, Result result, std::optional<qint64> winner)
{
    match.status = Status::Finished;
    match.result = result;
    match.winner = winner;
}

void TournamentBracket::settle(std::vector<Key> &changed)
{
    const auto noteChange = [&changed](const Match &match) {
        const Key key{match.round, match.slot};
        if (std::find(changed.begin(), changed.end(), key) == changed.end()) {
            changed.push_back(key);
        }
    };
    for (Match &match : m_matches) {
        if (match.status != Status::Pending) {
            continue;
        }
        bool decided[2] = {true, true};
        if (match.round > 1) {
            for (int side = 0; side < 2; ++side) {
                const Match &feeder = at({match.round - 1, match.slot * 2 + side});
                decided[side] = feeder.status == Status::Finished;
                if (decided[side] && match.sides[side] != feeder.winner) {
                    match.sides[side] = feeder.winner;
                    noteChange(match);
                }
            }
        }
        if (!decided[0] || !decided[1]) {
            continue;
        }
        std::vector<qint64> present;
        std::vector<qint64> staying;
        for (const auto &side : match.sides) {
            if (side) {
                present.push_back(*side);
                if (!m_left.contains(*side)) {
                    staying.push_back(*side);
                }
            }
        }
        const std::optional<qint64> survivor =
            staying.size() == 1 ? std::optional<qint64>(staying.front()) : std::nullopt;
        if (present.size() == 2 && staying.size() == 2) {
            match.status = Status::Ready;
        } else if (present.size() == 2 || staying.size() != present.size()) {
            // Someone who left meets an opponent, or nobody: forfeited.
            finish(match, Result::Forfeit, survivor);
        } else {
            finish(match, Result::Bye, survivor);
        }
        noteChange(match);
    }
}

TournamentBracket::Changes TournamentBracket::record(Key key, Result result,
                                                     std::optional<qint64> winner)
{
    const Match *found = match(key);
    if (!found) {
        return {{}, QStringLiteral("no such match in the bracket")};
    }
    if (found->status != Status::Ready) {
        return {{},
                found->status == Status::Finished
                    ? QStringLiteral("the match is already decided")
                    : QStringLiteral("the match is not ready: a side is not known yet")};
    }
    if (result != Result::Played && result != Result::Walkover && result != Result::Forfeit) {
        return {{}, QStringLiteral("a match is decided by being played, a walkover or a forfeit")};
    }
    if (winner && winner != found->sides[0] && winner != found->sides[1]) {
        return {{}, QStringLiteral("the winner is not one of the match's players")};
    }
    if (result == Result::Played && !winner) {
        return {{}, QStringLiteral("a played match has a winner")};
    }
    Changes changes;
    finish(at(key), result, winner);
    changes.matches.push_back(key);
    settle(changes.matches);
    return changes;
}

TournamentBracket::Changes TournamentBracket::withdraw(qint64 entry)
{
    if (!contains(entry)) {
        return {{}, QStringLiteral("the entry is not in this bracket")};
    }
    if (m_left.contains(entry)) {
        return {{}, QStringLiteral("the entry has already left")};
    }
    m_left.insert(entry);
    Changes changes;
    for (Match &match : m_matches) {
        if (match.status == Status::Ready && (match.sides[0] == entry || match.sides[1] == entry)) {
            const std::optional<qint64> other =
                match.sides[0] == entry ? match.sides[1] : match.sides[0];
            finish(match, Result::Forfeit,
                   other && !m_left.contains(*other) ? other : std::nullopt);
            changes.matches.push_back({match.round, match.slot});
        }
    }
    settle(changes.matches);
    return changes;
}

QString TournamentBracket::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Ready:
        return QStringLiteral("ready");
    case Status::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

QString TournamentBracket::resultName(Result result)
{
    switch (result) {
    case Result::None:
        return {};
    case Result::Played:
        return QStringLiteral("played");
    case Result::Walkover:
        return QStringLiteral("walkover");
    case Result::Bye:
        return QStringLiteral("bye");
    case Result::Forfeit:
        return QStringLiteral("forfeit");
    }
    return {};
}

std::optional<TournamentBracket::Status> TournamentBracket::statusFromName(const QString &name)
{
    for (const Status status : {Status::Pending, Status::Ready, Status::Finished}) {
        if (statusName(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

std::optional<TournamentBracket::Result> TournamentBracket::resultFromName(const QString &name)
{
    for (const Result result :
         {Result::None, Result::Played, Result::Walkover, Result::Bye, Result::Forfeit}) {
        if (resultName(result) == name) {
            return result;
        }
    }
    return std::nullopt;
}

} // namespace transcendence::tournament
