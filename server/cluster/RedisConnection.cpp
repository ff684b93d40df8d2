#include "cluster/RedisConnection.h"

#include "app/StructuredLog.h"

#include <QSocketNotifier>

#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <memory>
#include <vector>

namespace transcendence::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int kConnectTimeoutMs = 3000;
constexpr int kWatchdogIntervalMs = 1000;
// A PING unanswered this long means Redis is gone (stopped, frozen, or the network dropped).
constexpr int kMaxBackoffMs = 2000;

RedisReply copyReply(const redisReply *reply)
{
    if (!reply) {
        return RedisReply::error("connection lost");
    }
    RedisReply copy;
    switch (reply->type) {
    case REDIS_REPLY_INTEGER:
        copy.type = RedisReply::Type::Integer;
        copy.integer = reply->integer;
        break;
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
        copy.type = reply->type == REDIS_REPLY_STRING   ? RedisReply::Type::String
                    : reply->type == REDIS_REPLY_STATUS ? RedisReply::Type::Status
                                                        : RedisReply::Type::Error;
        copy.string = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_ARRAY:
        copy.type = RedisReply::Type::Array;
        for (size_t i = 0; i < reply->elements; ++i) {
            copy.elements.append(copyReply(reply->element[i]));
        }
        break;
    default:
        copy.type = RedisReply::Type::Nil;
    }
    return copy;
}

struct PendingCommand {
    RedisConnection::ReplyHandler done;
};

} // namespace

RedisReply RedisReply::error(const QByteArray &message)
{
    RedisReply reply;
    reply.type = Type::Error;
    reply.string = message;
    return reply;
}

RedisConnection::RedisConnection(RedisEndpoint endpoint, Role role, QString name, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_role(role)
    , m_name(std::move(name))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &RedisConnection::connectNow);
    m_connectTimeout.setSingleShot(true);
    m_connectTimeout.setInterval(kConnectTimeoutMs);
    connect(&m_connectTimeout, &QTimer::timeout, this,
            [this] { drop(u"no connection within %1 ms"_s.arg(kConnectTimeoutMs)); });
    m_watchdog.setInterval(kWatchdogIntervalMs);
    connect(&m_watchdog, &QTimer::timeout, this, &RedisConnection::checkAlive);
}

RedisConnection::~RedisConnection()
{
    if (m_context) {
        redisAsyncContext *context = m_context;
        m_context = nullptr;
        context->data = nullptr; // no more callbacks into this object
        redisAsyncFree(context); // fails commands in flight (their handlers run now)
    }
    releaseNotifiers();
}

void RedisConnection::start()
{
    if (m_role == Role::Commands) {
        m_watchdog.start();
    }
    connectNow();
}

void RedisConnection::connectNow()
{
    if (m_context) {
        return;
    }
    redisAsyncContext *context =
        m_endpoint.socketPath.isEmpty()
            ? redisAsyncConnect(m_endpoint.host.toUtf8().constData(), m_endpoint.port)
            : redisAsyncConnectUnix(m_endpoint.socketPath.toUtf8().constData());
    if (!context || context->err) {
        const QString error = context ? QString::fromUtf8(context->errstr) : u"out of memory"_s;
        if (context) {
            redisAsyncFree(context);
        }
        lost(error);
        return;
    }
    m_context = context;
    context->data = this;
    context->ev.data = this;
    context->ev.addRead = &RedisConnection::addRead;
    context->ev.delRead = &RedisConnection::delRead;
    context->ev.addWrite = &RedisConnection::addWrite;
    context->ev.delWrite = &RedisConnection::delWrite;
    context->ev.cleanup = &RedisConnection::cleanup;
    redisAsyncSetConnectCallback(context, &RedisConnection::onConnected);
    redisAsyncSetDisconnectCallback(context, &RedisConnection::onDisconnected);
    m_connectTimeout.start();
    // Queued before the connection completes; hiredis sends them in order once it does.
    if (!m_endpoint.password.isEmpty()) {
        send({"AUTH", m_endpoint.password}, [this](const RedisReply &reply) {
            if (reply.isError() && reply.string != "connection lost") {
                StructuredLog::error(
                    u"redis_auth_failed"_s,
                    {{u"connection"_s, m_name}, {u"error"_s, QString::fromUtf8(reply.string)}});
            }
        });
    }
    if (m_endpoint.database != 0) {
        send({"SELECT", QByteArray::number(m_endpoint.database)}, {});
    }
    if (m_role == Role::Commands) {
        m_pingSent.start();
        send({"PING"}, [this](const RedisReply &reply) {
            if (!reply.isError()) {
                m_pingSent.invalidate();
                setReady(true);
            }
        });
    } else if (m_channels.isEmpty()) {
        send({"PING"}, [this](const RedisReply &reply) { setReady(!reply.isError()); });
    } else {
        m_subscribedCount = 0;
        for (const QByteArray &channel : std::as_const(m_channels)) {
            sendSubscribe(channel);
        }
    }
}

