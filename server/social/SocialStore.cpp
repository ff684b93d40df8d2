#include "social/SocialStore.h"

#include "auth/AccountStore.h"
#include "db/PreparedStatements.h"
#include "social/PresenceStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server {

QJsonObject SocialUser::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("displayName"), displayName}};
}

QJsonObject FriendRequest::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("user"), other.toJson()},
            {QStringLiteral("status"), status},
            {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("respondedAt"),
             respondedAt.isValid() ? QJsonValue(respondedAt.toString(Qt::ISODateWithMs))
                                   : QJsonValue()}};
}

namespace social_store {
namespace {

DomainError notFound(const QString &message)
{
    return DomainError::notFound(message);
}

// The reason is the code (409 over HTTP for each; SocialRoutes says "conflict"
// with the reason beside it).
DomainError conflict(const QString &reason, const QString &message)
{
    return {reason, message, {}};
}

DomainError forbidden(const QString &message)
{
    return DomainError::forbidden(message);
}

// Rolls back the open transaction and passes the error on.
DomainError abandon(QSqlDatabase &db, DomainError error)
{
    db.rollback();
    return error;
}

QDateTime utc(const QVariant &value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

// Serializes everything that changes one pair of users (requests racing both ways, a block
// racing a request) until the transaction ends.
bool lockPair(QSqlDatabase &db, qint64 a, qint64 b)
{
    QSqlQuery &lock = prepared_statements::get(
        db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))"));
    lock.addBindValue(QStringLiteral("social-pair:%1:%2").arg(qMin(a, b)).arg(qMax(a, b)));
    return lock.exec();
}

std::variant<SocialUser, DomainError> findUser(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("SELECT id, username, display_name FROM users WHERE id = ?"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next()) {
        return notFound(QStringLiteral("no such user"));
    }
    return SocialUser{query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString()};
}

struct PairRow {
    qint64 id = 0;
    qint64 requesterId = 0;
    qint64 addresseeId = 0;
    QString status;
    QDateTime createdAt;
    QDateTime respondedAt;
};

// The friendship row of a pair, or of an id; id 0 when there is none.
std::variant<PairRow, DomainError> readRow(QSqlQuery &query)
{
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    PairRow row;
    if (query.next()) {
        row = {query.value(0).toLongLong(), query.value(1).toLongLong(),
               query.value(2).toLongLong(), query.value(3).toString(),
               utc(query.value(4)),         utc(query.value(5))};
    }
    return row;
}

const QLatin1String kRowColumns("id, requester_id, addressee_id, status, created_at, responded_at");

std::variant<PairRow, DomainError> rowOfPair(QSqlDatabase &db, qint64 a, qint64 b)
{
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("SELECT ") + kRowColumns +
                QStringLiteral(" FROM friendships WHERE (requester_id = ? AND addressee_id = ?) "
                               "OR (requester_id = ? AND addressee_id = ?) FOR UPDATE"));
    query.addBindValue(a);
    query.addBindValue(b);
    query.addBindValue(b);
    query.addBindValue(a);
    return readRow(query);
}

std::variant<PairRow, DomainError> rowById(QSqlDatabase &db, qint64 requestId)
{
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("SELECT ") + kRowColumns +
                QStringLiteral(" FROM friendships WHERE id = ? FOR UPDATE"));
    query.addBindValue(requestId);
    return readRow(query);
}

FriendRequest requestFrom(const PairRow &row, const SocialUser &other)
{
    return {row.id, other, row.status, row.createdAt, row.respondedAt};
}

enum class Role { Addressee, Requester };

// A pending request the caller may act on in the given role, locked for the transaction.
std::variant<PairRow, DomainError> actionableRequest(QSqlDatabase &db, qint64 userId,
                                                     qint64 requestId, Role role)
{
    auto found = rowById(db, requestId);
    if (std::holds_alternative<DomainError>(found)) {
        return found;
    }
    const PairRow row = std::get<PairRow>(found);
    if (row.id == 0 || (row.requesterId != userId && row.addresseeId != userId)) {
        return notFound(QStringLiteral("you have no friend request with this id"));
    }
    if (row.status != QLatin1String("pending")) {
        return conflict(QStringLiteral("already_friends"),
                        QStringLiteral("this request was accepted: you are friends"));
    }
    if (role == Role::Addressee && row.addresseeId != userId) {
        return forbidden(QStringLiteral("only the user you asked can accept or decline; "
                                        "cancel it instead"));
    }
    if (role == Role::Requester && row.requesterId != userId) {
        return forbidden(QStringLiteral("only the user who asked can cancel; decline it instead"));
    }
    return row;
}

