#pragma once

#include <QByteArray>
#include <QString>

#include <variant>

namespace transcendence::server {

// Where Redis is, from TRANSCENDENCE_REDIS_URL:
//   unix:///path/to/redis.sock[?password=...&db=N]   a Unix socket (scripts/run, scripts/test)
//   redis://[:password@]host[:port][/db]             TCP (docker/compose.yaml)
struct RedisEndpoint {
    QString socketPath; // set for unix://
    QString host;       // set for redis://
    quint16 port = 6379;
    QByteArray password; // AUTH when not empty
    int database = 0;    // SELECT when not 0

    // For logs: the address without the password.
    QString redacted() const;
};

std::variant<RedisEndpoint, QString> parseRedisUrl(const QString &url);

} // namespace transcendence::server
