#include "play/GameClock.h"

#include "engine/Match.h"
#include "play/MatchRoom.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

namespace transcendence::server {
namespace {

// One monotonic time base for every clock, so rooms on both game threads share the grid.
qint64 monotonicNs()
{
    static const QElapsedTimer origin = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return origin.nsecsElapsed();
}

} // namespace

qint64 GameClock::now()
{
    return monotonicNs();
}

qint64 GameClock::stepIndex(qint64 ns)
{
    return ns * engine::kStepsPerSecond / 1'000'000'000;
}

qint64 GameClock::gridTime(qint64 index)
{
    return (index * 1'000'000'000 + engine::kStepsPerSecond - 1) / engine::kStepsPerSecond;
}

GameClock *GameClock::forCurrentThread()
{
    thread_local std::unique_ptr<GameClock> clock;
    if (!clock) {
        clock.reset(new GameClock);
    }
    return clock.get();
}

GameClock::GameClock()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GameClock::fire);
}

void GameClock::add(MatchRoom *room)
{
    m_rooms.push_back(room);
    if (!m_timer.isActive() && !m_firing) {
        arm();
    }
}

void GameClock::remove(MatchRoom *room)
{
    const auto it = std::find(m_rooms.begin(), m_rooms.end(), room);
    if (it == m_rooms.end()) {
        return;
    }
    if (m_firing) {
        *it = nullptr; // compacted when this round ends
    } else {
        m_rooms.erase(it);
        if (m_rooms.empty()) {
            m_timer.stop();
        }
    }
}

int GameClock::roomCount() const
{
    return int(std::count_if(m_rooms.begin(), m_rooms.end(),
                             [](const MatchRoom *room) { return room != nullptr; }));
}

void GameClock::arm()
{
    // The next point of the 120 Hz grid, rounded up to the millisecond (Qt's timers): when it
    // fires, exactly one more step is due in every running room.
    const qint64 at = monotonicNs();
    const qint64 next = gridTime(stepIndex(at) + 1);
    m_timer.start(int((next - at + 999'999) / 1'000'000));
}

void GameClock::fire()
{
    ++m_wakeUps;
    m_firing = true;
    // Rooms added while firing (none today: start() runs in its own event) wait for the next
    // round; the index loop tolerates it anyway.
    for (std::size_t i = 0; i < m_rooms.size(); ++i) {
        if (MatchRoom *room = m_rooms[i]) {
            room->tick();
        }
    }
    m_firing = false;
    std::erase(m_rooms, nullptr);
    if (!m_rooms.empty()) {
        arm();
    }
}

} // namespace transcendence::server
