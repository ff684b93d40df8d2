#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace transcendence::server {

class RedisClient;

// Events every instance hears: user deliveries (chat, typing, read markers, notifications,
// invitations, tournament notices) and whatever a feature publishes on its own topic. Handlers
// run on the server thread, for events of this instance at once (in publish()) and for those of
// other instances when they arrive. Delivery is at most once: an event published while Redis is
// down reaches this instance only (clients catch up from PostgreSQL, see docs/architecture.md).
class EventBus : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const QByteArray &payload)>;

    using QObject::QObject;

    // One handler per topic.
    void subscribe(const QString &topic, Handler handler);
    virtual void publish(const QString &topic, const QByteArray &payload) = 0;
    // Whether other instances hear this bus (Redis), or only this one (in-process).
    virtual bool isShared() const = 0;
    // The Redis this bus runs on, for features that share more than events (the play
    // feature's queue and room directory); nullptr for the in-process bus.
    virtual RedisClient *redis() const { return nullptr; }
    // This instance among the others (random per start); empty for the in-process bus.
    virtual QByteArray instanceId() const { return {}; }

protected:
    void deliver(const QString &topic, const QByteArray &payload);

private:
    QHash<QString, Handler> m_handlers;
};

// The default, one instance alone: publish() calls the handler, as a direct call would.
class LocalEventBus final : public EventBus {
    Q_OBJECT
public:
    using EventBus::EventBus;
    void publish(const QString &topic, const QByteArray &payload) override;
    bool isShared() const override { return false; }
};

// Redis pub/sub on one channel: an event goes to this instance's handler at once and to every
// other instance through PUBLISH; an instance ignores its own events when they come back.
class RedisEventBus final : public EventBus {
    Q_OBJECT
public:
    RedisEventBus(RedisClient &redis, const QByteArray &channel, QObject *parent = nullptr);
    void publish(const QString &topic, const QByteArray &payload) override;
    bool isShared() const override { return true; }
    RedisClient *redis() const override { return &m_redis; }
    QByteArray instanceId() const override { return m_instanceId; }

private:
    void onMessage(const QByteArray &channel, const QByteArray &frame);

    RedisClient &m_redis;
    QByteArray m_channel;
    QByteArray m_instanceId; // random per start
};

} // namespace transcendence::server