// Deletes the pending request the caller may act on in this role.
std::variant<bool, DomainError> deletePending(QSqlDatabase &db, qint64 userId, qint64 requestId,
                                              Role role)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    auto found = actionableRequest(db, userId, requestId, role);
    if (const auto *error = std::get_if<DomainError>(&found)) {
        return abandon(db, *error);
    }
    QSqlQuery &remove =
        prepared_statements::get(db, QStringLiteral("DELETE FROM friendships WHERE id = ?"));
    remove.addBindValue(requestId);
    if (!remove.exec() || !db.commit()) {
        return abandon(db, DomainError::unavailable());
    }
    return true;
}

} // namespace

std::variant<bool, DomainError> isBlockedEitherWay(QSqlDatabase &db, qint64 a, qint64 b)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query =
        prepared_statements::get(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM blocks WHERE "
                                                    "(blocker_id = ? AND blocked_id = ?) OR "
                                                    "(blocker_id = ? AND blocked_id = ?))"));
    query.addBindValue(a);
    query.addBindValue(b);
    query.addBindValue(b);
    query.addBindValue(a);
    if (!query.exec() || !query.next()) {
        return DomainError::unavailable();
    }
    return query.value(0).toBool();
}

std::variant<SentRequest, DomainError> sendRequest(QSqlDatabase &db, qint64 requesterId,
                                                   qint64 addresseeId)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    auto other = findUser(db, addresseeId);
    if (const auto *error = std::get_if<DomainError>(&other)) {
        return abandon(db, *error);
    }
    if (!lockPair(db, requesterId, addresseeId)) {
        return abandon(db, DomainError::unavailable());
    }
    // Which side blocked matters: the blocker may be told (they know), the blocked person is
    // not told they were blocked, only that the request cannot be sent.
    QSqlQuery &blocks = prepared_statements::get(
        db,
        QStringLiteral("SELECT blocker_id FROM blocks WHERE (blocker_id = ? AND blocked_id = ?) "
                       "OR (blocker_id = ? AND blocked_id = ?)"));
    blocks.addBindValue(requesterId);
    blocks.addBindValue(addresseeId);
    blocks.addBindValue(addresseeId);
    blocks.addBindValue(requesterId);
    if (!blocks.exec()) {
        return abandon(db, DomainError::unavailable());
    }
    bool blockedByRequester = false;
    bool blockedByAddressee = false;
    while (blocks.next()) {
        (blocks.value(0).toLongLong() == requesterId ? blockedByRequester : blockedByAddressee) =
            true;
    }
    if (blockedByRequester) {
        return abandon(
            db, conflict(QStringLiteral("blocked"),
                         QStringLiteral("you have blocked this player: unblock them first")));
    }
    if (blockedByAddressee) {
        return abandon(
            db, conflict(QStringLiteral("not_accepting_requests"),
                         QStringLiteral("this player is not accepting friend requests from you")));
    }
    auto existing = rowOfPair(db, requesterId, addresseeId);
    if (const auto *error = std::get_if<DomainError>(&existing)) {
        return abandon(db, *error);
    }
    const PairRow row = std::get<PairRow>(existing);
    if (row.id != 0 && row.status == QLatin1String("accepted")) {
        return abandon(db, conflict(QStringLiteral("already_friends"),
                                    QStringLiteral("you are already friends")));
    }
    if (row.id != 0 && row.requesterId == requesterId) {
        return abandon(db, conflict(QStringLiteral("request_pending"),
                                    QStringLiteral("you have already asked; wait for an answer")));
    }
    QSqlQuery write(db);
    if (row.id != 0) { // they asked first: asking back is saying yes
        write.prepare(QStringLiteral("UPDATE friendships SET status = 'accepted', "
                                     "responded_at = now() WHERE id = ? RETURNING ") +
                      kRowColumns);
        write.addBindValue(row.id);
    } else {
        write.prepare(QStringLiteral("INSERT INTO friendships (requester_id, addressee_id) "
                                     "VALUES (?, ?) RETURNING ") +
                      kRowColumns);
        write.addBindValue(requesterId);
        write.addBindValue(addresseeId);
    }
    auto written = readRow(write);
    if (std::holds_alternative<DomainError>(written) || std::get<PairRow>(written).id == 0 ||
        !db.commit()) {
        return abandon(db, DomainError::unavailable());
    }
    return SentRequest{requestFrom(std::get<PairRow>(written), std::get<SocialUser>(other)),
                       row.id != 0};
}

