#include "users/avatar/ImageFormatSniffer.h"

#include <array>

namespace transcendence::server::avatar {

namespace {

bool startsWith(QByteArrayView content, QByteArrayView magic, qsizetype at = 0)
{
    return content.size() >= at + magic.size() && content.sliced(at, magic.size()) == magic;
}

quint32 littleEndian32(QByteArrayView bytes, qsizetype at)
{
    quint32 value = 0;
    for (int i = 3; i >= 0; --i) {
        value = (value << 8) | quint8(bytes[at + i]);
    }
    return value;
}

// "BM" alone is too weak (plenty of text starts with it): also require a known DIB header size.
bool isBmp(QByteArrayView content)
{
    if (!startsWith(content, "BM") || content.size() < 18) {
        return false;
    }
    constexpr std::array<quint32, 7> dibHeaderSizes = {12, 40, 52, 56, 64, 108, 124};
    const quint32 dibHeaderSize = littleEndian32(content, 14);
    for (quint32 size : dibHeaderSizes) {
        if (size == dibHeaderSize) {
            return true;
        }
    }
    return false;
}

// ISO base media files (HEIC, AVIF): "ftyp" at offset 4, then the major brand.
QByteArray isoMediaImageBrand(QByteArrayView content)
{
    if (!startsWith(content, "ftyp", 4) || content.size() < 12) {
        return {};
    }
    const QByteArrayView brand = content.sliced(8, 4);
    if (brand == "avif" || brand == "avis") {
        return "avif";
    }
    if (brand == "heic" || brand == "heix" || brand == "hevc" || brand == "heim" ||
        brand == "heis" || brand == "mif1" || brand == "msf1") {
        return "heif";
    }
    return {};
}

bool isSvg(QByteArrayView content)
{
    QByteArrayView head = content.first(qMin<qsizetype>(content.size(), 1024));
    if (startsWith(head, "\xEF\xBB\xBF")) {
        head = head.sliced(3);
    }
    head = head.trimmed();
    return (head.startsWith("<svg") || head.startsWith("<?xml")) &&
           QByteArray::fromRawData(head.data(), head.size()).contains("<svg");
}

quint32 littleEndian24(QByteArrayView bytes, qsizetype at)
{
    return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8 |
           quint32(quint8(bytes[at + 2])) << 16;
}

} // namespace

std::optional<QSize> webpCanvasSize(QByteArrayView content)
{
    // "RIFF" size "WEBP", then the first chunk: "VP8X", its size, flags (4 bytes), and the
    // canvas width - 1 and height - 1 as 24-bit little-endian numbers.
    constexpr qsizetype canvasAt = 24;
    if (!startsWith(content, "RIFF") || !startsWith(content, "WEBP", 8) ||
        !startsWith(content, "VP8X", 12) || content.size() < canvasAt + 6) {
        return std::nullopt;
    }
    return QSize(int(littleEndian24(content, canvasAt) + 1),
                 int(littleEndian24(content, canvasAt + 3) + 1));
}

SniffedFormat sniffImageFormat(QByteArrayView content)
{
    using Kind = SniffedFormat::Kind;
    if (startsWith(content, "\x89PNG\r\n\x1A\n")) {
        return {Kind::Accepted, "png"};
    }
    if (startsWith(content, "\xFF\xD8\xFF")) {
        return {Kind::Accepted, "jpeg"};
    }
    if (startsWith(content, "RIFF") && startsWith(content, "WEBP", 8)) {
        return {Kind::Accepted, "webp"};
    }

    if (startsWith(content, "GIF87a") || startsWith(content, "GIF89a")) {
        return {Kind::Refused, "gif"};
    }
    if (isBmp(content)) {
        return {Kind::Refused, "bmp"};
    }
    if (startsWith(content, QByteArrayView("II*\0", 4)) ||
        startsWith(content, QByteArrayView("MM\0*", 4))) {
        return {Kind::Refused, "tiff"};
    }
    if (startsWith(content, QByteArrayView("\0\0\1\0", 4)) ||
        startsWith(content, QByteArrayView("\0\0\2\0", 4))) {
        return {Kind::Refused, "ico"};
    }
    if (const QByteArray brand = isoMediaImageBrand(content); !brand.isEmpty()) {
        return {Kind::Refused, brand};
    }
    if (startsWith(content, "\xFF\x0A") ||
        startsWith(content, QByteArrayView("\0\0\0\x0CJXL \r\n\x87\n", 12))) {
        return {Kind::Refused, "jxl"};
    }
    if (startsWith(content, QByteArrayView("\0\0\0\x0CjP  \r\n\x87\n", 12))) {
        return {Kind::Refused, "jp2"};
    }
    if (startsWith(content, "\x8AMNG\r\n\x1A\n")) {
        return {Kind::Refused, "mng"};
    }
    if (startsWith(content, "8BPS")) {
        return {Kind::Refused, "psd"};
    }
    if (startsWith(content, "qoif")) {
        return {Kind::Refused, "qoi"};
    }
    if (startsWith(content, "icns")) {
        return {Kind::Refused, "icns"};
    }
    if (isSvg(content)) {
        return {Kind::Refused, "svg"};
    }
    return {Kind::Unknown, {}};
}

} // namespace transcendence::server::avatar
