#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace transcendence::server::twofactor::base32 {

// RFC 4648 base32 (alphabet A-Z 2-7), the form authenticator apps expect TOTP secrets in.

// Upper case, without '=' padding (otpauth URIs and people typing secrets do not want it).
QString encode(QByteArrayView bytes);

// Accepts what a person may paste or type: any case, '=' padding at the end, spaces, tabs and
// line breaks anywhere. Anything else (other characters, '=' in the middle, an impossible
// length, non-zero bits left over after the last byte) is refused with std::nullopt rather
// than guessed at.
std::optional<QByteArray> decode(QStringView text);

} // namespace transcendence::server::twofactor::base32
