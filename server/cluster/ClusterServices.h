#pragma once

#include "cluster/RedisEndpoint.h"

#include <QObject>

#include <memory>
#include <optional>

namespace transcendence::server {

class EventBus;
class RedisClient;
class SharedRateLimitStore;

// What this instance shares with the others. Without TRANSCENDENCE_REDIS_URL: nothing, an
// in-process event bus (one instance, as before). With it: a RedisClient (reconnecting by
// itself) and the Redis event bus; rate limits are shared through it too (SharedRateLimits).
class ClusterServices : public QObject {
    Q_OBJECT
public:
    ClusterServices(const std::optional<RedisEndpoint> &redis, QObject *parent = nullptr);
    ~ClusterServices() override;

    EventBus &bus() { return *m_bus; }
    RedisClient *redis() { return m_redis; } // nullptr when the instance runs alone
    // False only while Redis is configured and not reachable (/readyz says so).
    bool isReady() const;

private:
    RedisClient *m_redis = nullptr;
    EventBus *m_bus = nullptr;
    SharedRateLimitStore *m_rateLimits = nullptr;
};

} // namespace transcendence::server
