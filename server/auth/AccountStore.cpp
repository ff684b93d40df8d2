#include "auth/AccountStore.h"

#include "auth/AccountRules.h"
#include "core/FieldProblem.h"
#include "db/PreparedStatements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server::account_store {

const char *const kUserColumns =
    "u.id, u.username, u.email, u.display_name, u.role, u.bio, u.language, u.created_at, "
    "u.banned_at IS NOT NULL, u.password_hash IS NOT NULL, u.totp_enabled_at IS NOT NULL, "
    "u.email_verified_at IS NOT NULL, u.email_2fa_enabled_at IS NOT NULL";

UserRecord fromQuery(const QSqlQuery &query, int firstColumn)
{
    const auto column = [&](int index) {
        return query.value(firstColumn + index);
    };
    UserRecord user;
    user.id = column(0).toLongLong();
    user.username = column(1).toString();
    user.email = column(2).toString();
    user.displayName = column(3).toString();
    user.role = column(4).toString();
    user.bio = column(5).toString();
    user.language = column(6).toString();
    user.createdAt = column(7).toDateTime().toUTC();
    user.banned = column(8).toBool();
    user.hasPassword = column(9).toBool();
    user.twoFactorEnabled = column(10).toBool();
    user.emailVerified = column(11).toBool();
    user.emailTwoFactorEnabled = column(12).toBool();
    return user;
}

std::variant<UserRecord, DomainError> create(QSqlDatabase &db, const NewAccount &account)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("INSERT INTO users AS u (username, email, display_name, "
                           "display_name_key, display_name_skeleton, password_hash, "
                           "email_verified_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END) RETURNING ") +
                QLatin1String(kUserColumns));
    query.addBindValue(account.username);
    query.addBindValue(account.email.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(account.email));
    query.addBindValue(account.displayName);
    query.addBindValue(account.displayNameKey);
    // A look-alike of a taken name breaks this unique index: "displayName taken" below.
    query.addBindValue(account_rules::displayNameSkeleton(account.displayName));
    // No hash: an account that signs in only through a provider.
    query.addBindValue(account.passwordHash.isEmpty()
                           ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(QString::fromLatin1(account.passwordHash)));
    query.addBindValue(account.emailVerified && !account.email.isEmpty());
    if (query.exec() && query.next()) {
        return fromQuery(query);
    }
    const QString message = query.lastError().databaseText();
    if (query.lastError().nativeErrorCode() == QLatin1String("23505")) { // unique_violation
        QJsonObject fields;
        if (message.contains(QLatin1String("users_username_key"))) {
            fields.insert(QStringLiteral("username"), FieldProblem::taken().toJson());
        } else if (message.contains(QLatin1String("users_email_key"))) {
            fields.insert(QStringLiteral("email"),
                          FieldProblem{QStringLiteral("has_account"),
                                       QStringLiteral("already has an account"),
                                       {}}
                              .toJson());
        } else {
            fields.insert(QStringLiteral("displayName"), FieldProblem::taken().toJson());
        }
        return DomainError::conflict(QStringLiteral("an account with these details exists"),
                                     fields);
    }
    return DomainError::unavailable();
}

std::variant<std::optional<LoginCandidate>, DomainError> findForLogin(QSqlDatabase &db,
                                                                      const QString &login)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("SELECT ") + QLatin1String(kUserColumns) +
                QStringLiteral(
                    ", u.password_hash FROM users u WHERE u.username = ? OR u.email = ? LIMIT 1"));
    query.addBindValue(login);
    query.addBindValue(login);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next()) {
        return std::optional<LoginCandidate>();
    }
    return std::optional<LoginCandidate>(
        LoginCandidate{fromQuery(query), query.value(kUserColumnCount).toString().toLatin1()});
}

std::variant<UserRecord, DomainError> byId(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query =
        prepared_statements::get(db, QStringLiteral("SELECT ") + QLatin1String(kUserColumns) +
                                         QStringLiteral(" FROM users u WHERE u.id = ?"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next()) {
        return DomainError::notFound(QStringLiteral("no such user"));
    }
    return fromQuery(query);
}

std::variant<QByteArray, DomainError> passwordHash(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        return DomainError::unavailable();
    }
    return query.value(0).toString().toLatin1();
}

} // namespace transcendence::server::account_store

namespace transcendence::server {

QJsonObject UserRecord::toPrivateJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("email"), email.isEmpty() ? QJsonValue() : QJsonValue(email)},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("role"), role},
            {QStringLiteral("bio"), bio},
            {QStringLiteral("language"), language},
            {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("hasPassword"), hasPassword},
            {QStringLiteral("twoFactorEnabled"), twoFactorEnabled},
            {QStringLiteral("emailVerified"), emailVerified},
            {QStringLiteral("emailTwoFactorEnabled"), emailTwoFactorEnabled}};
}

} // namespace transcendence::server
