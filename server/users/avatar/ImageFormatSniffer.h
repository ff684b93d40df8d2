#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSize>

#include <optional>

namespace transcendence::server::avatar {

// What the first bytes of a file say it is. Only the content counts: never a file name or a
// client's Content-Type.
struct SniffedFormat {
    enum class Kind {
        Accepted, // png, jpeg or webp: the formats avatars may be uploaded in
        Refused,  // a recognised image format we do not accept (gif, bmp, tiff, svg, heif, ...)
        Unknown,  // not a format we recognise: treat as "not an image"
    };
    Kind kind = Kind::Unknown;
    QByteArray name; // Qt's format name ("png", "jpeg", "webp") or a descriptive one ("gif")
};

SniffedFormat sniffImageFormat(QByteArrayView content);

// The canvas an extended WebP (VP8X chunk: animation, alpha, metadata) declares, up to 2^24 a
// side; nullopt for simple WebP files, whose size is in the bitstream header. Qt 6.4 allocates
// the canvas of an animation while merely reading its size, so this is checked before Qt.
std::optional<QSize> webpCanvasSize(QByteArrayView content);

} // namespace transcendence::server::avatar
