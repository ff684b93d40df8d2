#include "auth/twofactor/QrCode.h"

#include <QBuffer>
#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace transcendence::server::twofactor::qrcode {

namespace {

struct QrcodeDeleter {
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrcodePointer = std::unique_ptr<QRcode, QrcodeDeleter>;

constexpr uchar kBlack = 0;
constexpr uchar kWhite = 255;

} // namespace

QImage render(const QString &text)
{
    if (text.contains(QChar(u'\0'))) {
        return {}; // libqrencode takes a NUL-terminated string
    }
    const QByteArray utf8 = text.toUtf8();
    // Version 0: the smallest that fits. Case-sensitive 8-bit mode, with numeric and
    // alphanumeric runs packed tighter where that makes the symbol smaller.
    const QrcodePointer symbol(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!symbol) {
        return {};
    }
    const int modules = symbol->width + 2 * kQuietZoneModules;
    const int scale = (kMinimumSidePixels + modules - 1) / modules;
    const int side = modules * scale;

    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull()) {
        return {};
    }
    image.fill(kWhite);
    for (int row = 0; row < symbol->width; ++row) {
        for (int column = 0; column < symbol->width; ++column) {
            // Bit 0 of each byte: 1 = dark module; the other bits describe its role.
            if ((symbol->data[row * symbol->width + column] & 0x01) == 0) {
                continue;
            }
            const int left = (kQuietZoneModules + column) * scale;
            const int top = (kQuietZoneModules + row) * scale;
            for (int y = top; y < top + scale; ++y) {
                std::fill_n(image.scanLine(y) + left, scale, kBlack);
            }
        }
    }
    return image;
}

QByteArray png(const QString &text)
{
    const QImage image = render(text);
    if (image.isNull()) {
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        return {};
    }
    return bytes;
}

QString pngDataUrl(const QString &text)
{
    const QByteArray bytes = png(text);
    if (bytes.isEmpty()) {
        return {};
    }
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

} // namespace transcendence::server::twofactor::qrcode
