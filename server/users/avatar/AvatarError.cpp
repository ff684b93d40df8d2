#include "users/avatar/AvatarError.h"

namespace transcendence::server::avatar {

QString avatarErrorCodeName(AvatarErrorCode code)
{
    switch (code) {
    case AvatarErrorCode::TooLarge:
        return QStringLiteral("avatar_too_large");
    case AvatarErrorCode::NotAnImage:
        return QStringLiteral("avatar_not_an_image");
    case AvatarErrorCode::UnsupportedFormat:
        return QStringLiteral("avatar_unsupported_format");
    case AvatarErrorCode::DimensionsTooLarge:
        return QStringLiteral("avatar_dimensions_too_large");
    case AvatarErrorCode::Corrupt:
        return QStringLiteral("avatar_corrupt");
    case AvatarErrorCode::EncodingFailed:
        return QStringLiteral("avatar_encoding_failed");
    }
    Q_UNREACHABLE();
}

QString AvatarError::codeName() const
{
    return avatarErrorCodeName(code);
}

QHttpServerResponder::StatusCode AvatarError::httpStatus() const
{
    using Status = QHttpServerResponder::StatusCode;
    switch (code) {
    case AvatarErrorCode::TooLarge:
        return Status::PayloadTooLarge;
    case AvatarErrorCode::NotAnImage:
    case AvatarErrorCode::UnsupportedFormat:
        return Status::UnsupportedMediaType;
    case AvatarErrorCode::DimensionsTooLarge:
    case AvatarErrorCode::Corrupt:
        return Status::UnprocessableEntity;
    case AvatarErrorCode::EncodingFailed:
        return Status::InternalServerError;
    }
    Q_UNREACHABLE();
}

} // namespace transcendence::server::avatar
