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
{}

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

    // Answered once: by Redis, or by the timer (a late reply is then dropped). Neither runs once
    // this store is gone.
    auto waiting = std::make_shared<std::function<void(std::optional<Refusal>)>>(std::move(done));
    metrics::setRateLimitChecksWaiting(++m_pending);
    const auto finish = [this, waiting](std::optional<Refusal> outcome) {
        if (!*waiting) {
            return;
        }
        metrics::setRateLimitChecksWaiting(--m_pending);
        const auto answer = std::move(*waiting);
        *waiting = nullptr;
        answer(outcome);
    };
    QTimer::singleShot(m_timeoutMs, this, [this, waiting, finish] {
        if (*waiting) {
            failed(u"no answer within %1 ms"_s.arg(m_timeoutMs));
            finish(std::nullopt);
        }
    });
    m_redis.command(
        arguments, [alive = std::weak_ptr<int>(m_lifetime), this, finish](const RedisReply &reply) {
            if (!alive.lock()) {
                return;
            }
            if (reply.type != RedisReply::Type::Array || reply.elements.size() != 2) {
                failed(u"no answer to the rate-limit script: "_s + QString::fromUtf8(reply.string));
                finish(std::nullopt);
                return;
            }
            const qint64 index = reply.elements.at(0).integer;
            const qint64 waitMs = reply.elements.at(1).integer;
            finish(index <= 0 ? Refusal{}
                              : Refusal{qsizetype(index - 1),
                                        int(std::max<qint64>(1, (waitMs + 999) / 1000))});
        });
}

void SharedRateLimitStore::clear(const QString &key)
{
    m_redis.command({"DEL", redisKey(key)});
}

} // namespace transcendence::server