std::variant<RequestLists, DomainError> listRequests(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral(
                "SELECT f.id, f.requester_id = ?, u.id, u.username, u.display_name, f.created_at "
                "FROM friendships f JOIN users u ON u.id = CASE WHEN f.requester_id = ? "
                "THEN f.addressee_id ELSE f.requester_id END "
                "WHERE f.status = 'pending' AND (f.requester_id = ? OR f.addressee_id = ?) "
                "ORDER BY f.created_at DESC, f.id DESC"));
    for (int i = 0; i < 4; ++i) {
        query.addBindValue(userId);
    }
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    RequestLists lists;
    while (query.next()) {
        const FriendRequest request{
            query.value(0).toLongLong(),
            {query.value(2).toLongLong(), query.value(3).toString(), query.value(4).toString()},
            QStringLiteral("pending"),
            utc(query.value(5)),
            {}};
        (query.value(1).toBool() ? lists.outgoing : lists.incoming).append(request.toJson());
    }
    return lists;
}

std::variant<FriendRequest, DomainError> acceptRequest(QSqlDatabase &db, qint64 userId,
                                                       qint64 requestId)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    auto found = actionableRequest(db, userId, requestId, Role::Addressee);
    if (const auto *error = std::get_if<DomainError>(&found)) {
        return abandon(db, *error);
    }
    auto other = findUser(db, std::get<PairRow>(found).requesterId);
    if (const auto *error = std::get_if<DomainError>(&other)) {
        return abandon(db, *error);
    }
    QSqlQuery &update = prepared_statements::get(
        db, QStringLiteral("UPDATE friendships SET status = 'accepted', responded_at = "
                           "now() WHERE id = ? RETURNING ") +
                kRowColumns);
    update.addBindValue(requestId);
    auto written = readRow(update);
    if (std::holds_alternative<DomainError>(written) || !db.commit()) {
        return abandon(db, DomainError::unavailable());
    }
    return requestFrom(std::get<PairRow>(written), std::get<SocialUser>(other));
}

std::variant<bool, DomainError> declineRequest(QSqlDatabase &db, qint64 userId, qint64 requestId)
{
    return deletePending(db, userId, requestId, Role::Addressee);
}

std::variant<bool, DomainError> cancelRequest(QSqlDatabase &db, qint64 userId, qint64 requestId)
{
    return deletePending(db, userId, requestId, Role::Requester);
}

std::variant<QJsonArray, DomainError> listFriends(QSqlDatabase &db, qint64 userId,
                                                  int staleAfterSeconds)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("SELECT u.id, u.username, u.display_name, f.responded_at, p.live, "
                           "p.in_game FROM friendships f JOIN users u ON u.id = CASE WHEN "
                           "f.requester_id = ? THEN f.addressee_id ELSE f.requester_id END "
                           "LEFT JOIN LATERAL (") +
                QLatin1String(presence_store::kLiveConnectionsOfUser) +
                QStringLiteral(") p ON true WHERE f.status = 'accepted' AND (f.requester_id = ? OR "
                               "f.addressee_id = ?) ORDER BY lower(u.display_name), u.id"));
    query.addBindValue(userId);
    query.addBindValue(staleAfterSeconds);
    query.addBindValue(userId);
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    QJsonArray friends;
    while (query.next()) {
        const QDateTime since = utc(query.value(3));
        friends.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toLongLong()},
            {QStringLiteral("username"), query.value(1).toString()},
            {QStringLiteral("displayName"), query.value(2).toString()},
            {QStringLiteral("friendsSince"), since.toString(Qt::ISODateWithMs)},
            {QStringLiteral("presence"),
             presence_store::statusFrom(query.value(4).toLongLong(), query.value(5).toBool())}});
    }
    return friends;
}

