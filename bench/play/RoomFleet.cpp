#include "RoomFleet.h"

#include "engine/MatchConfig.h"
#include "play/GameThreads.h"
#include "play/MatchRoom.h"

#include <QByteArrayView>

#include <algorithm>
#include <limits>

namespace transcendence::bench {
namespace {

// One spectator per room: every snapshot is serialized and emitted once, as for one player.
void watch(server::MatchRoom *room, const QString &watcher)
{
    QMetaObject::invokeMethod(
        room, [room, watcher] { room->addSpectator(watcher); }, Qt::QueuedConnection);
}

server::MatchRoomSetup aiVersusAi(int index)
{
    server::MatchRoomSetup setup;
    setup.roomId = QStringLiteral("bench-%1").arg(index);
    setup.config.scoreLimit = 1000; // no room ends during a run: the count stays N
    setup.seed = std::uint64_t(index) + 1;
    setup.difficulty = engine::AiDifficulty::Hard;
    for (int seat = 0; seat < setup.config.playerCount(); ++seat) {
        server::MatchSeat matchSeat;
        matchSeat.seat = seat;
        matchSeat.kind = server::SeatKind::Ai;
        matchSeat.label = QStringLiteral("AI (hard)");
        setup.seats.push_back(matchSeat);
    }
    setup.kind = protocol::RoomKind::Ai;
    setup.recordKind = server::MatchKind::Ai;
    return setup;
}

double millisecondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

double tickTimeMs(qint64 tick)
{
    return double(tick) * 1000.0 / engine::kStepsPerSecond;
}

} // namespace

qint64 snapshotTick(const QByteArray &message)
{
    // Compact JSON with sorted keys: the top-level "tick" is the last one.
    constexpr QByteArrayView key("\"tick\":");
    const qsizetype at = message.lastIndexOf(key);
    if (at < 0) {
        return -1;
    }
    qint64 tick = 0;
    for (qsizetype i = at + key.size();
         i < message.size() && message[i] >= '0' && message[i] <= '9'; ++i) {
        tick = tick * 10 + (message[i] - '0');
    }
    return tick;
}

RoomFleet::RoomFleet(const std::atomic<bool> &recording)
    : m_recording(recording)
{}

RoomFleet::~RoomFleet()
{
    stop();
}

void RoomFleet::launch(server::GameThreads &threads, int rooms, double expectedSeconds)
{
    // Reserved up front so that recording never reallocates on a game thread.
    const auto capacity =
        std::size_t(server::MatchRoom::kSnapshotsPerSecond * (expectedSeconds + 2.0));
    for (int index = 0; index < rooms; ++index) {
        auto trace = std::make_unique<RoomTrace>();
        RoomTrace *raw = trace.get();
        raw->emitted.reserve(capacity);
        raw->delivered.reserve(capacity);
        m_traces.push_back(std::move(trace));

        const auto sight = [this](std::vector<SnapshotSighting> &sightings,
                                  const QByteArray &message) {
            const Clock::time_point now = Clock::now();
            const qint64 tick = snapshotTick(message);
            if (tick >= 0 && sightings.size() < sightings.capacity()) {
                sightings.push_back({tick, now, m_recording.load(std::memory_order_relaxed)});
            }
        };
        auto *room = new server::MatchRoom(aiVersusAi(index));
        // Every snapshot comes once per room (encoded once; the watcher takes JSON), also the
        // first one a connection gets alone; the tick is in the shared part after lastInputSeq.
        // Directly on the game thread as the signal is emitted: what the room itself achieves;
        // queued to the main thread: when the server thread could send it to the socket.
        QObject::connect(
            room, &server::MatchRoom::snapshotsReady, room,
            [sight, raw](const server::SnapshotDelivery &delivery) {
                sight(raw->emitted, delivery.tail.toUtf8());
            },
            Qt::DirectConnection);
        QObject::connect(room, &server::MatchRoom::snapshotsReady, &m_receiver,
                         [sight, raw](const server::SnapshotDelivery &delivery) {
                             sight(raw->delivered, delivery.tail.toUtf8());
                         });
        room->moveToThread(threads.nextThread());
        QMetaObject::invokeMethod(room, &server::MatchRoom::start, Qt::QueuedConnection);
        watch(room, QStringLiteral("watcher-%1").arg(index));
        m_rooms.push_back(room);
    }
}

void RoomFleet::stop()
{
    for (server::MatchRoom *room : m_rooms) {
        QObject::disconnect(room, nullptr, nullptr, nullptr);
        room->deleteLater(); // on its game thread; done at the latest when that thread finishes
    }
    m_rooms.clear();
}

Lateness RoomFleet::lateness() const
{
    Lateness out;
    for (const auto &trace : m_traces) {
        Clock::time_point start = Clock::time_point::max();
        for (const SnapshotSighting &sighting : trace->emitted) {
            if (sighting.tick > 0) {
                const auto implied =
                    sighting.seen -
                    std::chrono::duration_cast<Clock::duration>(
                        std::chrono::duration<double, std::milli>(tickTimeMs(sighting.tick)));
                start = std::min(start, implied);
            }
        }
        if (start == Clock::time_point::max()) {
            continue;
        }
        const auto add = [start](std::vector<double> &into,
                                 const std::vector<SnapshotSighting> &sightings) {
            for (const SnapshotSighting &sighting : sightings) {
                if (sighting.measured && sighting.tick > 0) {
                    into.push_back(millisecondsBetween(start, sighting.seen) -
                                   tickTimeMs(sighting.tick));
                }
            }
        };
        add(out.tickMs, trace->emitted);
        add(out.deliveryMs, trace->delivered);
        for (std::size_t i = 1; i < trace->emitted.size(); ++i) {
            if (trace->emitted[i].measured && trace->emitted[i - 1].tick > 0) {
                out.gapMs.push_back(
                    millisecondsBetween(trace->emitted[i - 1].seen, trace->emitted[i].seen));
            }
        }
    }
    return out;
}

} // namespace transcendence::bench
