#pragma once

#include <QByteArrayView>
#include <QString>

namespace transcendence::server::twofactor {

inline constexpr char kOtpauthIssuer[] = "Transcendence";

// The Key URI authenticator apps import (by QR code or link), per Google Authenticator's
// "Key Uri Format":
//   otpauth://totp/Transcendence:<account>?secret=<BASE32>&issuer=Transcendence
//       &algorithm=SHA1&digits=6&period=30
// The account name is UTF-8 percent-encoded (spaces as %20, ':' '&' '?' '#' '/' encoded too),
// so no user-chosen name can add, end or alter a parameter or the issuer prefix.
QString otpauthUri(const QString &accountName, QByteArrayView secret);

} // namespace transcendence::server::twofactor
