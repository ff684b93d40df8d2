#pragma once

#include <QByteArray>

namespace transcendence::server::oauth {

// `byteCount` bytes from the operating system's CSPRNG (QRandomGenerator::system()), as
// base64url without padding: only unreserved URL characters, safe in queries and cookies.
QByteArray urlSafeRandom(int byteCount);

// base64url without padding (RFC 4648 section 5), as PKCE and OAuth state values use it.
QByteArray toBase64Url(const QByteArray &bytes);

} // namespace transcendence::server::oauth
