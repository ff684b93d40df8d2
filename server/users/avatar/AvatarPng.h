#pragma once

#include <QByteArray>
#include <QImage>

namespace transcendence::server::avatar {

// The avatar as stored and served: 8-bit RGB (or RGBA when some pixel is not opaque) PNG with
// no metadata at all, the same bytes for the same pixels. Empty if encoding failed.
QByteArray encodeAvatarPng(const QImage &image);

// The strong ETag header value for stored avatar bytes: the quoted hex SHA-256 of the bytes.
QByteArray avatarEtag(const QByteArray &png);

} // namespace transcendence::server::avatar
