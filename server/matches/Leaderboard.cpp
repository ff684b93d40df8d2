#include "matches/Leaderboard.h"

#include "auth/AccountStore.h"
#include "users/AvatarStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace transcendence::server::leaderboard {

QJsonObject Page::toJson(const Request &request) const
{
    return {{QStringLiteral("entries"), entries},
            {QStringLiteral("you"), you ? QJsonValue(*you) : QJsonValue()},
            {QStringLiteral("total"), total},
            {QStringLiteral("limit"), request.limit},
            {QStringLiteral("offset"), request.offset},
            {QStringLiteral("friends"), request.friendsOnly}};
}

std::variant<Page, DomainError> read(QSqlDatabase &db, const Request &request)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    // The ranking needs every ranked row (a rank counts those above), so it is one window over
    // the pool; the page's rows and the caller's row come back from the same ranking.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "WITH pool AS ("
        "  SELECT u.id, u.rating FROM users u WHERE u.banned_at IS NULL AND"
        "  (NOT ? OR u.id = ? OR u.id IN ("
        "     SELECT CASE WHEN f.requester_id = ? THEN f.addressee_id ELSE f.requester_id END"
        "     FROM friendships f WHERE f.status = 'accepted'"
        "     AND (f.requester_id = ? OR f.addressee_id = ?))) "
        "), ranked AS ("
        "  SELECT id, rating, rank() OVER (ORDER BY rating DESC) AS rank,"
        "         row_number() OVER (ORDER BY rating DESC, id) AS position,"
        "         count(*) OVER () AS total FROM pool"
        ") "
        "SELECT r.rank, r.position, r.total, u.id, u.username, u.display_name,"
        "       coalesce(a.etag, ''), r.rating,"
        "       (SELECT count(*) FROM match_players mp"
        "         WHERE mp.user_id = u.id AND mp.rating_after IS NOT NULL) "
        "FROM ranked r JOIN users u ON u.id = r.id LEFT JOIN avatars a ON a.user_id = u.id "
        "WHERE (r.position > ? AND r.position <= ?) OR r.id = ? "
        "ORDER BY r.position"));
    query.addBindValue(request.friendsOnly);
    for (int i = 0; i < 4; ++i) {
        query.addBindValue(request.callerId);
    }
    query.addBindValue(request.offset);
    query.addBindValue(qint64(request.offset) + request.limit);
    query.addBindValue(request.callerId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    Page page;
    while (query.next()) {
        const qint64 position = query.value(1).toLongLong();
        const qint64 userId = query.value(3).toLongLong();
        page.total = query.value(2).toLongLong();
        const QJsonObject entry{
            {QStringLiteral("rank"), query.value(0).toLongLong()},
            {QStringLiteral("user"),
             QJsonObject{{QStringLiteral("id"), userId},
                         {QStringLiteral("username"), query.value(4).toString()},
                         {QStringLiteral("displayName"), query.value(5).toString()},
                         {QStringLiteral("avatarUrl"),
                          avatar_store::urlFor(userId, query.value(6).toString().toLatin1())}}},
            {QStringLiteral("rating"), query.value(7).toInt()},
            {QStringLiteral("ratedMatches"), query.value(8).toLongLong()}};
        if (userId == request.callerId) {
            page.you = entry;
        }
        if (position > request.offset && position <= qint64(request.offset) + request.limit) {
            page.entries.append(entry);
        }
    }
    return page;
}

} // namespace transcendence::server::leaderboard
