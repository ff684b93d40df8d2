#pragma once

#include <QByteArray>

namespace transcendence::server::oauth {

// Proof Key for Code Exchange (RFC 7636) with the S256 method only: "plain" would hand the
// verifier to anyone who sees the authorization request.
namespace pkce {

inline constexpr int kMinVerifierLength = 43;
inline constexpr int kMaxVerifierLength = 128;

// 64 characters of base64url (48 random bytes, 384 bits) from QRandomGenerator::system().
QByteArray generateVerifier();

// 43..128 characters of ALPHA / DIGIT / "-" / "." / "_" / "~" (RFC 7636 section 4.1).
bool isValidVerifier(const QByteArray &verifier);

// BASE64URL(SHA256(ASCII(code_verifier))) without padding (RFC 7636 section 4.2).
QByteArray challengeS256(const QByteArray &verifier);

} // namespace pkce
} // namespace transcendence::server::oauth
