#pragma once

#include "auth/oauth/AppRedirect.h"
#include "core/DomainError.h"

#include <QSqlDatabase>

#include <chrono>
#include <variant>

namespace transcendence::server {

// The one-time codes a native app's sign-in with a provider ends with (auth/oauth/AppRedirect.h),
// until the app exchanges one for its tokens, in PostgreSQL (sql/0024_oauth_app_codes.sql): the
// exchange may reach any instance. Only the SHA-256 of a code is kept; a code lives kLifetime,
// works once (a failed exchange spends it too, so a verifier cannot be guessed), and only with the
// verifier of the challenge the app started with and the same redirect URI. Worker threads only.
namespace oauth_app_code_store {

inline constexpr std::chrono::seconds kLifetime{60};

// A new code (256 random bits, base64url) for the user's sign-in through `redirect`; sweeps a few
// expired ones first.
std::variant<QByteArray, DomainError> issue(QSqlDatabase &db, qint64 userId,
                                            const oauth::AppRedirect &redirect);

// The user the code was issued for; invalid_grant when it is unknown, used, expired, or the
// verifier or redirect URI do not match (the same answer for all); DomainError when the database
// failed.
std::variant<qint64, oauth::OAuthError, DomainError> redeem(QSqlDatabase &db,
                                                            const QByteArray &code,
                                                            const QByteArray &codeVerifier,
                                                            const QUrl &redirectUri);

} // namespace oauth_app_code_store
} // namespace transcendence::server
