#pragma once

#include <QByteArray>
#include <QString>

namespace transcendence::server::twofactor {

// What 2FA setup hands a user: a fresh secret three ways (to type, as a link, to scan).
// The secret is kept server-side as pending until the user proves with a valid code that
// their app has it (totp::verify); only then is 2FA switched on.
struct TotpEnrollment {
    QByteArray secret;     // raw bytes, what totp::verify() takes
    QString secretBase32;  // for typing into an app by hand
    QString otpauthUri;    // otpauth://totp/Transcendence:<account>?secret=...
    QString qrCodeDataUrl; // the URI as a PNG QR code, "data:image/png;base64,..."

    static TotpEnrollment create(const QString &accountName);
};

} // namespace transcendence::server::twofactor
