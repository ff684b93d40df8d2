#pragma once

#include "engine/MatchConfig.h"
#include "protocol/LobbyMessages.h"

#include <QString>

#include <optional>
#include <vector>

namespace transcendence::server {

// The matchmaking queues, one per mode, with no I/O: the play feature feeds it and asks it for
// groups every second. Players are grouped by rating: each accepts opponents within a window
// around their own rating that widens the longer they wait, and a group forms only when every
// member's window accepts every other member (docs/protocol.md, "Starting a match").
class Matchmaker {
public:
    struct Rules {
        int initialWindow = 100; // rating points either side, at once
        int widenBy = 50;        // more points ...
        int widenEveryMs = 5000; // ... every this long
        int maxWindow = 1000;    // never wider than this
    };
    struct Ticket {
        qint64 userId = 0;
        QString connectionId; // the connection that queued: the match starts there
        int rating = 0;
        qint64 joinedAtMs = 0;
        engine::MatchConfig config; // only players asking for the same settings meet
    };
    struct Group {
        protocol::QueueMode mode = protocol::QueueMode::OneVsOne;
        std::vector<Ticket> tickets; // 2 or 4, longest waiting first
    };

    Matchmaker() = default;
    explicit Matchmaker(Rules rules)
        : m_rules(rules)
    {}

    static int groupSize(protocol::QueueMode mode);

    // False when the account already waits in a queue (any mode): one queue at a time.
    bool add(protocol::QueueMode mode, const Ticket &ticket);
    // The mode the account waited in, if it did.
    std::optional<protocol::QueueMode> removeUser(qint64 userId);
    std::optional<protocol::QueueMode> modeOf(qint64 userId) const;
    const Ticket *ticketOf(qint64 userId) const;
    // Removes and returns every group that can form now, longest-waiting players first.
    std::vector<Group> takeGroups(qint64 nowMs);

    int windowFor(const Ticket &ticket, qint64 nowMs) const;
    int waiting(protocol::QueueMode mode) const;
    std::vector<Ticket> tickets(protocol::QueueMode mode) const;

private:
    struct Entry {
        protocol::QueueMode mode;
        Ticket ticket;
    };
    bool accepts(const Ticket &a, const Ticket &b, qint64 nowMs) const;

    Rules m_rules;
    std::vector<Entry> m_entries; // in the order they joined
};

} // namespace transcendence::server
