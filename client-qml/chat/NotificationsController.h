#pragma once

#include "network/RealtimeClient.h"
#include "shell/JsonListModel.h"
#include "social/SessionController.h"

#include <QPointer>

namespace transcendence::client {

// The account's notification inbox (docs/chat.md, "Notification"): newest first with the unread
// count the server computes, paged back, marked read one by one or all at once, and kept live by
// the WebSocket ("notification", "notificationsRead" from another device). One per window: the
// bell in the header shows its count, and received() lets the window toast what needs action
// now (a tournament match that is ready).
class NotificationsController : public SessionController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RealtimeClient *realtimeClient READ realtimeClient WRITE setRealtimeClient NOTIFY
                   realtimeClientChanged)
    // id, kind, createdAt, read, actor, data, link.
    Q_PROPERTY(JsonListModel *items READ items CONSTANT)
    Q_PROPERTY(int unread READ unread NOTIFY unreadChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY hasMoreChanged)

public:
    explicit NotificationsController(QObject *parent = nullptr);

    RealtimeClient *realtimeClient() const { return m_realtime; }
    void setRealtimeClient(RealtimeClient *client);
    JsonListModel *items() { return &m_items; }
    int unread() const { return m_unread; }
    bool hasMore() const { return m_hasMore; }

    Q_INVOKABLE void loadMore();
    Q_INVOKABLE void markRead(qint64 id);
    Q_INVOKABLE void markAllRead();

    // What the WebSocket delivers (public for the unit tests).
    void onPush(const QString &type, const QJsonObject &message);

signals:
    void realtimeClientChanged();
    void unreadChanged();
    void hasMoreChanged();
    // A new notification arrived live (not when a list is read).
    void received(const QVariantMap &notification);

protected:
    void load() override;
    void clear() override;

private:
    void onRealtimeStateChanged();
    void setUnread(int unread);
    void setHasMore(bool hasMore);
    void markReadRequest(const QJsonObject &body);

    QPointer<RealtimeClient> m_realtime;
    JsonListModel m_items;
    int m_unread = 0;
    bool m_hasMore = false;
    bool m_wasConnected = false;
};

} // namespace transcendence::client
