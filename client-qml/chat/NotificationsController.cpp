#include "chat/NotificationsController.h"

#include "chat/ChatTexts.h"
#include "protocol/ChatMessages.h"

namespace transcendence::client {
namespace {

constexpr int kPageSize = 30;
const QString kId = QStringLiteral("id");
const QString kRead = QStringLiteral("read");

} // namespace

NotificationsController::NotificationsController(QObject *parent)
    : SessionController(parent)
    , m_items({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("createdAt"),
               QStringLiteral("read"), QStringLiteral("actor"), QStringLiteral("data"),
               QStringLiteral("link")})
{}

void NotificationsController::setRealtimeClient(RealtimeClient *client)
{
    if (client == m_realtime) {
        return;
    }
    if (m_realtime) {
        disconnect(m_realtime, nullptr, this, nullptr);
    }
    m_realtime = client;
    if (m_realtime) {
        connect(m_realtime, &RealtimeClient::messageReceived, this,
                &NotificationsController::onPush);
        connect(m_realtime, &RealtimeClient::stateChanged, this,
                &NotificationsController::onRealtimeStateChanged);
    }
    emit realtimeClientChanged();
}

void NotificationsController::onRealtimeStateChanged()
{
    // What arrived while disconnected is not replayed: read the inbox again.
    const bool connected =
        m_realtime && m_realtime->state() == RealtimeClient::ConnectionState::Connected;
    if (connected && !m_wasConnected) {
        reload();
    }
    m_wasConnected = connected;
}

void NotificationsController::load()
{
    request("GET", QStringLiteral("/api/notifications?limit=%1").arg(kPageSize), {},
            [this](const ApiAnswer &answer) {
                if (!answer.ok()) {
                    setError(ChatTexts::refusal(answer.errorCode, {}, 0, answer.errorMessage));
                    return;
                }
                const QJsonObject body = answer.object();
                m_items.setItems(body.value(QStringLiteral("notifications")).toArray());
                setUnread(body.value(QStringLiteral("unread")).toInt());
                setHasMore(body.value(QStringLiteral("hasMore")).toBool());
            });
}

void NotificationsController::clear()
{
    m_items.clear();
    setUnread(0);
    setHasMore(false);
}

void NotificationsController::loadMore()
{
    if (!m_hasMore || m_items.count() == 0) {
        return;
    }
    const qint64 before = m_items.at(m_items.count() - 1).value(kId).toInteger();
    request(
        "GET", QStringLiteral("/api/notifications?limit=%1&before=%2").arg(kPageSize).arg(before),
        {}, [this](const ApiAnswer &answer) {
            if (!answer.ok()) {
                setError(ChatTexts::refusal(answer.errorCode, {}, 0, answer.errorMessage));
                return;
            }
            const QJsonObject body = answer.object();
            for (const QJsonValue &value : body.value(QStringLiteral("notifications")).toArray()) {
                const QJsonObject item = value.toObject();
                if (m_items.rowOfId(item.value(kId).toInteger()) < 0) {
                    m_items.append(item);
                }
            }
            setUnread(body.value(QStringLiteral("unread")).toInt());
            setHasMore(body.value(QStringLiteral("hasMore")).toBool());
        });
}

void NotificationsController::markRead(qint64 id)
{
    const int row = m_items.rowOfId(id);
    if (row < 0 || m_items.at(row).value(kRead).toBool()) {
        return;
    }
    m_items.update({{kId, id}, {kRead, true}});
    markReadRequest({{QStringLiteral("ids"), QJsonArray{id}}});
}

void NotificationsController::markAllRead()
{
    for (int row = 0; row < m_items.count(); ++row) {
        if (!m_items.at(row).value(kRead).toBool()) {
            m_items.update({{kId, m_items.at(row).value(kId)}, {kRead, true}});
        }
    }
    markReadRequest({{QStringLiteral("all"), true}});
}

void NotificationsController::markReadRequest(const QJsonObject &body)
{
    act("POST", QStringLiteral("/api/notifications/read"), body, [this](const ApiAnswer &answer) {
        if (answer.ok()) {
            setUnread(answer.object().value(QStringLiteral("unread")).toInt());
        } else {
            setError(ChatTexts::refusal(answer.errorCode, {}, 0, answer.errorMessage));
        }
    });
}

void NotificationsController::onPush(const QString &type, const QJsonObject &message)
{
    if (type == protocol::message_type::Notification) {
        const QJsonObject notification = message.value(QStringLiteral("notification")).toObject();
        const qint64 id = notification.value(kId).toInteger();
        if (id > 0 && m_items.rowOfId(id) < 0) {
            QJsonArray items{notification};
            for (int row = 0; row < m_items.count(); ++row) {
                items.append(m_items.at(row));
            }
            m_items.setItems(items);
        }
        if (message.contains(QStringLiteral("unread"))) {
            setUnread(message.value(QStringLiteral("unread")).toInt());
        }
        emit received(notification.toVariantMap());
    } else if (type == protocol::message_type::NotificationsRead) {
        setUnread(message.value(QStringLiteral("unread")).toInt());
        reload(); // which ones another device marked
    }
}

void NotificationsController::setUnread(int unread)
{
    if (m_unread != unread) {
        m_unread = unread;
        emit unreadChanged();
    }
}

void NotificationsController::setHasMore(bool hasMore)
{
    if (m_hasMore != hasMore) {
        m_hasMore = hasMore;
        emit hasMoreChanged();
    }
}

} // namespace transcendence::client
