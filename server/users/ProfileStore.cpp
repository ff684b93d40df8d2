#include "users/ProfileStore.h"

#include "auth/AccountRules.h"
#include "db/PreparedStatements.h"
#include "users/AvatarStore.h"
#include "users/ProfileRules.h"

#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server {
namespace {

const char *const kProfileColumns = "u.id, u.username, u.display_name, u.bio, u.created_at, "
                                    "coalesce(a.etag, '')";

PublicProfile profileFrom(const QSqlQuery &query)
{
    PublicProfile profile;
    profile.id = query.value(0).toLongLong();
    profile.username = query.value(1).toString();
    profile.displayName = query.value(2).toString();
    profile.bio = query.value(3).toString();
    profile.createdAt = query.value(4).toDateTime().toUTC();
    profile.avatarEtag = query.value(5).toString().toLatin1();
    return profile;
}

// A bound NULL keeps the column as it is (coalesce in the UPDATE).
QVariant valueOrNull(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

DomainError noSuchUser()
{
    return DomainError::notFound(QStringLiteral("no such user"));
}

} // namespace

QJsonObject PublicProfile::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("bio"), bio},
            {QStringLiteral("avatarUrl"), avatar_store::urlFor(id, avatarEtag)},
            {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)}};
}

namespace profile_store {

std::variant<PublicProfile, DomainError> publicProfile(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("SELECT ") + QLatin1String(kProfileColumns) +
                QStringLiteral(" FROM users u LEFT JOIN avatars a ON a.user_id = u.id "
                               "WHERE u.id = ?"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next()) {
        return noSuchUser();
    }
    return profileFrom(query);
}

std::variant<UpdatedProfile, DomainError> update(QSqlDatabase &db, qint64 userId,
                                                 const ProfileChanges &changes)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("UPDATE users AS u SET "
                           "display_name = coalesce(?, u.display_name), "
                           "display_name_key = coalesce(?, u.display_name_key), "
                           "display_name_skeleton = coalesce(?, u.display_name_skeleton), "
                           "bio = coalesce(?, u.bio), "
                           "language = coalesce(?, u.language) "
                           "WHERE u.id = ? RETURNING ") +
                QLatin1String(account_store::kUserColumns) +
                QStringLiteral(", (SELECT a.etag FROM avatars a WHERE a.user_id = u.id)"));
    query.addBindValue(valueOrNull(changes.displayName));
    query.addBindValue(valueOrNull(changes.displayNameKey));
    query.addBindValue(changes.displayName
                           ? QVariant(account_rules::displayNameSkeleton(*changes.displayName))
                           : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(valueOrNull(changes.bio));
    query.addBindValue(valueOrNull(changes.language));
    query.addBindValue(userId);
    if (query.exec()) {
        if (!query.next()) {
            return noSuchUser();
        }
        return UpdatedProfile{account_store::fromQuery(query),
                              query.value(account_store::kUserColumnCount).toString().toLatin1()};
    }
    if (query.lastError().nativeErrorCode() == QLatin1String("23505")) { // unique_violation
        return DomainError::conflict(
            QStringLiteral("this display name is taken"),
            {{QStringLiteral("displayName"), FieldProblem::taken().toJson()}});
    }
    return DomainError::unavailable();
}

std::variant<SearchPage, DomainError> search(QSqlDatabase &db, const QString &text, int limit,
                                             int offset)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    // Both sides of each LIKE are in the form its index holds (sql/0004_profiles.sql).
    const QString usernamePattern = profile_rules::likePrefixPattern(text.trimmed().toLower());
    const QString displayNamePattern = profile_rules::likePrefixPattern(
        account_rules::displayNameKey(account_rules::normalizeDisplayName(text)));
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("SELECT ") + QLatin1String(kProfileColumns) +
                QStringLiteral(" FROM users u LEFT JOIN avatars a ON a.user_id = u.id "
                               "WHERE lower(u.username::text) LIKE ? ESCAPE '\\' "
                               "OR u.display_name_key LIKE ? ESCAPE '\\' "
                               "ORDER BY u.display_name_key, u.id LIMIT ? OFFSET ?"));
    query.addBindValue(usernamePattern);
    query.addBindValue(displayNamePattern);
    query.addBindValue(limit + 1); // one more tells whether there is a next page
    query.addBindValue(offset);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    SearchPage page;
    while (query.next()) {
        if (page.users.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.users.append(profileFrom(query));
    }
    return page;
}

} // namespace profile_store
} // namespace transcendence::server
