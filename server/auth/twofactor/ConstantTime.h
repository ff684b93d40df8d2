#pragma once

#include <QByteArrayView>

namespace transcendence::server::twofactor {

// Compares two secrets in time that depends only on their lengths, never on where they first
// differ, so an attacker cannot learn a code or a hash byte by byte from response times.
// Lengths are not secret here (codes and hashes have fixed, public lengths).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b) noexcept;

} // namespace transcendence::server::twofactor
