#pragma once

#include "users/avatar/AvatarError.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QImage>

#include <variant>

namespace transcendence::server::avatar {

struct AvatarLimits {
    qsizetype maxUploadBytes = 2 * 1024 * 1024; // 2 MiB, checked before anything is decoded
    int maxSide = 8192;                         // width or height declared by the header
    qint64 maxPixels = 4096LL * 4096;           // 16.8 Mpx: 64 MiB as 32-bit pixels
    int outputSize = 256;                       // the stored avatar is outputSize × outputSize
};

struct ProcessedAvatar {
    QByteArray png;  // square PNG, no metadata; the same bytes for the same upload
    QByteArray etag; // strong ETag header value (quoted hex SHA-256 of png)
    int size = 0;    // edge in pixels (the image is size × size)
};

// Which of the upload formats this Qt installation can decode (WebP needs Debian's
// qt6-image-formats-plugins). Log it at start-up; missing formats are refused as unsupported.
struct AvatarFormatSupport {
    QByteArrayList available; // subset of {"png", "jpeg", "webp"}
    QByteArrayList missing;
    bool complete() const { return missing.isEmpty(); }
};

// Checks an uploaded avatar and re-encodes it: PNG, JPEG or WebP (told apart by content only),
// at most 2 MiB, header dimensions checked before any pixel is decoded (decompression bombs),
// first frame of animations, EXIF orientation applied, centre-cropped to a square, scaled to
// 256 × 256 and written as a PNG without metadata.
//
// CPU-heavy (tens of ms for a large photo: see bench/README.md): call it on a worker thread,
// never on the server's event loop. process() is thread-safe; one processor may be shared.
class AvatarProcessor {
public:
    explicit AvatarProcessor(AvatarLimits limits = {});

    std::variant<ProcessedAvatar, AvatarError> process(const QByteArray &upload) const;

    const AvatarLimits &limits() const { return m_limits; }

    static QByteArrayList acceptedFormats() { return {"png", "jpeg", "webp"}; }
    static AvatarFormatSupport formatSupport();

    // QImageReader's process-wide allocation limit (MiB) that the first processor sets: room
    // for maxPixels at 8 bytes a pixel (16-bit PNGs decode to 64-bit pixels), nothing more.
    static int allocationLimitMiB(const AvatarLimits &limits);

private:
    // The upload decoded (sRGB, EXIF orientation applied), or why not.
    std::variant<QImage, AvatarError> decodeWithinLimits(const QByteArray &upload,
                                                         const QByteArray &format) const;
    bool exceedsLimits(QSize declared) const;
    AvatarError dimensionsTooLarge(QSize declared) const;

    AvatarLimits m_limits;
};

} // namespace transcendence::server::avatar
