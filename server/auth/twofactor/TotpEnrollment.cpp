#include "auth/twofactor/TotpEnrollment.h"

#include "auth/twofactor/Base32.h"
#include "auth/twofactor/OtpauthUri.h"
#include "auth/twofactor/QrCode.h"
#include "auth/twofactor/Totp.h"

namespace transcendence::server::twofactor {

TotpEnrollment TotpEnrollment::create(const QString &accountName)
{
    TotpEnrollment enrollment;
    enrollment.secret = totp::generateSecret();
    enrollment.secretBase32 = base32::encode(enrollment.secret);
    enrollment.otpauthUri = twofactor::otpauthUri(accountName, enrollment.secret);
    enrollment.qrCodeDataUrl = qrcode::pngDataUrl(enrollment.otpauthUri);
    return enrollment;
}

} // namespace transcendence::server::twofactor
