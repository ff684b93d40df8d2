#include "play/Matchmaker.h"

#include <algorithm>
#include <cstdlib>

namespace transcendence::server {

int Matchmaker::groupSize(protocol::QueueMode mode)
{
    return mode == protocol::QueueMode::FourPlayers ? 4 : 2;
}

bool Matchmaker::add(protocol::QueueMode mode, const Ticket &ticket)
{
    if (modeOf(ticket.userId)) {
        return false;
    }
    m_entries.push_back({mode, ticket});
    return true;
}

std::optional<protocol::QueueMode> Matchmaker::removeUser(qint64 userId)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [userId](const Entry &entry) {
        return entry.ticket.userId == userId;
    });
    if (it == m_entries.end()) {
        return std::nullopt;
    }
    const protocol::QueueMode mode = it->mode;
    m_entries.erase(it);
    return mode;
}

std::optional<protocol::QueueMode> Matchmaker::modeOf(qint64 userId) const
{
    for (const Entry &entry : m_entries) {
        if (entry.ticket.userId == userId) {
            return entry.mode;
        }
    }
    return std::nullopt;
}

const Matchmaker::Ticket *Matchmaker::ticketOf(qint64 userId) const
{
    for (const Entry &entry : m_entries) {
        if (entry.ticket.userId == userId) {
            return &entry.ticket;
        }
    }
    return nullptr;
}

int Matchmaker::windowFor(const Ticket &ticket, qint64 nowMs) const
{
    const qint64 waited = std::max<qint64>(0, nowMs - ticket.joinedAtMs);
    const qint64 steps = m_rules.widenEveryMs > 0 ? waited / m_rules.widenEveryMs : 0;
    const qint64 window = m_rules.initialWindow + steps * m_rules.widenBy;
    return int(std::min<qint64>(window, m_rules.maxWindow));
}

bool Matchmaker::accepts(const Ticket &a, const Ticket &b, qint64 nowMs) const
{
    const int gap = std::abs(a.rating - b.rating);
    return a.config == b.config && gap <= windowFor(a, nowMs) && gap <= windowFor(b, nowMs);
}

int Matchmaker::waiting(protocol::QueueMode mode) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [mode](const Entry &entry) { return entry.mode == mode; }));
}

std::vector<Matchmaker::Ticket> Matchmaker::tickets(protocol::QueueMode mode) const
{
    std::vector<Ticket> out;
    for (const Entry &entry : m_entries) {
        if (entry.mode == mode) {
            out.push_back(entry.ticket);
        }
    }
    return out;
}

std::vector<Matchmaker::Group> Matchmaker::takeGroups(qint64 nowMs)
{
    std::vector<Group> groups;
    for (const protocol::QueueMode mode :
         {protocol::QueueMode::OneVsOne, protocol::QueueMode::FourPlayers}) {
        const std::size_t size = std::size_t(groupSize(mode));
        std::vector<Ticket> open = tickets(mode); // longest waiting first
        std::vector<bool> taken(open.size(), false);
        for (std::size_t first = 0; first < open.size(); ++first) {
            if (taken[first]) {
                continue;
            }
            // The others closest in rating to the longest-waiting player, each accepted by
            // (and accepting) everyone already in the group.
            std::vector<std::size_t> candidates;
            for (std::size_t other = first + 1; other < open.size(); ++other) {
                if (!taken[other] && accepts(open[first], open[other], nowMs)) {
                    candidates.push_back(other);
                }
            }
            std::stable_sort(candidates.begin(), candidates.end(),
                             [&](std::size_t a, std::size_t b) {
                                 return std::abs(open[a].rating - open[first].rating) <
                                        std::abs(open[b].rating - open[first].rating);
                             });
            std::vector<std::size_t> members{first};
            for (std::size_t candidate : candidates) {
                if (members.size() == size) {
                    break;
                }
                const bool fits =
                    std::all_of(members.begin(), members.end(), [&](std::size_t member) {
                        return accepts(open[member], open[candidate], nowMs);
                    });
                if (fits) {
                    members.push_back(candidate);
                }
            }
            if (members.size() < size) {
                continue;
            }
            std::sort(members.begin(), members.end()); // longest waiting first
            Group group{mode, {}};
            for (std::size_t member : members) {
                taken[member] = true;
                group.tickets.push_back(open[member]);
            }
            groups.push_back(std::move(group));
        }
    }
    for (const Group &group : groups) {
        for (const Ticket &ticket : group.tickets) {
            removeUser(ticket.userId);
        }
    }
    return groups;
}

} // namespace transcendence::server
