#pragma once

#include "PostgresCluster.h"
#include "RedisProcess.h"
#include "ServerProcess.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <memory>

namespace transcendence::testing {

// What the cluster suites start before their instances: one test database and one private Redis,
// and server instances that share both and one secret key (a token one signs, another accepts).
class ClusterBackends {
public:
    explicit ClusterBackends(QByteArray secretKey);

    // The database and Redis. False, with error() saying why, if either did not come up.
    bool start();
    const QString &error() const { return m_error; }
    TestDatabase &database() const { return *m_database; }
    RedisProcess &redis() const { return *m_redis; }

    // A new instance, not launched: the shared secret key and Redis (redisQuery appended to its
    // URL, e.g. "?ping_timeout_ms=60000"), 1,000 registrations an hour per address, the built
    // web root. publicUrl: the origin allowed to open /ws (nginx's, when nginx is in front).
    // Suites add their own variables with environment() before launching.
    std::unique_ptr<ServerProcess> newInstance(const QString &publicUrl,
                                               const QString &redisQuery = {}) const;

private:
    QByteArray m_secretKey;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<RedisProcess> m_redis;
    QString m_error;
};

// Launches every server, then waits until each listens: they start at the same moment. False
// with the log of the one that did not listen in *error.
bool launchTogether(std::initializer_list<ServerProcess *> servers, QString *error);

} // namespace transcendence::testing
