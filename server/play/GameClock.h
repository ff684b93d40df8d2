#pragma once

#include <QObject>
#include <QTimer>

#include <vector>

namespace transcendence::server {

class MatchRoom;

// One clock per game thread: a single precise timer on the simulation's 120 Hz grid wakes the
// thread once per step and ticks every room registered on it, instead of one timer (and one
// wake-up) per room. Each room still decides from its own clock how many steps are due and owns
// all its state; the clock only calls MatchRoom::tick(). Lives on, and is used from, its thread.
class GameClock : public QObject {
    Q_OBJECT
public:
    // This thread's clock, created on first use (it ends with the thread).
    static GameClock *forCurrentThread();
    // The shared time base (monotonic, ns) and the 120 Hz grid on it: step index i starts at
    // gridTime(i). Rooms count their due steps on this grid, so one wake-up serves them all.
    static qint64 now();
    static qint64 stepIndex(qint64 ns);
    static qint64 gridTime(qint64 index);

    void add(MatchRoom *room);
    void remove(MatchRoom *room);
    int roomCount() const;
    // Wake-ups since the clock was created (bench and tests: one per step, not per room).
    qint64 wakeUps() const { return m_wakeUps; }

private:
    GameClock();
    void arm();
    void fire();

    QTimer m_timer;
    std::vector<MatchRoom *> m_rooms; // null where one was removed during fire()
    bool m_firing = false;
    qint64 m_wakeUps = 0;
};

} // namespace transcendence::server
