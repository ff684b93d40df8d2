#pragma once

#include "chat/ChatError.h"
#include "protocol/ChatMessages.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <variant>

namespace transcendence::server::notification_store {

using protocol::NotificationRecord;

struct Created {
    NotificationRecord notification;
    qint64 unread = 0;
};
// Stores one notification for userId (actorId 0: none) and returns it with the new unread count.
std::variant<Created, ChatError> create(QSqlDatabase &db, qint64 userId, const QString &kind,
                                        qint64 actorId, const QJsonObject &data,
                                        const QString &link);

struct Page {
    QList<NotificationRecord> notifications; // newest first
    qint64 unread = 0;
    bool hasMore = false;
};
// before: only ids below it (keyset paging); nullopt: the newest.
std::variant<Page, ChatError> list(QSqlDatabase &db, qint64 userId, std::optional<qint64> before,
                                   int limit);

// Marks the given ids (only the user's own) or all of them read; returns the unread count.
std::variant<qint64, ChatError> markRead(QSqlDatabase &db, qint64 userId, const QList<qint64> &ids,
                                         bool all);

} // namespace transcendence::server::notification_store
