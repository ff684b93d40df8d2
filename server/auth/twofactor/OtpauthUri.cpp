#include "auth/twofactor/OtpauthUri.h"

#include "auth/twofactor/Base32.h"
#include "auth/twofactor/Totp.h"

#include <QUrl>

namespace transcendence::server::twofactor {

namespace {

// Percent-encodes everything except RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~).
QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QString otpauthUri(const QString &accountName, QByteArrayView secret)
{
    const QString issuer = percentEncoded(QString::fromLatin1(kOtpauthIssuer));
    return QStringLiteral("otpauth://totp/%1:%2?secret=%3&issuer=%1&algorithm=SHA1&digits=%4"
                          "&period=%5")
        .arg(issuer, percentEncoded(accountName), base32::encode(secret),
             QString::number(totp::kDigits), QString::number(totp::kPeriodSeconds));
}

} // namespace transcendence::server::twofactor
