#include "auth/OAuthIdentityStore.h"

#include "auth/AccountRules.h"
#include "auth/oauth/UsernameDerivation.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server::oauth_identity_store {
namespace {

bool exists(QSqlDatabase &db, const QString &sql, const QVariant &value)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(value);
    return query.exec() && query.next();
}

std::optional<UserRecord> linkedUser(QSqlDatabase &db, const oauth::ProviderIdentity &identity,
                                     bool *failed)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + QLatin1String(account_store::kUserColumns) +
                  QStringLiteral(" FROM oauth_identities i JOIN users u ON u.id = i.user_id "
                                 "WHERE i.provider = ? AND i.subject = ?"));
    query.addBindValue(identity.provider);
    query.addBindValue(identity.subject);
    *failed = !query.exec();
    if (*failed || !query.next()) {
        return std::nullopt;
    }
    return account_store::fromQuery(query);
}

bool insertIdentity(QSqlDatabase &db, qint64 userId, const oauth::ProviderIdentity &identity)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO oauth_identities (provider, subject, user_id, "
                                  "login, email) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(identity.provider);
    insert.addBindValue(identity.subject);
    insert.addBindValue(userId);
    insert.addBindValue(identity.login.left(100));
    insert.addBindValue(identity.email.left(254));
    return insert.exec();
}

std::variant<UserRecord, DomainError> createAccount(QSqlDatabase &db,
                                                    const oauth::ProviderIdentity &identity)
{
    const QString email = identity.emailVerified ? identity.email.trimmed() : QString();
    if (!email.isEmpty() &&
        exists(db, QStringLiteral("SELECT 1 FROM users WHERE email = ?"), email)) {
        return DomainError{
            QStringLiteral("email_in_use"),
            QStringLiteral("an account with this e-mail address exists: sign in with its password, "
                           "then link this provider from your profile"),
            {}};
    }
    const auto taken = [&db](const QString &candidate) {
        return exists(db, QStringLiteral("SELECT 1 FROM users WHERE username = ?"), candidate);
    };
    const auto username =
        oauth::deriveUsername(identity.login, identity.email, identity.displayName, taken);
    if (!username) {
        return DomainError{
            QStringLiteral("username_unavailable"),
            QStringLiteral("no free user name could be derived; register with a password instead"),
            {}};
    }
    NewAccount account;
    account.username = *username;
    account.email = account_rules::emailProblem(email).isEmpty() ? email : QString();
    account.emailVerified = true; // only a verified address is copied (above)
    account.displayName = account_rules::normalizeDisplayName(identity.displayName);
    if (!account_rules::displayNameProblem(account.displayName).isEmpty() ||
        exists(db, QStringLiteral("SELECT 1 FROM users WHERE display_name_skeleton = ?"),
               account_rules::displayNameSkeleton(account.displayName))) {
        account.displayName = account.username;
    }
    account.displayNameKey = account_rules::displayNameKey(account.displayName);
    return account_store::create(db, account);
}

} // namespace

std::variant<UserRecord, DomainError> account(QSqlDatabase &db,
                                              const oauth::ProviderIdentity &identity)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    bool failed = false;
    std::optional<UserRecord> user = linkedUser(db, identity, &failed);
    if (failed) {
        return DomainError::unavailable();
    }
    if (!user) {
        if (!db.transaction()) {
            return DomainError::unavailable();
        }
        auto created = createAccount(db, identity);
        if (const auto *error = std::get_if<DomainError>(&created)) {
            db.rollback();
            return *error;
        }
        user = std::get<UserRecord>(created);
        if (!insertIdentity(db, user->id, identity) || !db.commit()) {
            db.rollback();
            return DomainError::unavailable();
        }
    }
    if (user->banned) {
        return DomainError{
            QStringLiteral("account_banned"), QStringLiteral("this account is banned"), {}};
    }
    return *user;
}

std::variant<IssuedSession, DomainError>
signIn(QSqlDatabase &db, const oauth::ProviderIdentity &identity, const SessionOrigin &origin)
{
    auto found = account(db, identity);
    if (const auto *error = std::get_if<DomainError>(&found)) {
        return *error;
    }
    return session_store::open(db, std::get<UserRecord>(found), origin);
}

std::optional<DomainError> link(QSqlDatabase &db, qint64 userId,
                                const oauth::ProviderIdentity &identity)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    bool failed = false;
    const std::optional<UserRecord> owner = linkedUser(db, identity, &failed);
    if (failed) {
        return DomainError::unavailable();
    }
    if (owner && owner->id == userId) {
        return std::nullopt; // already linked: nothing to do
    }
    if (owner) {
        return DomainError{QStringLiteral("identity_in_use"),
                           QStringLiteral("this provider account is linked to another user"),
                           {}};
    }
    if (!insertIdentity(db, userId, identity)) {
        return DomainError{
            QStringLiteral("provider_already_linked"),
            QStringLiteral("your account is already linked to another account at this provider"),
            {}};
    }
    return std::nullopt;
}

std::optional<DomainError> unlink(QSqlDatabase &db, qint64 userId, const QString &provider)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    // Locking the user row serializes two unlinks racing to remove the last two methods.
    QSqlQuery methods(db);
    methods.prepare(QStringLiteral(
        "SELECT u.password_hash IS NOT NULL, "
        "(SELECT count(*) FROM oauth_identities i WHERE i.user_id = u.id), "
        "EXISTS (SELECT 1 FROM oauth_identities i WHERE i.user_id = u.id AND i.provider = ?) "
        "FROM users u WHERE u.id = ? FOR UPDATE"));
    methods.addBindValue(provider);
    methods.addBindValue(userId);
    if (!methods.exec() || !methods.next()) {
        db.rollback();
        return DomainError::unavailable();
    }
    if (!methods.value(2).toBool()) {
        db.rollback();
        return DomainError{
            QStringLiteral("not_found"), QStringLiteral("no link to this provider"), {}};
    }
    if (!methods.value(0).toBool() && methods.value(1).toInt() <= 1) {
        db.rollback();
        return DomainError{
            QStringLiteral("last_sign_in_method"),
            QStringLiteral("set a password before unlinking your only way to sign in"),
            {}};
    }
    QSqlQuery remove(db);
    remove.prepare(
        QStringLiteral("DELETE FROM oauth_identities WHERE user_id = ? AND provider = ?"));
    remove.addBindValue(userId);
    remove.addBindValue(provider);
    if (!remove.exec() || !db.commit()) {
        db.rollback();
        return DomainError::unavailable();
    }
    return std::nullopt;
}

std::variant<QJsonArray, DomainError> links(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT provider, login, linked_at FROM oauth_identities WHERE "
                                 "user_id = ? ORDER BY provider"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    QJsonArray result;
    while (query.next()) {
        result.append(
            QJsonObject{{QStringLiteral("provider"), query.value(0).toString()},
                        {QStringLiteral("login"), query.value(1).toString()},
                        {QStringLiteral("linkedAt"),
                         query.value(2).toDateTime().toUTC().toString(Qt::ISODateWithMs)}});
    }
    return result;
}

} // namespace transcendence::server::oauth_identity_store
