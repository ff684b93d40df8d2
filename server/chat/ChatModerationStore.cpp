#include "chat/ChatModerationStore.h"

#include "admin/AdminStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server::chat_moderation {
namespace {

using namespace Qt::StringLiterals;
namespace chat_error = protocol::chat_error;

ChatError forbidden(const QString &message)
{
    return {u"forbidden"_s, message, 0, {}, {}};
}

QJsonValue iso(const QVariant &value)
{
    return value.isNull() ? QJsonValue()
                          : QJsonValue(value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
}

const QString kReportColumns =
    u"r.id, r.reason, r.comment, r.created_at, r.status, r.resolution, r.resolved_at, "
    "r.reporter_id, ru.display_name, m.id, m.conversation_id, m.seq, m.kind, m.body, "
    "m.sender_id, su.display_name, m.sent_at, m.removed "
    "FROM chat_reports r JOIN chat_messages m ON m.id = r.message_id "
    "LEFT JOIN users ru ON ru.id = r.reporter_id LEFT JOIN users su ON su.id = m.sender_id "_s;

QJsonObject reportJson(const QSqlQuery &query)
{
    const auto ref = [&query](int id, int name) {
        return query.value(id).isNull()
                   ? QJsonValue()
                   : QJsonValue(QJsonObject{{u"id"_s, query.value(id).toLongLong()},
                                            {u"displayName"_s, query.value(name).toString()}});
    };
    return {
        {u"id"_s, query.value(0).toLongLong()},
        {u"reason"_s, query.value(1).toString()},
        {u"comment"_s, query.value(2).toString()},
        {u"createdAt"_s, iso(query.value(3))},
        {u"status"_s, query.value(4).toString()},
        {u"resolution"_s,
         query.value(5).isNull() ? QJsonValue() : QJsonValue(query.value(5).toString())},
        {u"resolvedAt"_s, iso(query.value(6))},
        {u"reporter"_s, ref(7, 8)},
        {u"conversationId"_s, query.value(10).toLongLong()},
        {u"message"_s, QJsonObject{{u"id"_s, query.value(9).toLongLong()},
                                   {u"conversationId"_s, query.value(10).toLongLong()},
                                   {u"seq"_s, query.value(11).toLongLong()},
                                   {u"kind"_s, query.value(12).toString()},
                                   {u"text"_s, query.value(13).toString()}, // moderators see it all
                                   {u"sender"_s, ref(14, 15)},
                                   {u"sentAt"_s, iso(query.value(16))},
                                   {u"removed"_s, query.value(17).isNull()
                                                      ? QJsonValue()
                                                      : QJsonValue(query.value(17).toString())}}}};
}

std::optional<QJsonObject> reportById(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + kReportColumns + u"WHERE r.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return reportJson(query);
}

ChatError abandon(QSqlDatabase &db, ChatError error)
{
    db.rollback();
    return error;
}

} // namespace

std::variant<QJsonObject, ChatError> report(QSqlDatabase &db, qint64 reporterId, qint64 messageId,
                                            const QString &reason, const QString &comment)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery check(db);
    check.prepare(u"SELECT m.sender_id, m.kind, EXISTS (SELECT 1 FROM chat_members cm WHERE "
                  "cm.conversation_id = m.conversation_id AND cm.user_id = ?), EXISTS (SELECT 1 "
                  "FROM chat_hidden_messages h WHERE h.message_id = m.id AND h.user_id = ?) "
                  "FROM chat_messages m WHERE m.id = ?"_s);
    check.addBindValue(reporterId);
    check.addBindValue(reporterId);
    check.addBindValue(messageId);
    if (!check.exec()) {
        return ChatError::unavailable();
    }
    // A message you cannot see is as unknown as one that does not exist.
    if (!check.next() || !check.value(2).toBool() || check.value(3).toBool()) {
        return ChatError::notFound(u"no such message"_s);
    }
    if (check.value(0).toLongLong() == reporterId) {
        return forbidden(u"you cannot report your own message"_s);
    }
    if (check.value(1).toString() != u"text"_s) {
        return forbidden(u"only messages people wrote can be reported"_s);
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO chat_reports (message_id, reporter_id, reason, comment) VALUES "
                   "(?, ?, ?, ?) ON CONFLICT (message_id, reporter_id) DO NOTHING RETURNING id"_s);
    insert.addBindValue(messageId);
    insert.addBindValue(reporterId);
    insert.addBindValue(reason);
    insert.addBindValue(comment.isNull() ? u""_s : comment); // a null QString binds as NULL
    if (!insert.exec()) {
        return ChatError::unavailable();
    }
    if (!insert.next()) {
        return ChatError{
            chat_error::AlreadyReported, u"you already reported this message"_s, 0, {}, {}};
    }
    const auto stored = reportById(db, insert.value(0).toLongLong());
    if (!stored) {
        return ChatError::unavailable();
    }
    // The reporter sees their report, not the moderators' view of the message.
    QJsonObject mine = *stored;
    mine.remove(u"message"_s);
    mine.insert(u"messageId"_s, messageId);
    return mine;
}

std::variant<ReportPage, ChatError> listReports(QSqlDatabase &db, const QString &status, int limit,
                                                int offset)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + kReportColumns +
                  u"WHERE r.status = ? ORDER BY r.created_at DESC, r.id DESC LIMIT ? OFFSET ?"_s);
    query.addBindValue(status);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QSqlQuery total(db);
    total.prepare(u"SELECT count(*) FROM chat_reports WHERE status = ?"_s);
    total.addBindValue(status);
    if (!query.exec() || !total.exec() || !total.next()) {
        return ChatError::unavailable();
    }
    ReportPage page;
    while (query.next()) {
        page.reports.append(reportJson(query));
    }
    page.total = total.value(0).toLongLong();
    return page;
}