void RedisConnection::command(const QList<QByteArray> &arguments, ReplyHandler done)
{
    Q_ASSERT(m_role == Role::Commands);
    if (!m_ready || !m_context) {
        if (done) {
            QTimer::singleShot(0, this, [done = std::move(done)] {
                done(RedisReply::error("redis unavailable"));
            });
        }
        return;
    }
    send(arguments, std::move(done));
}

void RedisConnection::send(const QList<QByteArray> &arguments, ReplyHandler done)
{
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    argv.reserve(size_t(arguments.size()));
    lengths.reserve(size_t(arguments.size()));
    for (const QByteArray &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    auto pending = std::make_unique<PendingCommand>(PendingCommand{std::move(done)});
    if (redisAsyncCommandArgv(m_context, &RedisConnection::onReply, pending.get(), int(argv.size()),
                              argv.data(), lengths.data()) == REDIS_OK) {
        pending.release(); // onReply deletes it
    } else if (pending->done) {
        QTimer::singleShot(0, this, [done = std::move(pending->done)] {
            done(RedisReply::error("redis unavailable"));
        });
    }
}

void RedisConnection::subscribe(const QByteArray &channel)
{
    Q_ASSERT(m_role == Role::Subscriber);
    if (m_channels.contains(channel)) {
        return;
    }
    m_channels.append(channel);
    if (m_context) {
        sendSubscribe(channel);
    }
}

void RedisConnection::sendSubscribe(const QByteArray &channel)
{
    const char *argv[] = {"SUBSCRIBE", channel.constData()};
    const size_t lengths[] = {9, size_t(channel.size())};
    redisAsyncCommandArgv(m_context, &RedisConnection::onSubscription, nullptr, 2, argv, lengths);
}

void RedisConnection::restart(const QString &reason)
{
    drop(reason);
}

void RedisConnection::onConnected(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<RedisConnection *>(context->data);
    if (!self) {
        return;
    }
    self->m_connectTimeout.stop();
    if (status != REDIS_OK) {
        self->m_context = nullptr; // hiredis frees it after this callback
        self->lost(QString::fromUtf8(context->errstr));
    }
}

void RedisConnection::onDisconnected(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<RedisConnection *>(context->data);
    if (!self) {
        return;
    }
    self->m_context = nullptr; // hiredis frees it after this callback
    self->lost(status == REDIS_OK ? u"closed"_s : QString::fromUtf8(context->errstr));
}

void RedisConnection::onReply(redisAsyncContext *, void *reply, void *privateData)
{
    std::unique_ptr<PendingCommand> pending(static_cast<PendingCommand *>(privateData));
    if (pending && pending->done) {
        pending->done(copyReply(static_cast<redisReply *>(reply)));
    }
}

void RedisConnection::onSubscription(redisAsyncContext *context, void *reply, void *)
{
    auto *self = static_cast<RedisConnection *>(context->data);
    const auto *data = static_cast<redisReply *>(reply);
    if (!self || !data || data->type != REDIS_REPLY_ARRAY || data->elements < 3) {
        return;
    }
    const QByteArray kind(data->element[0]->str, qsizetype(data->element[0]->len));
    if (kind == "message") {
        emit self->message(QByteArray(data->element[1]->str, qsizetype(data->element[1]->len)),
                           QByteArray(data->element[2]->str, qsizetype(data->element[2]->len)));
    } else if (kind == "subscribe") {
        if (++self->m_subscribedCount >= self->m_channels.size()) {
            self->setReady(true);
        }
    }
}

void RedisConnection::checkAlive()
{
    if (!m_context || !m_ready) {
        return;
    }
    if (m_pingSent.isValid()) {
        if (m_pingSent.elapsed() > m_endpoint.pingTimeoutMs) {
            drop(u"no answer to PING within %1 ms"_s.arg(m_endpoint.pingTimeoutMs));
        }
        return;
    }
    m_pingSent.start();
    send({"PING"}, [this](const RedisReply &reply) {
        if (!reply.isError()) {
            m_pingSent.invalidate();
        }
    });
}

void RedisConnection::setReady(bool ready)
{
    if (ready) {
        m_backoffMs = 0;
    }
    if (m_ready == ready) {
        return;
    }
    m_ready = ready;
    StructuredLog::info(ready ? u"redis_connected"_s : u"redis_disconnected"_s,
                        {{u"connection"_s, m_name}, {u"redis"_s, m_endpoint.redacted()}});
    if (ready) {
        m_everReady = true;
    }
    emit readyChanged(ready);
}

// The connection is gone (hiredis freed it, or it never opened): try again after a backoff.
void RedisConnection::lost(const QString &reason)
{
    m_connectTimeout.stop();
    m_pingSent.invalidate();
    m_subscribedCount = 0;
    if (m_ready || m_backoffMs == 0) {
        StructuredLog::warning(u"redis_connection_lost"_s,
                               {{u"connection"_s, m_name}, {u"reason"_s, reason.left(200)}});
    }
    setReady(false);
    m_backoffMs = m_backoffMs == 0 ? 100 : std::min(kMaxBackoffMs, m_backoffMs * 2);
    m_reconnect.start(m_backoffMs);
}

// Frees the connection ourselves. Never called from inside a hiredis callback (timers only).
void RedisConnection::drop(const QString &reason)
{
    if (!m_context) {
        return;
    }
    redisAsyncContext *context = m_context;
    m_context = nullptr;
    context->data = nullptr;
    redisAsyncFree(context); // pending commands get "connection lost"
    lost(reason);
}

void RedisConnection::addRead(void *self)
{
    auto *connection = static_cast<RedisConnection *>(self);
    if (connection->m_readNotifier || !connection->m_context) {
        return;
    }
    connection->m_readNotifier =
        new QSocketNotifier(connection->m_context->c.fd, QSocketNotifier::Read, connection);
    connect(connection->m_readNotifier, &QSocketNotifier::activated, connection, [connection] {
        if (connection->m_context) {
            redisAsyncHandleRead(connection->m_context);
        }
    });
}

void RedisConnection::delRead(void *self)
{
    auto *connection = static_cast<RedisConnection *>(self);
    if (QSocketNotifier *notifier = std::exchange(connection->m_readNotifier, nullptr)) {
        notifier->setEnabled(false); // the descriptor may be reused before deleteLater runs
        notifier->deleteLater();
    }
}

void RedisConnection::addWrite(void *self)
{
    auto *connection = static_cast<RedisConnection *>(self);
    if (connection->m_writeNotifier || !connection->m_context) {
        return;
    }
    connection->m_writeNotifier =
        new QSocketNotifier(connection->m_context->c.fd, QSocketNotifier::Write, connection);
    connect(connection->m_writeNotifier, &QSocketNotifier::activated, connection, [connection] {
        if (connection->m_context) {
            redisAsyncHandleWrite(connection->m_context);
        }
    });
}

void RedisConnection::delWrite(void *self)
{
    auto *connection = static_cast<RedisConnection *>(self);
    if (QSocketNotifier *notifier = std::exchange(connection->m_writeNotifier, nullptr)) {
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
}

void RedisConnection::cleanup(void *self)
{
    static_cast<RedisConnection *>(self)->releaseNotifiers();
}

void RedisConnection::releaseNotifiers()
{
    delRead(this);
    delWrite(this);
}

} // namespace transcendence::server
