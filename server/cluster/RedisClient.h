#pragma once

#include "cluster/RedisConnection.h"

#include <QObject>

namespace transcendence::server {

// Redis for this instance: one connection for commands and one for pub/sub (a subscribed
// connection accepts no other commands). Ready while both are; when the command connection
// finds Redis unresponsive, the subscriber is restarted too, so both come back together.
class RedisClient : public QObject {
    Q_OBJECT
public:
    explicit RedisClient(const RedisEndpoint &endpoint, QObject *parent = nullptr);

    void start();
    bool isReady() const { return m_commands->isReady() && m_subscriber->isReady(); }
    const RedisEndpoint &endpoint() const { return m_endpoint; }

    // A command; done runs once, later, with the reply or an Error reply when Redis is down.
    void command(const QList<QByteArray> &arguments, RedisConnection::ReplyHandler done = {})
    {
        m_commands->command(arguments, std::move(done));
    }
    void subscribe(const QByteArray &channel) { m_subscriber->subscribe(channel); }

signals:
    void readyChanged(bool ready);
    void message(const QByteArray &channel, const QByteArray &payload);

private:
    void onPartChanged();

    RedisEndpoint m_endpoint;
    RedisConnection *m_commands;
    RedisConnection *m_subscriber;
    bool m_ready = false;
};

} // namespace transcendence::server