std::variant<QJsonObject, ChatError> dismissReport(QSqlDatabase &db, qint64 adminId,
                                                   qint64 reportId)
{
    if (!db.isOpen() || !db.transaction()) {
        return ChatError::unavailable();
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE chat_reports r SET status = 'resolved', resolution = 'dismissed', "
                   "resolved_by = ?, resolved_at = now() WHERE r.id = ? AND r.status = 'open' "
                   "RETURNING r.message_id, (SELECT sender_id FROM chat_messages WHERE id = "
                   "r.message_id)"_s);
    update.addBindValue(adminId);
    update.addBindValue(reportId);
    if (!update.exec()) {
        return abandon(db, ChatError::unavailable());
    }
    if (!update.next()) {
        return abandon(db, ChatError::notFound(u"no open report with this id"_s));
    }
    if (!admin_store::record(
            db, adminId, u"chat_report_dismissed"_s, update.value(1).toLongLong(),
            {{u"reportId"_s, reportId}, {u"messageId"_s, update.value(0).toLongLong()}}) ||
        !db.commit()) {
        return abandon(db, ChatError::unavailable());
    }
    const auto stored = reportById(db, reportId);
    if (!stored) {
        return ChatError::unavailable();
    }
    return *stored;
}

std::variant<Removed, ChatError> removeMessage(QSqlDatabase &db, qint64 adminId, qint64 messageId,
                                               const QString &reason)
{
    if (!db.isOpen() || !db.transaction()) {
        return ChatError::unavailable();
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE chat_messages SET removed = 'moderator', removed_at = now() WHERE "
                   "id = ? AND (removed IS NULL OR removed = 'deleted_account') RETURNING "
                   "sender_id, conversation_id"_s);
    update.addBindValue(messageId);
    if (!update.exec()) {
        return abandon(db, ChatError::unavailable());
    }
    if (!update.next()) {
        return abandon(db, ChatError::notFound(u"no such message, or it is already removed"_s));
    }
    const qint64 authorId = update.value(0).toLongLong();
    QSqlQuery resolve(db);
    resolve.prepare(u"UPDATE chat_reports SET status = 'resolved', resolution = "
                    "'message_removed', resolved_by = ?, resolved_at = now() WHERE message_id = ? "
                    "AND status = 'open'"_s);
    resolve.addBindValue(adminId);
    resolve.addBindValue(messageId);
    if (!resolve.exec() ||
        !admin_store::record(db, adminId, u"chat_message_removed"_s, authorId,
                             {{u"messageId"_s, messageId},
                              {u"conversationId"_s, update.value(1).toLongLong()},
                              {u"reason"_s, reason}}) ||
        !db.commit()) {
        return abandon(db, ChatError::unavailable());
    }
    Removed removed;
    removed.authorId = authorId;
    auto updated = chat_store::messageWithAudience(db, messageId);
    if (const auto *error = std::get_if<ChatError>(&updated)) {
        return *error;
    }
    removed.updated = std::get<chat_store::PostedMessage>(std::move(updated));
    return removed;
}

std::variant<QDateTime, ChatError> mute(QSqlDatabase &db, qint64 adminId, qint64 userId,
                                        int minutes, const QString &reason)
{
    if (!db.isOpen() || !db.transaction()) {
        return ChatError::unavailable();
    }
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO chat_mutes (user_id, muted_until, reason, muted_by) SELECT id, "
                   "now() + make_interval(mins => ?), ?, ? FROM users WHERE id = ? "
                   "ON CONFLICT (user_id) DO UPDATE SET muted_until = EXCLUDED.muted_until, "
                   "reason = EXCLUDED.reason, muted_by = EXCLUDED.muted_by, created_at = now() "
                   "RETURNING muted_until"_s);
    upsert.addBindValue(minutes);
    upsert.addBindValue(reason.isNull() ? u""_s : reason);
    upsert.addBindValue(adminId);
    upsert.addBindValue(userId);
    if (!upsert.exec()) {
        return abandon(db, ChatError::unavailable());
    }
    if (!upsert.next()) {
        return abandon(db, ChatError::notFound(u"no such user"_s));
    }
    const QDateTime until = upsert.value(0).toDateTime().toUTC();
    if (!admin_store::record(db, adminId, u"user_muted"_s, userId,
                             {{u"minutes"_s, minutes},
                              {u"until"_s, until.toString(Qt::ISODateWithMs)},
                              {u"reason"_s, reason}}) ||
        !db.commit()) {
        return abandon(db, ChatError::unavailable());
    }
    return until;
}

std::variant<bool, ChatError> unmute(QSqlDatabase &db, qint64 adminId, qint64 userId)
{
    if (!db.isOpen() || !db.transaction()) {
        return ChatError::unavailable();
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM chat_mutes WHERE user_id = ? AND muted_until > now() RETURNING "
                   "user_id"_s);
    remove.addBindValue(userId);
    if (!remove.exec()) {
        return abandon(db, ChatError::unavailable());
    }
    if (!remove.next()) {
        return abandon(db, ChatError::notFound(u"this user is not muted"_s));
    }
    if (!admin_store::record(db, adminId, u"user_unmuted"_s, userId, {}) || !db.commit()) {
        return abandon(db, ChatError::unavailable());
    }
    return true;
}

} // namespace transcendence::server::chat_moderation
