#pragma once

#include <QRandomGenerator>

namespace transcendence::client {

// Delays between reconnection attempts: exponential growth from kInitialDelayMs, capped at
// kMaxDelayMs, with "equal jitter" (a random delay in [ceiling/2, ceiling]) so that every
// client dropped by a server restart does not come back in the same millisecond.
class ReconnectBackoff {
public:
    static constexpr int kInitialDelayMs = 500;
    static constexpr int kMaxDelayMs = 30'000;

    explicit ReconnectBackoff(QRandomGenerator *random = QRandomGenerator::global());

    // The delay before the next attempt; each call counts one failed attempt.
    int nextDelayMs();
    // Called once a connection succeeded: the next failure starts from the smallest delay again.
    void reset();
    int failedAttempts() const { return m_failedAttempts; }

    // Upper bound of the delay after `failedAttempts` failures (0 -> kInitialDelayMs).
    static int ceilingMs(int failedAttempts);

private:
    QRandomGenerator *m_random;
    int m_failedAttempts = 0;
};

} // namespace transcendence::client
