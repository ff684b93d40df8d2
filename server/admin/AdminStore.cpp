#include "admin/AdminStore.h"

#include "auth/AccountRules.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "auth/SessionStore.h"
#include "core/FieldProblem.h"
#include "users/AvatarStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace transcendence::server::admin_store {
namespace {

DomainError notFound()
{
    return DomainError::notFound(QStringLiteral("no such user"));
}

// A refusal because of the user's current state (409 over HTTP).
DomainError refused(const QString &code, const QString &message)
{
    return {code, message, {}};
}

QString iso(const QVariant &value)
{
    return value.isNull() ? QString() : value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
}

// LIKE treats % and _ as wildcards: a search for "50%" means those characters.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QJsonObject adminView(const QSqlQuery &query)
{
    const UserRecord user = account_store::fromQuery(query);
    QJsonObject object = user.toPrivateJson();
    object.insert(QStringLiteral("banned"), user.banned);
    object.insert(QStringLiteral("bannedAt"), iso(query.value(account_store::kUserColumnCount)));
    object.insert(QStringLiteral("banReason"),
                  query.value(account_store::kUserColumnCount + 1).toString());
    return object;
}

const QString kAdminColumns =
    QLatin1String(account_store::kUserColumns) + QStringLiteral(", u.banned_at, u.ban_reason");

} // namespace

bool record(QSqlDatabase &db, qint64 adminId, const QString &action, qint64 targetUserId,
            const QJsonObject &details)
{
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO admin_audit_log (admin_id, action, target_user_id, details) "
                       "VALUES (?, ?, ?, ?::jsonb)"));
    insert.addBindValue(adminId > 0 ? QVariant(adminId)
                                    : QVariant(QMetaType::fromType<qlonglong>()));
    insert.addBindValue(action);
    insert.addBindValue(targetUserId > 0 ? QVariant(targetUserId)
                                         : QVariant(QMetaType::fromType<qlonglong>()));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return insert.exec();
}

std::variant<UserPage, DomainError> searchUsers(QSqlDatabase &db, const QString &text, int limit,
                                                int offset)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    const QString where = QStringLiteral(
        " FROM users u WHERE u.username ILIKE ? ESCAPE '\\' OR u.display_name ILIKE ? "
        "ESCAPE '\\' OR u.email ILIKE ? ESCAPE '\\'");
    const QString pattern = likePattern(text);
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*)") + where);
    QSqlQuery page(db);
    page.prepare(QStringLiteral("SELECT ") + kAdminColumns + where +
                 QStringLiteral(" ORDER BY u.id DESC LIMIT ? OFFSET ?"));
    for (QSqlQuery *query : {&count, &page}) {
        query->addBindValue(pattern);
        query->addBindValue(pattern);
        query->addBindValue(pattern);
    }
    page.addBindValue(limit);
    page.addBindValue(offset);
    if (!count.exec() || !count.next() || !page.exec()) {
        return DomainError::unavailable();
    }
    UserPage result;
    result.total = count.value(0).toLongLong();
    while (page.next()) {
        result.users.append(adminView(page));
    }
    return result;
}

std::variant<QJsonObject, DomainError> userDetails(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery user(db);
    user.prepare(QStringLiteral("SELECT ") + kAdminColumns +
                 QStringLiteral(" FROM users u WHERE u.id = ?"));
    user.addBindValue(userId);
    if (!user.exec()) {
        return DomainError::unavailable();
    }
    if (!user.next()) {
        return notFound();
    }
    QJsonObject details = adminView(user);
    QSqlQuery avatar(db);
    avatar.prepare(QStringLiteral("SELECT etag FROM avatars WHERE user_id = ?"));
    avatar.addBindValue(userId);
    if (!avatar.exec()) {
        return DomainError::unavailable();
    }
    const QByteArray etag = avatar.next() ? avatar.value(0).toString().toLatin1() : QByteArray();
    details.insert(QStringLiteral("hasAvatar"), !etag.isEmpty());
    details.insert(QStringLiteral("avatarUrl"), avatar_store::urlFor(userId, etag));
    auto sessions = session_store::list(db, userId, QString());
    if (std::holds_alternative<DomainError>(sessions)) {
        return DomainError::unavailable(); // the only way listing sessions fails
    }
    details.insert(QStringLiteral("sessions"), std::get<QJsonArray>(sessions));
    return details;
}

