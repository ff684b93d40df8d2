#pragma once

#include "auth/SessionStore.h"
#include "auth/oauth/OAuthResult.h"
#include "core/DomainError.h"

#include <QJsonArray>
#include <QSqlDatabase>

#include <variant>

namespace transcendence::server {

// SQL for accounts linked to OAuth providers. Worker threads only.
namespace oauth_identity_store {

// Signs in the account linked to the identity, creating one on first sign-in (a unique user
// name derived from the provider's login, the display name when it is valid and free, the e-mail
// only when the provider verified it). Refuses when the e-mail belongs to another account:
// that person signs in with their password and links the provider from their profile.
std::variant<IssuedSession, DomainError>
signIn(QSqlDatabase &db, const oauth::ProviderIdentity &identity, const SessionOrigin &origin);
// The same without opening a session (a native app's sign-in opens it at the code exchange):
// the linked or new account, refused when banned.
std::variant<UserRecord, DomainError> account(QSqlDatabase &db,
                                              const oauth::ProviderIdentity &identity);

// Links the identity to userId (identity_in_use when it is linked to someone else,
// provider_already_linked when the user already has an account at that provider).
std::optional<DomainError> link(QSqlDatabase &db, qint64 userId,
                                const oauth::ProviderIdentity &identity);

// Unlinks; refused (last_sign_in_method) when it is the account's only way to sign in.
std::optional<DomainError> unlink(QSqlDatabase &db, qint64 userId, const QString &provider);

std::variant<QJsonArray, DomainError> links(QSqlDatabase &db, qint64 userId);

} // namespace oauth_identity_store
} // namespace transcendence::server
