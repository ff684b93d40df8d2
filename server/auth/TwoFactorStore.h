#pragma once

#include "auth/AccountStore.h"
#include "auth/DeviceToken.h"
#include "auth/SecretBox.h"
#include "auth/SessionStore.h"
#include "core/DomainError.h"

#include <QSqlDatabase>
#include <QStringList>

#include <variant>

namespace transcendence::server {

// The keys 2FA storage and sign-in need, all derived from the server's secret key.
struct TwoFactorKeys {
    SecretBox secrets;         // encrypts TOTP secrets at rest
    QByteArray recoveryPepper; // HMAC key of recovery-code hashes
    DeviceTokens devices;      // signs "this device signed in before" (sign-in lock-outs)

    explicit TwoFactorKeys(const QByteArray &serverSecret);
};

// SQL for two-factor authentication. Worker threads only.
namespace two_factor_store {

constexpr int kChallengeLifetimeSeconds = 300;
// Wrong second-factor codes per account, whatever the address or challenge (issue 15, item 4):
// a correct password starts a fresh challenge, so only this bounds guessing.
constexpr int kFailuresPerAccount = 10;
constexpr int kFailureWindowSeconds = 900;

// rate_limited for an account out of second-factor attempts, the wait in
// fields.retryAfterSeconds (TwoFactorRoutes::errorResponse answers 429 with Retry-After).
DomainError tooManyFailures(int retryAfterSeconds);
// The wait of a tooManyFailures refusal; nullopt for any other error.
std::optional<int> retryAfterSeconds(const DomainError &error);

// Seconds until the account may try a code again (0: now). Inside the caller's transaction.
std::optional<int> secondsUntilAllowed(QSqlDatabase &db, qint64 userId);
// Counts one wrong code for the account (and forgets those out of the window).
bool recordFailure(QSqlDatabase &db, qint64 userId);

// Keeps a new secret as pending (not yet in force). two_factor_already_enabled when it is on.
std::optional<DomainError> storePending(QSqlDatabase &db, qint64 userId,
                                        const QByteArray &sealedSecret);

// Switches 2FA on if the code matches the pending secret; returns the new recovery codes
// (shown once; only their hashes are kept).
std::variant<QStringList, DomainError> enable(QSqlDatabase &db, qint64 userId, const QString &code,
                                              qint64 unixTime, const TwoFactorKeys &keys);

// The account password given to switch 2FA off, verified on the CPU pool (auth/PasswordCheck.h):
// the hash it was checked against, and whether it matched.
struct CheckedPassword {
    QByteArray hash;
    bool matches = false;
};

// Before a password is verified to switch 2FA off: the account's password hash, or why no
// password may be tried now (2FA is off; the wrong-proof budget is spent).
std::variant<QByteArray, DomainError> passwordForDisable(QSqlDatabase &db, qint64 userId);

// Switches 2FA off after a current code, an unused recovery code, or the account password (its
// verdict; it proves only if the hash checked is still the account's). Wrong proofs count against
// the account's second-factor budget.
std::optional<DomainError> disable(QSqlDatabase &db, qint64 userId, const QString &code,
                                   const QString &recoveryCode,
                                   const std::optional<CheckedPassword> &password, qint64 unixTime,
                                   const TwoFactorKeys &keys);

// Step-up with the second factor: a current TOTP code (never one already used) or a recovery
// code (consumed), within the account's kFailuresPerAccount. nullopt: proven.
std::optional<DomainError> proveWithCode(QSqlDatabase &db, qint64 userId, const QString &code,
                                         const QString &recoveryCode, qint64 unixTime,
                                         const TwoFactorKeys &keys);

// After a correct password (or a provider's sign-in): a challenge token the second step must
// present, and how: "totp" (the authenticator app) or "email" (a 6-digit code mailed now to the
// account's address, in the same transaction, working once for this challenge).
struct Challenge {
    QByteArray token;
    QString method;
};
std::variant<Challenge, DomainError> createChallenge(QSqlDatabase &db, qint64 userId,
                                                     const SessionOrigin &origin,
                                                     const TwoFactorKeys &keys);

// E-mail codes as the second factor (for players without an authenticator app). Starting mails a
// code to the account's verified address (returned masked); enabling with it switches them on
// and returns new recovery codes; one second factor at a time (two_factor_already_enabled with
// TOTP on).
constexpr int kEmailSetupLifetimeSeconds = 600;
std::variant<QString, DomainError> startEmailCodes(QSqlDatabase &db, qint64 userId,
                                                   const TwoFactorKeys &keys);
std::variant<QStringList, DomainError>
enableEmailCodes(QSqlDatabase &db, qint64 userId, const QString &code, const TwoFactorKeys &keys);
std::optional<DomainError> disableEmailCodes(QSqlDatabase &db, qint64 userId);

// The second step: the challenge plus a TOTP code (never one already used) or a recovery code
// (consumed). Opens the session on success. Each wrong code spends one of five attempts, and one
// of the account's kFailuresPerAccount; with none left, tooManyFailures without checking.
std::variant<std::pair<IssuedSession, bool /*web*/>, DomainError>
completeChallenge(QSqlDatabase &db, const QByteArray &challenge, const QString &code,
                  const QString &recoveryCode, qint64 unixTime, const TwoFactorKeys &keys);

} // namespace two_factor_store
} // namespace transcendence::server
