#pragma once

#include "cluster/RedisEndpoint.h"

#include <QElapsedTimer>
#include <QString>

#include <optional>

struct redisContext;

namespace transcendence::server {

// The sliding-window attempt logs of RateLimiter in Redis, shared by every instance: one Lua
// script per check (a sorted set of attempt times on Redis's clock), so counting and deciding
// are one atomic step for the whole cluster.
//
// Synchronous on purpose: RateLimiter::hit() answers at once, and the handlers that call it
// decide before any other work. A round trip on the local socket costs ~50 µs of the event
// loop (bench/README.md); the socket has a 200 ms timeout, and after a failure the store stays
// out of the way for a second (the caller then counts in memory, per instance, as it did alone).
class SharedRateLimitStore {
public:
    explicit SharedRateLimitStore(RedisEndpoint endpoint);
    ~SharedRateLimitStore();
    SharedRateLimitStore(const SharedRateLimitStore &) = delete;
    SharedRateLimitStore &operator=(const SharedRateLimitStore &) = delete;

    // Seconds until an attempt is allowed (0: allowed; when count is true it was counted), or
    // nullopt when Redis could not answer.
    std::optional<int> check(const QString &key, int limit, int windowSeconds, bool count);
    bool clear(const QString &key);

private:
    bool ensureConnected();
    void fail(const char *what);

    RedisEndpoint m_endpoint;
    redisContext *m_context = nullptr;
    QElapsedTimer m_failedAt; // valid for a second after a failure
    QByteArray m_scriptSha;
};

} // namespace transcendence::server
