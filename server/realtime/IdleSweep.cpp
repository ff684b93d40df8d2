#include "realtime/IdleSweep.h"

#include <QElapsedTimer>

#include <algorithm>

namespace transcendence::server {

IdleSweep::Member::~Member()
{
    if (m_sweep) {
        m_sweep->remove(*this);
    }
}

IdleSweep::IdleSweep(qint64 slotMs, int slotCount)
    : m_slotMs(std::max<qint64>(1, slotMs))
    , m_slots(std::size_t(std::max(2, slotCount)))
{
    setClock({});
}

IdleSweep::~IdleSweep()
{
    for (auto &slot : m_slots) {
        for (Member *member : slot) {
            member->m_sweep = nullptr;
            member->m_slot = member->m_index = -1;
        }
    }
}

void IdleSweep::setClock(Clock clock)
{
    if (!clock) {
        QElapsedTimer started;
        started.start();
        clock = [started] {
            return started.elapsed();
        };
    }
    m_clock = std::move(clock);
    m_tick = m_clock() / m_slotMs;
}

qint64 IdleSweep::now() const
{
    return m_clock();
}

void IdleSweep::schedule(Member &member)
{
    const qint64 deadline = member.nextDeadline();
    if (member.m_sweep) {
        member.m_sweep->unlink(member);
    }
    if (deadline >= 0) {
        place(member, deadline);
    }
}

void IdleSweep::remove(Member &member)
{
    if (member.m_sweep == this) {
        unlink(member);
    }
}

void IdleSweep::place(Member &member, qint64 deadlineMs)
{
    const qint64 slotCount = qint64(m_slots.size());
    // The first slot looked at from its deadline on (a slot is looked at once the clock is past
    // its start), never one already looked at, never further than the wheel's span.
    const qint64 tick =
        std::clamp((deadlineMs + m_slotMs - 1) / m_slotMs, m_tick + 1, m_tick + slotCount - 1);
    auto &slot = m_slots[std::size_t(tick % slotCount)];
    member.m_sweep = this;
    member.m_slot = int(tick % slotCount);
    member.m_index = int(slot.size());
    slot.push_back(&member);
    ++m_size;
}

void IdleSweep::unlink(Member &member)
{
    auto &slot = m_slots[std::size_t(member.m_slot)];
    Member *last = slot.back();
    slot[std::size_t(member.m_index)] = last;
    last->m_index = member.m_index;
    slot.pop_back();
    member.m_sweep = nullptr;
    member.m_slot = member.m_index = -1;
    --m_size;
}

int IdleSweep::advance()
{
    const qint64 nowMs = m_clock();
    const qint64 target = nowMs / m_slotMs;
    const qint64 slotCount = qint64(m_slots.size());
    // After a long stall every slot is due once: start where a whole turn ends at target.
    qint64 tick = std::max(m_tick, target - slotCount);
    int expired = 0;
    while (tick < target) {
        ++tick;
        m_tick = tick; // members placed from here on go to later slots
        auto &slot = m_slots[std::size_t(tick % slotCount)];
        // One at a time from the live slot: expiring one may remove others from it.
        while (!slot.empty()) {
            Member &member = *slot.back();
            unlink(member);
            const qint64 deadline = member.nextDeadline();
            if (deadline < 0) {
                continue;
            }
            if (deadline <= nowMs) {
                ++expired;
                member.expire(nowMs);
            } else {
                place(member, deadline);
            }
        }
    }
    m_tick = std::max(m_tick, target);
    return expired;
}

} // namespace transcendence::server
