#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace transcendence::server {

// The single-use tokens of mailed links (account_tokens, sql/0019_mail.sql): 32 random bytes,
// base64url in the link, SHA-256 in the database. Worker threads only; callers hold the
// transaction.
namespace account_tokens {

inline const QString kVerifyEmail = QStringLiteral("verify_email");
inline const QString kChangeEmail = QStringLiteral("change_email");
inline const QString kResetPassword = QStringLiteral("reset_password");

inline constexpr int kEmailLinkLifetimeSeconds = 24 * 3600;
inline constexpr int kResetLifetimeSeconds = 30 * 60;

// A new token for the purpose; the user's earlier unused tokens of that purpose stop working
// (only the newest link counts). Empty on a database error.
QByteArray issue(QSqlDatabase &db, qint64 userId, const QString &purpose, const QString &email,
                 int lifetimeSeconds);

struct Redeemed {
    qint64 userId = 0;
    QString purpose;
    QString email;
};
enum class Lookup { Found, Invalid, DatabaseError };

// Marks the token used and says whose it was. Invalid: unknown, used, expired, or another
// purpose. Lock-free for the caller: the UPDATE ... WHERE used_at IS NULL makes two requests
// with the same token race for one row, and one of them wins.
Lookup redeem(QSqlDatabase &db, const QByteArray &token, const QStringList &purposes,
              Redeemed *out);

} // namespace account_tokens
} // namespace transcendence::server
