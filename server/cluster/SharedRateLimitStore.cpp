#include "cluster/SharedRateLimitStore.h"

#include "app/StructuredLog.h"
#include "cluster/RedisClient.h"
#include "metrics/ServerMetrics.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace transcendence::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPauseAfterFailureMs = 1000;

// KEYS: the logs. ARGV: for each log its limit, window (ms) and count (1/0), then a unique member
// prefix for this check. Returns {index (1-based) of the first full log, milliseconds until it
// has room again}, or {0, 0} when every log allowed the attempt (counted where asked).
const QByteArray kScript = R"lua(
local now = redis.call('TIME')
local nowMs = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
for i = 1, #KEYS do
  local limit = tonumber(ARGV[3 * i - 2])
  local window = tonumber(ARGV[3 * i - 1])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', nowMs - window)
  if redis.call('ZCARD', KEYS[i]) >= limit then
    local oldest = redis.call('ZRANGE', KEYS[i], 0, 0, 'WITHSCORES')
    if not oldest[2] then return {i, window} end
    return {i, math.max(1, tonumber(oldest[2]) + window - nowMs)}
  end
  if ARGV[3 * i] == '1' then
    redis.call('ZADD', KEYS[i], nowMs, nowMs .. ':' .. ARGV[#ARGV] .. ':' .. i)
    redis.call('PEXPIRE', KEYS[i], window)
  end
end
return {0, 0}
)lua";

QByteArray redisKey(const QString &key)
{
    return "transcendence:rate:" + key.toUtf8();
}

} // namespace

SharedRateLimitStore::SharedRateLimitStore(RedisClient &redis, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_redis(redis)
    , m_timeoutMs(timeoutMs)
    , m_memberPrefix(QUuid::createUuid().toByteArray(QUuid::Id128).left(12))
{
    m_clock.start();
    m_sweep.setSingleShot(true);
    connect(&m_sweep, &QTimer::timeout, this, &SharedRateLimitStore::sweep);
}

bool SharedRateLimitStore::isAvailable() const
{
    return m_redis.isReady() &&
           !(m_failedAt.isValid() && m_failedAt.elapsed() < kPauseAfterFailureMs);
}

void SharedRateLimitStore::failed(const QString &why)
{
    StructuredLog::warning(u"rate_limits_local"_s,
                           {{u"reason"_s, why}, {u"forMs"_s, kPauseAfterFailureMs}});
    m_failedAt.start();
}

void SharedRateLimitStore::check(const QList<Check> &checks,
                                 std::function<void(std::optional<Refusal>)> done)
{
    QList<QByteArray> arguments{"EVAL", kScript, QByteArray::number(checks.size())};
    for (const Check &check : checks) {
        arguments << redisKey(check.key);
    }
    for (const Check &check : checks) {
        arguments << QByteArray::number(check.limit)
                  << QByteArray::number(qint64(check.windowSeconds) * 1000)
                  << (check.count ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
    }
    arguments << m_memberPrefix + '-' + QByteArray::number(++m_sequence);

    // Answered once: by Redis, or by the sweep once its time is up (a late reply then finds
    // nothing). Neither runs once this store is gone.
    const quint64 id = m_sequence;
    m_waiting.insert(id, std::move(done));
    m_deadlines.push_back({m_clock.elapsed() + m_timeoutMs, id});
    if (!m_sweep.isActive()) {
        m_sweep.start(m_timeoutMs);
    }
    metrics::setRateLimitChecksWaiting(int(m_waiting.size()));
    m_redis.command(
        arguments, [alive = std::weak_ptr<int>(m_lifetime), this, id](const RedisReply &reply) {
            if (!alive.lock() || !m_waiting.contains(id)) {
                return;
            }
            if (reply.type != RedisReply::Type::Array || reply.elements.size() != 2) {
                failed(u"no answer to the rate-limit script: "_s + QString::fromUtf8(reply.string));
                finish(id, std::nullopt);
                return;
            }
            const qint64 index = reply.elements.at(0).integer;
            const qint64 waitMs = reply.elements.at(1).integer;
            finish(id, index <= 0 ? Refusal{}
                                  : Refusal{qsizetype(index - 1),
                                            int(std::max<qint64>(1, (waitMs + 999) / 1000))});
        });
}

void SharedRateLimitStore::finish(quint64 id, std::optional<Refusal> outcome)
{
    const auto done = m_waiting.take(id);
    metrics::setRateLimitChecksWaiting(int(m_waiting.size()));
    if (done) {
        done(outcome);
    }
}

// Checks time out in the order they were sent (one timeout for all): the oldest first, with one
// timer for all of them, set to the oldest deadline still waiting.
void SharedRateLimitStore::sweep()
{
    const qint64 now = m_clock.elapsed();
    while (!m_deadlines.empty() &&
           (m_deadlines.front().first <= now || !m_waiting.contains(m_deadlines.front().second))) {
        const quint64 id = m_deadlines.front().second;
        m_deadlines.pop_front();
        if (m_waiting.contains(id)) {
            failed(u"no answer within %1 ms"_s.arg(m_timeoutMs));
            finish(id, std::nullopt);
        }
    }
    if (!m_deadlines.empty()) {
        m_sweep.start(int(std::max<qint64>(1, m_deadlines.front().first - now)));
    }
}

void SharedRateLimitStore::clear(const QString &key)
{
    m_redis.command({"DEL", redisKey(key)});
}

} // namespace transcendence::server
