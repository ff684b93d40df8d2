#pragma once

#include "auth/AccountStore.h"
#include "auth/SecretBox.h"
#include "auth/SessionStore.h"

#include <QSqlDatabase>
#include <QStringList>

#include <variant>

namespace transcendence::server {

// The keys 2FA storage needs, both derived from the server's secret key.
struct TwoFactorKeys {
    SecretBox secrets;         // encrypts TOTP secrets at rest
    QByteArray recoveryPepper; // HMAC key of recovery-code hashes

    explicit TwoFactorKeys(const QByteArray &serverSecret);
};

// SQL for two-factor authentication. Worker threads only.
namespace two_factor_store {

constexpr int kChallengeLifetimeSeconds = 300;

// Keeps a new secret as pending (not yet in force). 409 when 2FA is already on.
std::optional<ApiError> storePending(QSqlDatabase &db, qint64 userId,
                                     const QByteArray &sealedSecret);

// Switches 2FA on if the code matches the pending secret; returns the new recovery codes
// (shown once; only their hashes are kept).
std::variant<QStringList, ApiError> enable(QSqlDatabase &db, qint64 userId, const QString &code,
                                           qint64 unixTime, const TwoFactorKeys &keys);

// Switches 2FA off after a current code, an unused recovery code, or the account password.
std::optional<ApiError> disable(QSqlDatabase &db, qint64 userId, const QString &code,
                                const QString &recoveryCode, const QString &password,
                                qint64 unixTime, const TwoFactorKeys &keys);

// After a correct password: a challenge token the second step must present.
std::variant<QByteArray, ApiError> createChallenge(QSqlDatabase &db, qint64 userId,
                                                   const SessionOrigin &origin);

// The second step: the challenge plus a TOTP code (never one already used) or a recovery code
// (consumed). Opens the session on success. Each wrong code spends one of five attempts.
std::variant<std::pair<IssuedSession, bool /*web*/>, ApiError>
completeChallenge(QSqlDatabase &db, const QByteArray &challenge, const QString &code,
                  const QString &recoveryCode, qint64 unixTime, const TwoFactorKeys &keys);

} // namespace two_factor_store
} // namespace transcendence::server
