#include "cluster/EventBus.h"

#include "app/StructuredLog.h"
#include "cluster/RedisClient.h"

#include <QUuid>

namespace transcendence::server {

using namespace Qt::StringLiterals;

void EventBus::subscribe(const QString &topic, Handler handler)
{
    Q_ASSERT(!m_handlers.contains(topic));
    m_handlers.insert(topic, std::move(handler));
}

void EventBus::deliver(const QString &topic, const QByteArray &payload)
{
    const auto handler = m_handlers.constFind(topic);
    if (handler != m_handlers.cend()) {
        (*handler)(payload);
    }
}

void LocalEventBus::publish(const QString &topic, const QByteArray &payload)
{
    deliver(topic, payload);
}

RedisEventBus::RedisEventBus(RedisClient &redis, const QByteArray &channel, QObject *parent)
    : EventBus(parent)
    , m_redis(redis)
    , m_channel(channel)
    , m_instanceId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    connect(&m_redis, &RedisClient::message, this, &RedisEventBus::onMessage);
    m_redis.subscribe(m_channel);
}

// The frame on the channel: "<instance id>\n<topic>\n<payload>".
void RedisEventBus::publish(const QString &topic, const QByteArray &payload)
{
    deliver(topic, payload);
    QByteArray frame;
    const QByteArray topicBytes = topic.toUtf8();
    frame.reserve(m_instanceId.size() + topicBytes.size() + payload.size() + 2);
    frame.append(m_instanceId).append('\n').append(topicBytes).append('\n').append(payload);
    m_redis.command({"PUBLISH", m_channel, frame});
}

void RedisEventBus::onMessage(const QByteArray &channel, const QByteArray &frame)
{
    if (channel != m_channel) {
        return;
    }
    const qsizetype first = frame.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : frame.indexOf('\n', first + 1);
    if (second < 0) {
        StructuredLog::warning(u"bus_frame_invalid"_s, {{u"size"_s, frame.size()}});
        return;
    }
    if (QByteArrayView(frame).first(first) == m_instanceId) {
        return; // ours, already delivered here
    }
    deliver(QString::fromUtf8(frame.mid(first + 1, second - first - 1)), frame.mid(second + 1));
}

} // namespace transcendence::server
