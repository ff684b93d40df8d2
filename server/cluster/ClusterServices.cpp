#include "cluster/ClusterServices.h"

#include "auth/RateLimiter.h"
#include "cluster/EventBus.h"
#include "cluster/RedisClient.h"
#include "cluster/SharedRateLimitStore.h"
#include "metrics/ServerMetrics.h"

namespace transcendence::server {

using namespace Qt::StringLiterals;

ClusterServices::ClusterServices(const std::optional<RedisEndpoint> &redis, QObject *parent)
    : QObject(parent)
{
    if (!redis) {
        m_bus = new LocalEventBus(this);
        return;
    }
    m_redis = new RedisClient(*redis, this);
    m_bus = new RedisEventBus(*m_redis, "transcendence:bus", this);
    metrics::setComponentUp(u"redis"_s, false);
    connect(m_redis, &RedisClient::readyChanged, this,
            [](bool ready) { metrics::setComponentUp(u"redis"_s, ready); });
    m_redis->start();
    m_rateLimits = new SharedRateLimitStore(*m_redis, redis->rateLimitTimeoutMs, this);
    RateLimiter::setSharedStore(m_rateLimits);
}

ClusterServices::~ClusterServices()
{
    if (m_rateLimits) {
        RateLimiter::setSharedStore(nullptr);
        delete m_rateLimits; // before the Redis client, which fails the checks still in flight
        m_rateLimits = nullptr;
    }
}

bool ClusterServices::isReady() const
{
    return !m_redis || m_redis->isReady();
}

} // namespace transcendence::server
