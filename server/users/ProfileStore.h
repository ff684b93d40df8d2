#pragma once

#include "auth/AccountStore.h"
#include "core/DomainError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <variant>

namespace transcendence::server {

// What anyone signed in may see of a user (banned users included).
struct PublicProfile {
    qint64 id = 0;
    QString username;
    QString displayName;
    QString bio;
    QDateTime createdAt;
    QByteArray avatarEtag; // empty: the generated default avatar

    QJsonObject toJson() const; // id, username, displayName, bio, avatarUrl, createdAt
};

// A PATCH of one's own profile: only the fields given change.
struct ProfileChanges {
    std::optional<QString> displayName; // normalized (account_rules::normalizeDisplayName)
    std::optional<QString> displayNameKey;
    std::optional<QString> bio;
    std::optional<QString> language;
};

// SQL for profiles and the user search. Worker threads only (see DatabaseWorkers); every query
// is prepared with bound values.
namespace profile_store {

// 404 not_found for an unknown id.
std::variant<PublicProfile, DomainError> publicProfile(QSqlDatabase &db, qint64 userId);

struct UpdatedProfile {
    UserRecord user;
    QByteArray avatarEtag;
};
// 409 conflict with fields.displayName when another account has the name (ignoring case and
// look-alike forms).
std::variant<UpdatedProfile, DomainError> update(QSqlDatabase &db, qint64 userId,
                                                 const ProfileChanges &changes);

struct SearchPage {
    QList<PublicProfile> users;
    bool hasMore = false;
};
// Users whose user name (ignoring case) or display name (ignoring case and look-alike forms)
// starts with query, ordered by display name.
std::variant<SearchPage, DomainError> search(QSqlDatabase &db, const QString &query, int limit,
                                             int offset);

} // namespace profile_store
} // namespace transcendence::server
