#include "auth/AccessToken.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace transcendence::server {
namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodeSegment(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

std::optional<QJsonObject> decodeSegment(const QByteArray &segment)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        segment, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return difference == 0;
}

} // namespace

AccessTokenCodec::AccessTokenCodec(const QByteArray &serverSecret, QString issuer)
    : m_key(QMessageAuthenticationCode::hash("transcendence access token v1", serverSecret,
                                             QCryptographicHash::Sha256))
    , m_issuer(std::move(issuer))
{}

QByteArray AccessTokenCodec::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256)
        .toBase64(kBase64Url);
}

QByteArray AccessTokenCodec::issue(qint64 userId, const QString &sessionId, const QString &role,
                                   const QDateTime &now) const
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{{QStringLiteral("iss"), m_issuer},
                             {QStringLiteral("aud"), audience()},
                             {QStringLiteral("sub"), QString::number(userId)},
                             {QStringLiteral("sid"), sessionId},
                             {QStringLiteral("role"), role},
                             {QStringLiteral("iat"), issuedAt},
                             {QStringLiteral("exp"), issuedAt + kLifetimeSeconds}};
    const QByteArray signingInput = encodeSegment(header) + '.' + encodeSegment(claims);
    return signingInput + '.' + sign(signingInput);
}

std::variant<AccessClaims, QString> AccessTokenCodec::verify(const QByteArray &token,
                                                             const QDateTime &now) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || token.size() > 4096) {
        return QStringLiteral("not a JWT");
    }
    const auto header = decodeSegment(parts[0]);
    if (!header || header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256")) {
        return QStringLiteral("algorithm is not HS256");
    }
    if (!constantTimeEquals(sign(parts[0] + '.' + parts[1]), parts[2])) {
        return QStringLiteral("bad signature");
    }
    const auto claims = decodeSegment(parts[1]);
    if (!claims) {
        return QStringLiteral("unreadable claims");
    }
    if (claims->value(QStringLiteral("iss")).toString() != m_issuer) {
        return QStringLiteral("wrong issuer");
    }
    if (claims->value(QStringLiteral("aud")).toString() != audience()) {
        return QStringLiteral("wrong audience");
    }
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const qint64 expires = claims->value(QStringLiteral("exp")).toInteger(-1);
    const qint64 issued = claims->value(QStringLiteral("iat")).toInteger(-1);
    if (expires < 0 || nowSeconds >= expires + kClockSkewSeconds) {
        return QStringLiteral("expired");
    }
    if (issued < 0 || issued > nowSeconds + kClockSkewSeconds) {
        return QStringLiteral("issued in the future");
    }
    bool ok = false;
    AccessClaims result;
    result.userId = claims->value(QStringLiteral("sub")).toString().toLongLong(&ok);
    result.sessionId = claims->value(QStringLiteral("sid")).toString();
    result.role = claims->value(QStringLiteral("role")).toString();
    result.issuedAt = QDateTime::fromSecsSinceEpoch(issued, Qt::UTC);
    result.expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
    if (!ok || result.userId <= 0 || result.sessionId.isEmpty()) {
        return QStringLiteral("missing subject or session");
    }
    return result;
}

} // namespace transcendence::server
