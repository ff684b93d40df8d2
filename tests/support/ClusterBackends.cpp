#include "ClusterBackends.h"

#include "TestEnvironment.h"

namespace transcendence::testing {

ClusterBackends::ClusterBackends(QByteArray secretKey)
    : m_secretKey(std::move(secretKey))
{}

bool ClusterBackends::start()
{
    m_database = std::make_unique<TestDatabase>();
    if (!m_database->isValid()) {
        m_error = m_database->error();
        return false;
    }
    m_redis =
        std::make_unique<RedisProcess>(TestEnvironment::scratchDir() + QStringLiteral("/redis"));
    if (!m_redis->start()) {
        m_error = m_redis->error();
        return false;
    }
    return true;
}

std::unique_ptr<ServerProcess> ClusterBackends::newInstance(const QString &publicUrl,
                                                            const QString &redisQuery) const
{
    auto server = std::make_unique<ServerProcess>(m_database->url(), publicUrl);
    QProcessEnvironment &environment = server->environment();
    environment.insert(QStringLiteral("TRANSCENDENCE_SECRET_KEY"),
                       QString::fromLatin1(m_secretKey));
    environment.insert(QStringLiteral("TRANSCENDENCE_REDIS_URL"), m_redis->url() + redisQuery);
    environment.insert(QStringLiteral("TRANSCENDENCE_REGISTRATIONS_PER_HOUR"),
                       QStringLiteral("1000"));
    environment.insert(QStringLiteral("TRANSCENDENCE_WEB_ROOT"), TestEnvironment::webRoot());
    return server;
}

bool launchTogether(std::initializer_list<ServerProcess *> servers, QString *error)
{
    for (ServerProcess *server : servers) {
        if (!server->launch()) {
            *error = server->log();
            return false;
        }
    }
    for (ServerProcess *server : servers) {
        if (!server->waitUntilListening()) {
            *error = server->log();
            return false;
        }
    }
    return true;
}

} // namespace transcendence::testing
