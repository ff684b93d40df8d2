#pragma once

#include <QObject>

#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

namespace transcendence::server {
class GameThreads;
class MatchRoom;
} // namespace transcendence::server

namespace transcendence::bench {

using Clock = std::chrono::steady_clock;

// When one snapshot was seen; `measured` if it was inside the measurement window.
struct SnapshotSighting {
    qint64 tick = 0;
    Clock::time_point seen;
    bool measured = false;
};

// One room as the bench sees it: every snapshot as it is emitted, on the room's game thread,
// and as it arrives on the main thread through a queued connection (as PlayFeature gets it).
struct RoomTrace {
    std::vector<SnapshotSighting> emitted;
    std::vector<SnapshotSighting> delivered;
};

// Lateness of a snapshot of tick T: when it was seen, minus (start + T / 120 s), in ms.
struct Lateness {
    std::vector<double> tickMs;     // at emission
    std::vector<double> deliveryMs; // at arrival on the main thread
    // Time between a room's consecutive snapshots (1000 / 60 ms when on time): what a late
    // wake-up of the game thread costs, which lateness hides (a late room still sends the
    // tick that is due by then, only fewer of them).
    std::vector<double> gapMs;
};

// N AI-vs-AI rooms spread over GameThreads through MatchRoom's public API only: constructed from
// a MatchRoomSetup, moved to GameThreads::nextThread(), start() invoked queued, snapshots
// observed on messageReady. Samples are taken while `recording` is true.
class RoomFleet {
public:
    explicit RoomFleet(const std::atomic<bool> &recording);
    ~RoomFleet();

    RoomFleet(const RoomFleet &) = delete;
    RoomFleet &operator=(const RoomFleet &) = delete;

    void launch(server::GameThreads &threads, int rooms, double expectedSeconds);
    // Disconnects and deletes the rooms (on their threads). Call lateness() only after the
    // GameThreads have been destroyed (joined).
    void stop();

    // The measured snapshots of every room. A room's start is taken from its snapshots: the
    // earliest moment they all allow, min(seen - T / 120 s) over its emitted ticks T >= 1. So a
    // room is never measured against a start it could not have had (a countdown, say), and its
    // best-timed snapshot has lateness 0 (about 0.2 ms after its tick-0 snapshot today).
    Lateness lateness() const;

private:
    const std::atomic<bool> &m_recording;
    QObject m_receiver; // the main-thread end of the queued connections
    std::vector<server::MatchRoom *> m_rooms;
    std::vector<std::unique_ptr<RoomTrace>> m_traces; // by room; each written by one thread
};

// The "tick" of a serialized snapshot, without parsing the JSON; -1 if it has none.
qint64 snapshotTick(const QByteArray &message);

} // namespace transcendence::bench
