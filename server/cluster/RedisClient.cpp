#include "cluster/RedisClient.h"

namespace transcendence::server {

using namespace Qt::StringLiterals;

RedisClient::RedisClient(const RedisEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_commands(
          new RedisConnection(endpoint, RedisConnection::Role::Commands, u"commands"_s, this))
    , m_subscriber(
          new RedisConnection(endpoint, RedisConnection::Role::Subscriber, u"subscriber"_s, this))
{
    connect(m_commands, &RedisConnection::readyChanged, this, [this](bool ready) {
        if (!ready && m_subscriber->isReady()) {
            // A frozen Redis keeps the subscriber's socket open but delivers nothing.
            m_subscriber->restart(u"the command connection was lost"_s);
        }
        onPartChanged();
    });
    connect(m_subscriber, &RedisConnection::readyChanged, this, &RedisClient::onPartChanged);
    connect(m_subscriber, &RedisConnection::message, this, &RedisClient::message);
}

void RedisClient::start()
{
    m_commands->start();
    m_subscriber->start();
}

void RedisClient::onPartChanged()
{
    const bool ready = isReady();
    if (ready != m_ready) {
        m_ready = ready;
        emit readyChanged(ready);
    }
}

} // namespace transcendence::server