std::variant<QStringList, DomainError> ban(QSqlDatabase &db, qint64 adminId, qint64 userId,
                                           const QString &reason)
{
    if (adminId == userId) {
        return refused(QStringLiteral("cannot_ban_yourself"),
                       QStringLiteral("you cannot ban yourself"));
    }
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE users SET banned_at = now(), ban_reason = ? WHERE id = ? AND banned_at IS NULL"));
    update.addBindValue(reason);
    update.addBindValue(userId);
    if (!update.exec()) {
        db.rollback();
        return DomainError::unavailable();
    }
    if (update.numRowsAffected() != 1) {
        db.rollback();
        return account_store::byId(db, userId).index() == 1
                   ? std::variant<QStringList, DomainError>(notFound())
                   : std::variant<QStringList, DomainError>(
                         refused(QStringLiteral("already_banned"),
                                 QStringLiteral("this user is already banned")));
    }
    auto revoked = session_store::revokeAll(db, userId, QStringLiteral("banned"));
    if (std::holds_alternative<DomainError>(revoked) ||
        !record(db, adminId, QStringLiteral("ban"), userId, {{QStringLiteral("reason"), reason}}) ||
        !db.commit()) {
        db.rollback();
        return DomainError::unavailable();
    }
    return std::get<QStringList>(revoked);
}

std::optional<DomainError> unban(QSqlDatabase &db, qint64 adminId, qint64 userId)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE users SET banned_at = NULL, ban_reason = NULL WHERE id = "
                                  "? AND banned_at IS NOT NULL"));
    update.addBindValue(userId);
    if (!update.exec()) {
        db.rollback();
        return DomainError::unavailable();
    }
    if (update.numRowsAffected() != 1) {
        db.rollback();
        return account_store::byId(db, userId).index() == 1
                   ? notFound()
                   : refused(QStringLiteral("not_banned"),
                             QStringLiteral("this user is not banned"));
    }
    if (!record(db, adminId, QStringLiteral("unban"), userId, {}) || !db.commit()) {
        db.rollback();
        return DomainError::unavailable();
    }
    return std::nullopt;
}

std::optional<DomainError> setRole(QSqlDatabase &db, qint64 adminId, qint64 userId,
                                   const QString &role)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    // Locks every admin row, so two demotions racing cannot both see "another admin is left".
    QSqlQuery admins(db);
    if (!admins.exec(QStringLiteral("SELECT id FROM users WHERE role = 'admin' FOR UPDATE"))) {
        db.rollback();
        return DomainError::unavailable();
    }
    QList<qint64> adminIds;
    while (admins.next()) {
        adminIds << admins.value(0).toLongLong();
    }
    if (role == QLatin1String("user") && adminIds == QList<qint64>{userId}) {
        db.rollback();
        return refused(QStringLiteral("last_admin"),
                       QStringLiteral("the platform needs at least one admin"));
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE users SET role = ? WHERE id = ? RETURNING (SELECT role FROM users WHERE id = ?)"));
    update.addBindValue(role);
    update.addBindValue(userId);
    update.addBindValue(userId);
    if (!update.exec()) {
        db.rollback();
        return DomainError::unavailable();
    }
    if (!update.next()) {
        db.rollback();
        return notFound();
    }
    if (!record(
            db, adminId, QStringLiteral("set_role"), userId,
            {{QStringLiteral("from"), update.value(0).toString()}, {QStringLiteral("to"), role}}) ||
        !db.commit()) {
        db.rollback();
        return DomainError::unavailable();
    }
    return std::nullopt;
}

std::optional<DomainError> removeAvatar(QSqlDatabase &db, qint64 adminId, qint64 userId)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM avatars WHERE user_id = ?"));
    remove.addBindValue(userId);
    if (!remove.exec()) {
        db.rollback();
        return DomainError::unavailable();
    }
    if (remove.numRowsAffected() != 1) {
        db.rollback();
        return DomainError::notFound(QStringLiteral("this user has no uploaded avatar"));
    }
    if (!record(db, adminId, QStringLiteral("remove_avatar"), userId, {}) || !db.commit()) {
        db.rollback();
        return DomainError::unavailable();
    }
    return std::nullopt;
}

std::variant<QJsonArray, DomainError> auditLog(QSqlDatabase &db, int limit, int offset)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT l.id, l.admin_id, a.username, l.action, l.target_user_id, t.username, "
        "l.details::text, "
        "l.created_at FROM admin_audit_log l LEFT JOIN users a ON a.id = l.admin_id "
        "LEFT JOIN users t ON t.id = l.target_user_id ORDER BY l.id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    QJsonArray entries;
    while (query.next()) {
        entries.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toLongLong()},
            {QStringLiteral("admin"),
             query.value(1).isNull()
                 ? QJsonValue()
                 : QJsonValue(
                       QJsonObject{{QStringLiteral("id"), query.value(1).toLongLong()},
                                   {QStringLiteral("username"), query.value(2).toString()}})},
            {QStringLiteral("action"), query.value(3).toString()},
            {QStringLiteral("target"),
             query.value(4).isNull()
                 ? QJsonValue()
                 : QJsonValue(
                       QJsonObject{{QStringLiteral("id"), query.value(4).toLongLong()},
                                   {QStringLiteral("username"), query.value(5).toString()}})},
            {QStringLiteral("details"),
             QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object()},
            {QStringLiteral("createdAt"), iso(query.value(7))}});
    }
    return entries;
}

