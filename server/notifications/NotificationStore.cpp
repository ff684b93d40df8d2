#include "notifications/NotificationStore.h"

#include "db/PreparedStatements.h"
#include "users/AvatarStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace transcendence::server::notification_store {
namespace {

using namespace Qt::StringLiterals;

const QString kColumns =
    u"n.id, n.kind, n.created_at, n.read_at IS NOT NULL, n.actor_id, u.display_name, "
    "coalesce(a.etag, ''), n.data::text, n.link FROM notifications n "
    "LEFT JOIN users u ON u.id = n.actor_id LEFT JOIN avatars a ON a.user_id = n.actor_id "_s;

NotificationRecord readRecord(const QSqlQuery &query)
{
    NotificationRecord record;
    record.id = query.value(0).toLongLong();
    record.kind = query.value(1).toString();
    record.createdAt = query.value(2).toDateTime().toUTC();
    record.read = query.value(3).toBool();
    if (!query.value(4).isNull()) {
        const qint64 actor = query.value(4).toLongLong();
        record.actor =
            protocol::UserRef{actor, query.value(5).toString(),
                              avatar_store::urlFor(actor, query.value(6).toString().toUtf8())};
    }
    record.data = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    record.link = query.value(8).toString();
    return record;
}

std::optional<qint64> unreadOf(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery &query = prepared_statements::get(
        db, u"SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"_s);
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace

std::variant<Created, ChatError> create(QSqlDatabase &db, qint64 userId, const QString &kind,
                                        qint64 actorId, const QJsonObject &data,
                                        const QString &link)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery &insert = prepared_statements::get(
        db, u"WITH n AS (INSERT INTO notifications (user_id, kind, actor_id, data, link) "
            "VALUES (?, ?, ?, ?::jsonb, ?) RETURNING *) SELECT "_s +
                QString(kColumns).replace(u"FROM notifications n"_s, u"FROM n"_s));
    insert.addBindValue(userId);
    insert.addBindValue(kind);
    insert.addBindValue(actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    insert.addBindValue(link);
    if (!insert.exec() || !insert.next()) {
        return ChatError::unavailable();
    }
    Created created{readRecord(insert), 0};
    const auto unread = unreadOf(db, userId);
    if (!unread) {
        return ChatError::unavailable();
    }
    created.unread = *unread;
    return created;
}

std::variant<Page, ChatError> list(QSqlDatabase &db, qint64 userId, std::optional<qint64> before,
                                   int limit)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db,
        u"SELECT "_s + kColumns + u"WHERE n.user_id = ? AND n.id < ? ORDER BY n.id DESC LIMIT ?"_s);
    query.addBindValue(userId);
    query.addBindValue(before.value_or(std::numeric_limits<qint64>::max()));
    query.addBindValue(limit + 1);
    if (!query.exec()) {
        return ChatError::unavailable();
    }
    Page page;
    while (query.next()) {
        if (page.notifications.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.notifications.append(readRecord(query));
    }
    const auto unread = unreadOf(db, userId);
    if (!unread) {
        return ChatError::unavailable();
    }
    page.unread = *unread;
    return page;
}

std::variant<qint64, ChatError> markRead(QSqlDatabase &db, qint64 userId, const QList<qint64> &ids,
                                         bool all)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery update(db);
    if (all) {
        update.prepare(u"UPDATE notifications SET read_at = now() WHERE user_id = ? AND read_at "
                       "IS NULL"_s);
        update.addBindValue(userId);
    } else {
        QStringList list;
        for (const qint64 id : ids) {
            list << QString::number(id);
        }
        update.prepare(u"UPDATE notifications SET read_at = now() WHERE user_id = ? AND read_at "
                       "IS NULL AND id = ANY (?::bigint[])"_s);
        update.addBindValue(userId);
        update.addBindValue(u"{"_s + list.join(u',') + u"}"_s);
    }
    if (!update.exec()) {
        return ChatError::unavailable();
    }
    const auto unread = unreadOf(db, userId);
    if (!unread) {
        return ChatError::unavailable();
    }
    return *unread;
}

} // namespace transcendence::server::notification_store
