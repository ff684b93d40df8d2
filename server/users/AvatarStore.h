#pragma once

#include "core/DomainError.h"
#include "users/avatar/AvatarProcessor.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <variant>

namespace transcendence::server {

// SQL on the avatars table (sql/0004_profiles.sql). Worker threads only; prepared statements
// with bound values.
namespace avatar_store {

// Stores (or replaces) the user's avatar; returns its ETag.
std::variant<QByteArray, DomainError> save(QSqlDatabase &db, qint64 userId,
                                           const avatar::ProcessedAvatar &avatar);

// Back to the default avatar. false: the user had none.
std::variant<bool, DomainError> remove(QSqlDatabase &db, qint64 userId);

// The user's uploaded avatar's ETag: nullopt when there is no such user, an empty tag when the
// user shows the default avatar.
std::variant<std::optional<QByteArray>, DomainError> currentEtag(QSqlDatabase &db, qint64 userId);

struct StoredAvatar {
    QByteArray png; // empty: none (any more)
    QByteArray etag;
};
std::variant<StoredAvatar, DomainError> load(QSqlDatabase &db, qint64 userId);

// "/api/users/<id>/avatar", with "?v=<first 16 hex digits of the ETag>" for an uploaded avatar:
// the URL changes whenever the picture does, so clients may cache it for long.
QString urlFor(qint64 userId, const QByteArray &etag);
QByteArray versionOf(const QByteArray &etag);

} // namespace avatar_store
} // namespace transcendence::server
