#pragma once

#include <QByteArray>
#include <QString>

#include <variant>

namespace transcendence::server {

// Where Redis is, from TRANSCENDENCE_REDIS_URL:
//   unix:///path/to/redis.sock[?password=...&db=N]   a Unix socket (scripts/run, scripts/test)
//   redis://[:password@]host[:port][/db]             TCP (docker/compose.yaml)
// Either takes two tuning options in its query (tests make them long):
//   ping_timeout_ms=N        Redis counts as unresponsive after a PING unanswered this long
//   rate_limit_timeout_ms=N  a shared rate-limit check is decided in memory after this long
struct RedisEndpoint {
    QString socketPath; // set for unix://
    QString host;       // set for redis://
    quint16 port = 6379;
    QByteArray password; // AUTH when not empty
    int database = 0;    // SELECT when not 0
    int pingTimeoutMs = 3000;
    int rateLimitTimeoutMs = 200;

    // For logs: the address without the password.
    QString redacted() const;
};

std::variant<RedisEndpoint, QString> parseRedisUrl(const QString &url);

} // namespace transcendence::server
