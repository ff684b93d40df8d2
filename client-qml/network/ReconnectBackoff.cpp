#include "network/ReconnectBackoff.h"

#include <algorithm>
#include <limits>

namespace transcendence::client {

ReconnectBackoff::ReconnectBackoff(QRandomGenerator *random)
    : m_random(random)
{}

int ReconnectBackoff::ceilingMs(int failedAttempts)
{
    qint64 ceiling = kInitialDelayMs;
    for (int i = 0; i < failedAttempts && ceiling < kMaxDelayMs; ++i) {
        ceiling *= 2;
    }
    return int(std::min<qint64>(ceiling, kMaxDelayMs));
}

int ReconnectBackoff::nextDelayMs()
{
    const int ceiling = ceilingMs(m_failedAttempts);
    if (m_failedAttempts < std::numeric_limits<int>::max()) {
        ++m_failedAttempts;
    }
    const int floor = ceiling / 2;
    return floor + int(m_random->bounded(ceiling - floor + 1));
}

void ReconnectBackoff::reset()
{
    m_failedAttempts = 0;
}

} // namespace transcendence::client
