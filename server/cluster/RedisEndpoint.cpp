#include "cluster/RedisEndpoint.h"

#include <QUrl>
#include <QUrlQuery>

namespace transcendence::server {

using namespace Qt::StringLiterals;

QString RedisEndpoint::redacted() const
{
    const QString auth = password.isEmpty() ? QString() : u":***@"_s;
    if (!socketPath.isEmpty()) {
        return u"unix://%1%2 (db %3)"_s.arg(auth, socketPath).arg(database);
    }
    return u"redis://%1%2:%3/%4"_s.arg(auth, host).arg(port).arg(database);
}

std::variant<RedisEndpoint, QString> parseRedisUrl(const QString &text)
{
    const QString usage = u"TRANSCENDENCE_REDIS_URL must be unix:///path/to/redis.sock or "
                          "redis://[:password@]host[:port][/db]"_s;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return usage;
    }
    RedisEndpoint endpoint;
    const QUrlQuery query(url);
    bool ok = true;
    if (url.scheme() == u"unix") {
        endpoint.socketPath = url.path(QUrl::FullyDecoded);
        if (!endpoint.socketPath.startsWith(u'/') || !url.host().isEmpty()) {
            return usage;
        }
        endpoint.password = query.queryItemValue(u"password"_s, QUrl::FullyDecoded).toUtf8();
        if (query.hasQueryItem(u"db"_s)) {
            endpoint.database = query.queryItemValue(u"db"_s).toInt(&ok);
        }
    } else if (url.scheme() == u"redis") {
        endpoint.host = url.host();
        if (endpoint.host.isEmpty()) {
            return usage;
        }
        endpoint.port = quint16(url.port(6379));
        endpoint.password = url.password(QUrl::FullyDecoded).toUtf8();
        const QString path = url.path().mid(1);
        if (!path.isEmpty()) {
            endpoint.database = path.toInt(&ok);
        }
    } else {
        return usage;
    }
    const auto milliseconds = [&](const QString &name, int &value) {
        if (query.hasQueryItem(name)) {
            bool valid = false;
            value = query.queryItemValue(name).toInt(&valid);
            if (!valid || value < 1 || value > 600'000) {
                return false;
            }
        }
        return true;
    };
    if (!milliseconds(u"ping_timeout_ms"_s, endpoint.pingTimeoutMs) ||
        !milliseconds(u"rate_limit_timeout_ms"_s, endpoint.rateLimitTimeoutMs)) {
        return u"TRANSCENDENCE_REDIS_URL: ping_timeout_ms and rate_limit_timeout_ms must be "
               "milliseconds from 1 to 600000"_s;
    }
    if (!ok || endpoint.database < 0 || endpoint.database > 15) {
        return u"TRANSCENDENCE_REDIS_URL: the database must be a number from 0 to 15"_s;
    }
    return endpoint;
}

} // namespace transcendence::server
