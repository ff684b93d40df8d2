#pragma once

#include "auth/AccountStore.h"
#include "core/DomainError.h"

#include <QJsonArray>
#include <QSqlDatabase>

#include <variant>

namespace transcendence::server {

struct SessionOrigin {
    QString clientKind; // "web" (refresh token in a cookie) or "app" (in the body)
    QString userAgent;
    QString ipAddress;
};

struct IssuedSession {
    UserRecord user;
    QString sessionId;
    QByteArray refreshToken; // the only time it exists in clear text
};

// Sessions (one per sign-in and device), their rotating refresh tokens, and WebSocket tickets.
// Worker threads only. Tokens are 256-bit random values; only their SHA-256 is stored.
namespace session_store {

constexpr int kSessionLifetimeDays = 30;    // sliding: each refresh extends it
constexpr int kLostAnswerGraceSeconds = 30; // a spent refresh token honoured again, see rotate()
constexpr int kWsTicketLifetimeSeconds = 30;

QByteArray newSecretToken(); // 32 random bytes, base64url
QByteArray tokenHash(const QByteArray &token);

std::variant<IssuedSession, DomainError> open(QSqlDatabase &db, const UserRecord &user,
                                              const SessionOrigin &origin);
// The same inside the caller's transaction (e.g. with the account it creates): no BEGIN/COMMIT.
std::variant<IssuedSession, DomainError> openWithin(QSqlDatabase &db, const UserRecord &user,
                                                    const SessionOrigin &origin);

struct RotationRefused {
    DomainError error;        // invalid_refresh_token, refresh_token_reused, account_banned
    QString revokedSessionId; // set when this refusal ended the session (token reuse)
};
// Exchanges a refresh token for a new one. A token used twice revokes its whole session
// (refresh_token_reused): whoever holds the other copy is locked out too. One exception, the
// lost answer: a token spent less than kLostAnswerGraceSeconds ago whose session has not been
// renewed since gets another fresh token (the client never received the first).
std::variant<IssuedSession, RotationRefused> rotate(QSqlDatabase &db,
                                                    const QByteArray &refreshToken);

// The session behind an access token must still be live (else session_revoked), and its user
// not banned (account_banned).
std::variant<UserRecord, DomainError> requireLive(QSqlDatabase &db, qint64 userId,
                                                  const QString &sessionId);
struct LiveSession {
    UserRecord user;
    QDateTime expiresAt; // of the session (refreshes extend it)
};
// The same in one statement, with the session's expiry (for SessionCache).
std::variant<LiveSession, DomainError> requireLiveSession(QSqlDatabase &db, qint64 userId,
                                                          const QString &sessionId);

// Revokes one session of the user (false if it is not theirs or already revoked).
std::variant<bool, DomainError> revoke(QSqlDatabase &db, qint64 userId, const QString &sessionId,
                                       const QString &reason);
// Revokes every live session of the user; returns their ids (to close their WebSockets).
std::variant<QStringList, DomainError> revokeAll(QSqlDatabase &db, qint64 userId,
                                                 const QString &reason);
std::variant<QJsonArray, DomainError> list(QSqlDatabase &db, qint64 userId,
                                           const QString &currentSessionId);

std::variant<QByteArray, DomainError> issueWsTicket(QSqlDatabase &db, const QString &sessionId);
struct TicketOwner {
    qint64 userId = 0;
    QString sessionId;
    QString displayName;
};
// Single use: the ticket is deleted as it is read. nullopt: unknown, used or expired.
std::variant<std::optional<TicketOwner>, DomainError> consumeWsTicket(QSqlDatabase &db,
                                                                      const QByteArray &ticket);

} // namespace session_store
} // namespace transcendence::server
