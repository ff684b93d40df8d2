#pragma once

#include <QHttpServerResponder>
#include <QString>

namespace transcendence::server::avatar {

// Why an upload was refused. Each has a stable snake_case name for the API's error shape.
enum class AvatarErrorCode {
    TooLarge,           // avatar_too_large: more bytes than the limit (checked before decoding)
    NotAnImage,         // avatar_not_an_image: the content is not a recognisable image
    UnsupportedFormat,  // avatar_unsupported_format: an image, but not PNG, JPEG or WebP
    DimensionsTooLarge, // avatar_dimensions_too_large: header declares too many pixels
    Corrupt,            // avatar_corrupt: right format, but it does not decode
    EncodingFailed,     // avatar_encoding_failed: our own PNG encoding failed (a server fault)
};

struct AvatarError {
    AvatarErrorCode code;
    QString message; // English, for the API's "message"

    // "avatar_too_large", ...: the API's error code.
    QString codeName() const;
    // A suggested HTTP status: 413, 415, 422, or 500 for EncodingFailed.
    QHttpServerResponder::StatusCode httpStatus() const;
};

QString avatarErrorCodeName(AvatarErrorCode code);

} // namespace transcendence::server::avatar
