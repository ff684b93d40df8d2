#pragma once

#include <QtGlobal>

#include <functional>
#include <vector>

namespace transcendence::server {

// The deadlines of every WebSocket on this instance (hello, heartbeat, idle guest) on one clock,
// instead of two or three QTimers per connection: a timing wheel of slotMs slots. A member is in
// exactly one slot, the one of the next time it wants to be looked at; activity only moves its
// deadlines later, so a message costs nothing here: when its slot comes, a member whose
// deadline has moved is put in the slot of the new one (once per heartbeat timeout at most),
// and one whose deadline passed is expired. Deadlines further away than the wheel's span wait in
// its last slot and are looked at again from there. advance() runs on the hub's one timer, at
// most one slot late; tests drive it with their own clock.
class IdleSweep {
public:
    class Member {
    public:
        Member() = default;
        Member(const Member &) = delete;
        Member &operator=(const Member &) = delete;
        virtual ~Member(); // leaves the sweep

    protected:
        // When this member wants to be looked at next, on the sweep's clock (ms); < 0: never.
        virtual qint64 nextDeadline() const = 0;
        // Its deadline has passed (now >= nextDeadline()). It may schedule itself again or
        // leave; staying without being scheduled means it is no longer watched.
        virtual void expire(qint64 nowMs) = 0;

    private:
        friend class IdleSweep;
        IdleSweep *m_sweep = nullptr;
        int m_slot = -1;
        int m_index = -1;
    };

    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit IdleSweep(qint64 slotMs = 250, int slotCount = 256);
    ~IdleSweep();
    IdleSweep(const IdleSweep &) = delete;
    IdleSweep &operator=(const IdleSweep &) = delete;

    // The steady clock by default; tests set their own before scheduling anything.
    void setClock(Clock clock);
    qint64 now() const;
    qint64 slotMs() const { return m_slotMs; }

    // Watches the member from here on, in the slot of its nextDeadline() (again if it was
    // already watched: call it when a deadline moved earlier). A negative deadline unwatches it.
    void schedule(Member &member);
    void remove(Member &member);
    bool contains(const Member &member) const { return member.m_sweep == this; }
    qsizetype size() const { return m_size; }

    // Looks at the slots due by now (the clock's time): members whose deadline passed are
    // expired, the others are moved to the slot of their deadline. Returns the expired ones.
    int advance();

private:
    void place(Member &member, qint64 deadlineMs);
    void unlink(Member &member);

    qint64 m_slotMs;
    std::vector<std::vector<Member *>> m_slots;
    qint64 m_tick = 0; // every slot up to this tick (now / slotMs) has been looked at
    qsizetype m_size = 0;
    Clock m_clock;
};

} // namespace transcendence::server
