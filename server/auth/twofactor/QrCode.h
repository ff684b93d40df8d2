#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace transcendence::server::twofactor::qrcode {

// QR codes for authenticator apps to scan (the otpauth:// URI), drawn by libqrencode and
// written by QImage: no display or GUI application needed.
//
// Error correction level M (15 %), a quiet zone of 4 white modules on each side (the minimum
// ISO/IEC 18004 requires), black modules on white, each module an equal square of pixels,
// scaled so the image is at least kMinimumSidePixels wide.

inline constexpr int kQuietZoneModules = 4;
inline constexpr int kMinimumSidePixels = 256;

// The symbol for text's UTF-8 bytes as a square 8-bit grayscale image (0 black, 255 white).
// Null when text cannot be encoded (longer than a QR code holds, or contains U+0000).
QImage render(const QString &text);

// render() written as PNG; empty when render() fails.
QByteArray png(const QString &text);

// "data:image/png;base64,..." for an API answer or an <img src>; empty when render() fails.
QString pngDataUrl(const QString &text);

} // namespace transcendence::server::twofactor::qrcode
