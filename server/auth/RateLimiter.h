#pragma once

#include <QHash>
#include <QHttpServerResponse>
#include <QString>

#include <deque>

namespace transcendence::server {

// Sliding-window limits on attempts per key ("login-ip:203.0.113.5", "login-account:alice").
// In memory, per server instance, used on the event-loop thread only. With several instances a
// client can try each one's budget: docs/security.md says so; a shared (PostgreSQL) store is the
// upgrade path.
class RateLimiter {
public:
    struct Rule {
        int limit;
        int windowSeconds;
    };

    // Counts an attempt. Returns 0 when it is allowed, else the seconds until one is (Retry-After).
    int hit(const QString &key, Rule rule, qint64 nowMs);
    // Whether the key has used its budget, without counting an attempt: the seconds until it has
    // room again (Retry-After), or 0. For limits counted only on failure (see hit()).
    int exhausted(const QString &key, Rule rule, qint64 nowMs);
    void clear(const QString &key);

    // 429 rate_limited in the JSON error shape, with Retry-After.
    static QHttpServerResponse tooManyRequests(int retryAfterSeconds);

private:
    void evictIfFull(qint64 nowMs);

    QHash<QString, std::deque<qint64>> m_attempts;
    static constexpr qsizetype kMaxKeys = 100'000;
};

} // namespace transcendence::server