std::variant<bool, DomainError> removeFriend(QSqlDatabase &db, qint64 userId, qint64 friendId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &remove = prepared_statements::get(
        db, QStringLiteral("DELETE FROM friendships WHERE status = 'accepted' AND "
                           "((requester_id = ? AND addressee_id = ?) OR "
                           "(requester_id = ? AND addressee_id = ?))"));
    remove.addBindValue(userId);
    remove.addBindValue(friendId);
    remove.addBindValue(friendId);
    remove.addBindValue(userId);
    if (!remove.exec()) {
        return DomainError::unavailable();
    }
    if (remove.numRowsAffected() == 0) {
        return notFound(QStringLiteral("this user is not your friend"));
    }
    return true;
}

std::variant<QList<qint64>, DomainError> friendIds(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db,
        QStringLiteral("SELECT CASE WHEN requester_id = ? THEN addressee_id ELSE requester_id END "
                       "FROM friendships WHERE status = 'accepted' AND (requester_id = ? OR "
                       "addressee_id = ?)"));
    query.addBindValue(userId);
    query.addBindValue(userId);
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    QList<qint64> ids;
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    return ids;
}

std::variant<QJsonObject, DomainError> block(QSqlDatabase &db, qint64 blockerId, qint64 blockedId)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    auto other = findUser(db, blockedId);
    if (const auto *error = std::get_if<DomainError>(&other)) {
        return abandon(db, *error);
    }
    if (!lockPair(db, blockerId, blockedId)) {
        return abandon(db, DomainError::unavailable());
    }
    QSqlQuery &insert = prepared_statements::get(
        db, QStringLiteral("INSERT INTO blocks (blocker_id, blocked_id) VALUES (?, ?) "
                           "ON CONFLICT DO NOTHING RETURNING created_at"));
    insert.addBindValue(blockerId);
    insert.addBindValue(blockedId);
    if (!insert.exec()) {
        return abandon(db, DomainError::unavailable());
    }
    if (!insert.next()) {
        return abandon(db, conflict(QStringLiteral("already_blocked"),
                                    QStringLiteral("you have already blocked this user")));
    }
    const QDateTime blockedAt = utc(insert.value(0));
    QSqlQuery &unfriend =
        prepared_statements::get(db, QStringLiteral("DELETE FROM friendships WHERE "
                                                    "(requester_id = ? AND addressee_id = ?) OR "
                                                    "(requester_id = ? AND addressee_id = ?)"));
    unfriend.addBindValue(blockerId);
    unfriend.addBindValue(blockedId);
    unfriend.addBindValue(blockedId);
    unfriend.addBindValue(blockerId);
    if (!unfriend.exec() || !db.commit()) {
        return abandon(db, DomainError::unavailable());
    }
    QJsonObject entry = std::get<SocialUser>(other).toJson();
    entry.insert(QStringLiteral("blockedAt"), blockedAt.toString(Qt::ISODateWithMs));
    return entry;
}

std::variant<bool, DomainError> unblock(QSqlDatabase &db, qint64 blockerId, qint64 blockedId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &remove = prepared_statements::get(
        db, QStringLiteral("DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?"));
    remove.addBindValue(blockerId);
    remove.addBindValue(blockedId);
    if (!remove.exec()) {
        return DomainError::unavailable();
    }
    if (remove.numRowsAffected() == 0) {
        return notFound(QStringLiteral("you have not blocked this user"));
    }
    return true;
}

std::variant<QJsonArray, DomainError> listBlocks(QSqlDatabase &db, qint64 blockerId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("SELECT u.id, u.username, u.display_name, b.created_at FROM blocks b "
                           "JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = ? ORDER BY "
                           "b.created_at DESC"));
    query.addBindValue(blockerId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    QJsonArray blocks;
    while (query.next()) {
        QJsonObject entry = SocialUser{query.value(0).toLongLong(), query.value(1).toString(),
                                       query.value(2).toString()}
                                .toJson();
        entry.insert(QStringLiteral("blockedAt"), utc(query.value(3)).toString(Qt::ISODateWithMs));
        blocks.append(entry);
    }
    return blocks;
}

} // namespace social_store
} // namespace transcendence::server
