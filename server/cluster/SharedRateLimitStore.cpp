#include "cluster/SharedRateLimitStore.h"

#include "app/StructuredLog.h"

#include <hiredis/hiredis.h>
#include <sys/time.h>

namespace transcendence::server {

using namespace Qt::StringLiterals;

namespace {

// Redis on its local socket answers in ~50 µs; 200 ms is what a starved or swapping machine can
// take (a full test run with CPU hogs beside it saw 50 ms pass, and the count of a wrong password
// stayed on one instance). A frozen Redis costs the loop at most this once a second.
constexpr int kTimeoutMs = 200;
constexpr int kPauseAfterFailureMs = 1000;

// KEYS[1] the log; ARGV: limit, window (ms), count (1/0), a unique member for this attempt.
// Returns the milliseconds until an attempt is allowed (0: allowed, and counted when asked).
const char *const kScript = R"lua(
local now = redis.call('TIME')
local nowMs = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', nowMs - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + window - nowMs)
end
if ARGV[3] == '1' then
  redis.call('ZADD', KEYS[1], nowMs, nowMs .. ':' .. ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
end
return 0
)lua";

QByteArray redisKey(const QString &key)
{
    return "transcendence:rate:" + key.toUtf8();
}

} // namespace

SharedRateLimitStore::SharedRateLimitStore(RedisEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{}

SharedRateLimitStore::~SharedRateLimitStore()
{
    if (m_context) {
        redisFree(m_context);
    }
}

void SharedRateLimitStore::fail(const char *what)
{
    StructuredLog::warning(
        u"rate_limits_local"_s,
        {{u"reason"_s, QString::fromUtf8(m_context && m_context->err ? m_context->errstr : what)},
         {u"forMs"_s, kPauseAfterFailureMs}});
    if (m_context) {
        redisFree(m_context);
        m_context = nullptr;
    }
    m_failedAt.start();
}

bool SharedRateLimitStore::ensureConnected()
{
    if (m_context) {
        return true;
    }
    if (m_failedAt.isValid() && m_failedAt.elapsed() < kPauseAfterFailureMs) {
        return false;
    }
    const timeval timeout{0, kTimeoutMs * 1000};
    m_context =
        m_endpoint.socketPath.isEmpty()
            ? redisConnectWithTimeout(m_endpoint.host.toUtf8().constData(), m_endpoint.port,
                                      timeout)
            : redisConnectUnixWithTimeout(m_endpoint.socketPath.toUtf8().constData(), timeout);
    if (!m_context || m_context->err || redisSetTimeout(m_context, timeout) != REDIS_OK) {
        fail("cannot connect");
        return false;
    }
    const auto simple = [this](std::initializer_list<QByteArray> arguments) {
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QByteArray &argument : arguments) {
            argv.push_back(argument.constData());
            lengths.push_back(size_t(argument.size()));
        }
        auto *reply = static_cast<redisReply *>(
            redisCommandArgv(m_context, int(argv.size()), argv.data(), lengths.data()));
        const bool ok = reply && reply->type != REDIS_REPLY_ERROR;
        QByteArray text = reply && reply->str ? QByteArray(reply->str, qsizetype(reply->len)) : "";
        freeReplyObject(reply);
        return std::make_pair(ok, text);
    };
    if (!m_endpoint.password.isEmpty() && !simple({"AUTH", m_endpoint.password}).first) {
        fail("AUTH refused");
        return false;
    }
    if (m_endpoint.database != 0 &&
        !simple({"SELECT", QByteArray::number(m_endpoint.database)}).first) {
        fail("SELECT refused");
        return false;
    }
    const auto loaded = simple({"SCRIPT", "LOAD", kScript});
    if (!loaded.first) {
        fail("SCRIPT LOAD refused");
        return false;
    }
    m_scriptSha = loaded.second;
    m_failedAt.invalidate();
    return true;
}

std::optional<int> SharedRateLimitStore::check(const QString &key, int limit, int windowSeconds,
                                               bool count)
{
    if (!ensureConnected()) {
        return std::nullopt;
    }
    static quint64 sequence = 0;
    const QByteArray logKey = redisKey(key);
    const QByteArray limitText = QByteArray::number(limit);
    const QByteArray windowText = QByteArray::number(qint64(windowSeconds) * 1000);
    const QByteArray member =
        QByteArray::number(quintptr(this), 16) + '-' + QByteArray::number(++sequence);
    const char *argv[] = {"EVALSHA",          m_scriptSha.constData(), "1",
                          logKey.constData(), limitText.constData(),   windowText.constData(),
                          count ? "1" : "0",  member.constData()};
    const size_t lengths[] = {7,
                              size_t(m_scriptSha.size()),
                              1,
                              size_t(logKey.size()),
                              size_t(limitText.size()),
                              size_t(windowText.size()),
                              1,
                              size_t(member.size())};
    auto *reply = static_cast<redisReply *>(redisCommandArgv(m_context, 8, argv, lengths));
    if (!reply || reply->type != REDIS_REPLY_INTEGER) {
        // NOSCRIPT after a Redis restart is a failure too: the next connection loads it again.
        freeReplyObject(reply);
        fail("no answer to the rate-limit script");
        return std::nullopt;
    }
    const long long waitMs = reply->integer;
    freeReplyObject(reply);
    return waitMs <= 0 ? 0 : int((waitMs + 999) / 1000);
}

bool SharedRateLimitStore::clear(const QString &key)
{
    if (!ensureConnected()) {
        return false;
    }
    const QByteArray logKey = redisKey(key);
    const char *argv[] = {"DEL", logKey.constData()};
    const size_t lengths[] = {3, size_t(logKey.size())};
    auto *reply = static_cast<redisReply *>(redisCommandArgv(m_context, 2, argv, lengths));
    const bool ok = reply && reply->type == REDIS_REPLY_INTEGER;
    freeReplyObject(reply);
    if (!ok) {
        fail("no answer to DEL");
    }
    return ok;
}

} // namespace transcendence::server
