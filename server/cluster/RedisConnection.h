#pragma once

#include "cluster/RedisEndpoint.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

struct redisAsyncContext;
class QSocketNotifier;

namespace transcendence::server {

// One reply of Redis, copied out of hiredis. A lost connection answers Error "connection lost".
struct RedisReply {
    enum class Type { Nil, Integer, String, Status, Error, Array };
    Type type = Type::Nil;
    qint64 integer = 0;
    QByteArray string; // String, Status and Error
    QList<RedisReply> elements;

    bool isError() const { return type == Type::Error; }
    static RedisReply error(const QByteArray &message);
};

// One asynchronous hiredis connection on the Qt event loop of the thread that owns it. It
// connects by itself and, whenever the connection is lost (Redis restarted, the socket closed,
// no answer to a PING within a few seconds), frees it, fails the commands in flight, and tries
// again with a backoff. A subscriber connection re-subscribes to its channels each time.
//
// Debian's hiredis 0.14 ships adapters/qt.h, but it connects QSocketNotifier::activated(int),
// a Qt 5 signature that Qt 6 no longer has: this class carries its own small adapter.
class RedisConnection : public QObject {
    Q_OBJECT
public:
    enum class Role { Commands, Subscriber };
    using ReplyHandler = std::function<void(const RedisReply &)>;

    RedisConnection(RedisEndpoint endpoint, Role role, QString name, QObject *parent = nullptr);
    ~RedisConnection() override;

    void start();
    // Connected and answering (commands: a PING came back; subscriber: subscribed).
    bool isReady() const { return m_ready; }

    // Commands role. done (optional) always runs once, later, on this thread.
    void command(const QList<QByteArray> &arguments, ReplyHandler done = {});
    // Subscriber role: channels are remembered and subscribed again after each reconnection.
    void subscribe(const QByteArray &channel);

    // Drops the connection now (it reconnects after the backoff), e.g. when its sibling found
    // Redis unresponsive.
    void restart(const QString &reason);

signals:
    void readyChanged(bool ready);
    void message(const QByteArray &channel, const QByteArray &payload);

private:
    static void onConnected(const redisAsyncContext *context, int status);
    static void onDisconnected(const redisAsyncContext *context, int status);
    static void onReply(redisAsyncContext *context, void *reply, void *privateData);
    static void onSubscription(redisAsyncContext *context, void *reply, void *privateData);
    static void addRead(void *self);
    static void delRead(void *self);
    static void addWrite(void *self);
    static void delWrite(void *self);
    static void cleanup(void *self);

    void connectNow();
    void send(const QList<QByteArray> &arguments, ReplyHandler done);
    void sendSubscribe(const QByteArray &channel);
    void setReady(bool ready);
    void lost(const QString &reason);
    void drop(const QString &reason);
    void checkAlive();
    void releaseNotifiers();

    RedisEndpoint m_endpoint;
    Role m_role;
    QString m_name;
    redisAsyncContext *m_context = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QList<QByteArray> m_channels;
    int m_subscribedCount = 0;
    bool m_ready = false;
    bool m_everReady = false;
    int m_backoffMs = 0;
    QTimer m_reconnect;
    QTimer m_connectTimeout;
    QTimer m_watchdog;
    QElapsedTimer m_pingSent; // valid while a PING is unanswered
};

} // namespace transcendence::server
