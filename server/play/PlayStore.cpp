#include "play/PlayStore.h"

#include <QSqlQuery>

namespace transcendence::server::play_store {
namespace {

DomainError userNotFound()
{
    return DomainError::notFound(QStringLiteral("no such user"));
}

} // namespace

std::variant<int, DomainError> rating(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT rating FROM users WHERE id = ?"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next()) {
        return userNotFound();
    }
    return query.value(0).toInt();
}

std::variant<InviteCheck, DomainError> inviteCheck(QSqlDatabase &db, qint64 inviterId,
                                                   qint64 inviteeId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT u.display_name, u.banned_at IS NOT NULL, "
        "  EXISTS (SELECT 1 FROM friendships f WHERE f.status = 'accepted' AND "
        "          LEAST(f.requester_id, f.addressee_id) = LEAST(?::bigint, u.id) AND "
        "          GREATEST(f.requester_id, f.addressee_id) = GREATEST(?::bigint, u.id)), "
        "  EXISTS (SELECT 1 FROM blocks b WHERE (b.blocker_id = ? AND b.blocked_id = u.id) OR "
        "          (b.blocker_id = u.id AND b.blocked_id = ?)), "
        "  EXISTS (SELECT 1 FROM chat_conversations c WHERE c.kind = 'direct' AND "
        "          c.direct_low_id = LEAST(?::bigint, u.id) AND "
        "          c.direct_high_id = GREATEST(?::bigint, u.id)) "
        "FROM users u WHERE u.id = ?"));
    for (int i = 0; i < 6; ++i) {
        query.addBindValue(inviterId);
    }
    query.addBindValue(inviteeId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next()) {
        return userNotFound();
    }
    InviteCheck check;
    check.inviteeName = query.value(0).toString();
    check.banned = query.value(1).toBool();
    check.friends = query.value(2).toBool();
    check.blocked = query.value(3).toBool();
    check.talking = query.value(4).toBool();
    return check;
}

} // namespace transcendence::server::play_store
