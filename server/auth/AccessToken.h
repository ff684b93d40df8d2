#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <variant>

namespace transcendence::server {

struct AccessClaims {
    qint64 userId = 0;
    QString sessionId;
    QString role; // "user" or "admin"
    QDateTime issuedAt;
    QDateTime expiresAt;
};

// Short-lived access tokens: JWT (RFC 7519) signed with HMAC-SHA256. The algorithm is pinned
// (a token whose header says anything but HS256, "none" included, is refused), and issuer,
// audience and expiry are checked. The signing key is derived from the server's secret key, so
// other uses of that secret never share a key with tokens.
class AccessTokenCodec {
public:
    static constexpr int kLifetimeSeconds = 15 * 60;
    static constexpr int kClockSkewSeconds = 30;

    AccessTokenCodec(const QByteArray &serverSecret, QString issuer);

    QByteArray issue(qint64 userId, const QString &sessionId, const QString &role,
                     const QDateTime &now) const;
    // The claims, or why the token is refused (for logs; clients only learn "invalid_token").
    std::variant<AccessClaims, QString> verify(const QByteArray &token, const QDateTime &now) const;

    static QString audience() { return QStringLiteral("transcendence"); }

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_key;
    QString m_issuer;
};

} // namespace transcendence::server
