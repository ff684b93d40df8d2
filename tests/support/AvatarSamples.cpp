#include "AvatarSamples.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QtEndian>

#include <array>
#include <cstdlib>

namespace avatar_samples {

namespace {

quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> entries{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            }
            entries[n] = c;
        }
        return entries;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (char byte : bytes) {
        crc = table[(crc ^ quint8(byte)) & 0xFFU] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFU;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

void putBigEndian16(QByteArray &bytes, qsizetype at, quint16 value)
{
    bytes[at] = char(value >> 8);
    bytes[at + 1] = char(value & 0xFF);
}

} // namespace

QImage quadrants(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    const int halfWidth = width / 2;
    const int halfHeight = height / 2;
    QPainter painter(&image);
    painter.fillRect(0, 0, halfWidth, halfHeight, Qt::red);
    painter.fillRect(halfWidth, 0, width - halfWidth, halfHeight, Qt::green);
    painter.fillRect(0, halfHeight, halfWidth, height - halfHeight, Qt::blue);
    painter.fillRect(halfWidth, halfHeight, width - halfWidth, height - halfHeight, Qt::white);
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image)) {
        qFatal("cannot write %s: %s", format, qPrintable(writer.errorString()));
    }
    return bytes;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return bigEndian32(quint32(data.size())) + type + data + bigEndian32(crc32(type + data));
}

QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray header = bigEndian32(width) + bigEndian32(height);
    header += QByteArray("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, deflate, no filter, no interlace
    // qCompress prefixes the zlib stream with its own 4-byte length.
    const QByteArray zlibStream = qCompress(QByteArray(64 * 1024, '\0'), 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1A\n") + pngChunk("IHDR", header) +
           pngChunk("IDAT", zlibStream) + pngChunk("IEND", {});
}

QByteArray jpegDeclaring(const QByteArray &jpeg, quint16 width, quint16 height)
{
    QByteArray forged = jpeg;
    qsizetype at = 2;
    while (at + 4 <= forged.size() && quint8(forged[at]) == 0xFF) {
        const quint8 marker = quint8(forged[at + 1]);
        const qsizetype length = (quint8(forged[at + 2]) << 8) | quint8(forged[at + 3]);
        const bool frameHeader =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frameHeader) {
            putBigEndian16(forged, at + 5, height);
            putBigEndian16(forged, at + 7, width);
            return forged;
        }
        at += 2 + length;
    }
    qFatal("no JPEG frame header found");
}

QByteArray webpDeclaring(const QByteArray &webp, quint16 width, quint16 height)
{
    QByteArray forged = webp;
    const qsizetype chunk = forged.indexOf("VP8 ");
    if (chunk < 0 || forged.mid(chunk + 8 + 3, 3) != QByteArray("\x9D\x01\x2A")) {
        qFatal("not a lossy WebP");
    }
    // 14 bits of size, 2 bits of upscaling hint, little endian.
    const qsizetype sizes = chunk + 8 + 6;
    forged[sizes] = char(width & 0xFF);
    forged[sizes + 1] = char((width >> 8) & 0x3F);
    forged[sizes + 2] = char(height & 0xFF);
    forged[sizes + 3] = char((height >> 8) & 0x3F);
    return forged;
}

namespace {

QByteArray littleEndian24(quint32 value)
{
    QByteArray bytes(3, '\0');
    bytes[0] = char(value & 0xFF);
    bytes[1] = char((value >> 8) & 0xFF);
    bytes[2] = char((value >> 16) & 0xFF);
    return bytes;
}

QByteArray riffChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray size(4, '\0');
    qToLittleEndian(quint32(data.size()), size.data());
    QByteArray chunk = type + size + data;
    if (data.size() % 2) {
        chunk += '\0';
    }
    return chunk;
}

} // namespace

QByteArray animatedWebp(const QList<QImage> &frames, QSize canvas)
{
    // VP8X: flags (animation), 3 reserved bytes, canvas width - 1 and height - 1 (24 bits).
    QByteArray vp8x(1, char(0x02));
    vp8x += QByteArray(3, '\0') + littleEndian24(quint32(canvas.width() - 1)) +
            littleEndian24(quint32(canvas.height() - 1));
    QByteArray body = "WEBP" + riffChunk("VP8X", vp8x);
    body += riffChunk("ANIM", QByteArray(6, '\0')); // transparent background, loop forever
    for (const QImage &frame : frames) {
        // A lossless still WebP's "VP8L" chunk is a valid frame bitstream.
        const QByteArray still = encode(frame, "webp", 100);
        const qsizetype bitstream = still.indexOf("VP8L");
        if (bitstream < 0) {
            qFatal("Qt did not write a lossless WebP");
        }
        QByteArray anmf =
            littleEndian24(0) + littleEndian24(0) + littleEndian24(quint32(frame.width() - 1)) +
            littleEndian24(quint32(frame.height() - 1)) + littleEndian24(100) + char(0);
        anmf += still.mid(bitstream);
        body += riffChunk("ANMF", anmf);
    }
    QByteArray size(4, '\0');
    qToLittleEndian(quint32(body.size()), size.data());
    return "RIFF" + size + body;
}

QByteArray jpegWithExifOrientation(const QByteArray &jpeg, quint16 orientation)
{
    // TIFF header (big endian), IFD0 with one entry: Orientation (0x0112), SHORT, count 1.
    QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08", 8);
    tiff += QByteArray("\x00\x01", 2);
    tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8);
    tiff += char(orientation >> 8);
    tiff += char(orientation & 0xFF);
    tiff += QByteArray(2, '\0'); // value padding
    tiff += QByteArray(4, '\0'); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1");
    const quint16 length = quint16(payload.size() + 2);
    segment += char(length >> 8);
    segment += char(length & 0xFF);
    segment += payload;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

QByteArray tinyGif()
{
    return QByteArray::fromHex("47494638396101000100800000000000ffffff21f90401000000002c00000000"
                               "010001000002024401003b");
}

QImage decode(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.read();
}

int pngColourType(const QByteArray &png)
{
    // Signature (8), IHDR length and type (8), width and height (8), bit depth (1).
    return png.size() > 25 ? quint8(png[25]) : -1;
}

bool similar(QRgb actual, QColor expected, int tolerance)
{
    return std::abs(qRed(actual) - expected.red()) <= tolerance &&
           std::abs(qGreen(actual) - expected.green()) <= tolerance &&
           std::abs(qBlue(actual) - expected.blue()) <= tolerance;
}

} // namespace avatar_samples