std::variant<StoredFigures, DomainError> figures(QSqlDatabase &db, int staleAfterSeconds)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    // The same rule as presence: a connection counts while its instance's heartbeat is fresh.
    // "Today" is the UTC day, whatever the session's time zone.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(DISTINCT c.user_id) FROM presence_connections c "
        "JOIN presence_instances i ON i.instance_id = c.instance_id "
        "WHERE i.last_seen_at > now() - make_interval(secs => ?)), "
        "(SELECT count(*) FROM matches "
        "WHERE ended_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')"));
    query.addBindValue(staleAfterSeconds);
    if (!query.exec() || !query.next()) {
        return DomainError::unavailable();
    }
    return StoredFigures{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

namespace {

// A new account with the admin role, in one transaction with its audit entry.
std::variant<AdminAccount, DomainError> createAdmin(QSqlDatabase &db, const QString &username,
                                                    const QString &email, const QString &password)
{
    QJsonObject fields;
    if (const FieldProblem problem = account_rules::usernameProblem(username); !problem.isEmpty()) {
        fields.insert(QStringLiteral("username"), problem.toJson());
    }
    if (const FieldProblem problem = account_rules::emailProblem(email); !problem.isEmpty()) {
        fields.insert(QStringLiteral("email"), problem.toJson());
    }
    if (const FieldProblem problem = PasswordPolicy::problem(password, username, email);
        !problem.isEmpty()) {
        fields.insert(QStringLiteral("password"), problem.toJson());
    }
    if (!fields.isEmpty()) {
        return DomainError{QStringLiteral("validation_failed"),
                           QStringLiteral("cannot create this admin"), fields};
    }
    if (!db.transaction()) {
        return DomainError::unavailable();
    }
    NewAccount account{username, email, username, account_rules::displayNameKey(username),
                       PasswordHasher::hash(password)};
    auto created = account_store::create(db, account);
    if (const auto *error = std::get_if<DomainError>(&created)) {
        db.rollback();
        return *error;
    }
    UserRecord user = std::get<UserRecord>(created);
    QSqlQuery makeAdmin(db);
    makeAdmin.prepare(QStringLiteral("UPDATE users SET role = 'admin' WHERE id = ?"));
    makeAdmin.addBindValue(user.id);
    if (!makeAdmin.exec()) {
        db.rollback();
        return DomainError::unavailable();
    }
    user.role = QStringLiteral("admin");
    record(db, 0, QStringLiteral("create_admin"), user.id, {{QStringLiteral("created"), true}});
    if (!db.commit()) {
        db.rollback();
        return DomainError::unavailable();
    }
    return AdminAccount{user, true};
}

} // namespace

std::variant<AdminAccount, DomainError> ensureAdmin(QSqlDatabase &db, const QString &username,
                                                    const QString &email, const QString &password)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery promote(db);
    promote.prepare(
        QStringLiteral("UPDATE users u SET role = 'admin' WHERE u.username = ? RETURNING ") +
        QLatin1String(account_store::kUserColumns));
    promote.addBindValue(username);
    if (!promote.exec()) {
        return DomainError::unavailable();
    }
    if (promote.next()) {
        const UserRecord user = account_store::fromQuery(promote);
        record(db, 0, QStringLiteral("create_admin"), user.id,
               {{QStringLiteral("created"), false}});
        return AdminAccount{user, false};
    }
    return createAdmin(db, username, email, password);
}

std::variant<AdminAccount, DomainError> createAdminIfAbsent(QSqlDatabase &db,
                                                            const QString &username,
                                                            const QString &email,
                                                            const QString &password)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT ") + QLatin1String(account_store::kUserColumns) +
                     QStringLiteral(" FROM users u WHERE u.username = ?"));
    existing.addBindValue(username);
    if (!existing.exec()) {
        return DomainError::unavailable();
    }
    if (existing.next()) {
        const UserRecord user = account_store::fromQuery(existing);
        if (user.role == QLatin1String("admin")) {
            return AdminAccount{user, false};
        }
        return DomainError{
            QStringLiteral("admin_name_taken"),
            QStringLiteral("an account that is not an admin has this name: it is not "
                           "promoted (use create-admin on the server to promote it)"),
            {}};
    }
    return createAdmin(db, username, email, password);
}

} // namespace transcendence::server::admin_store
