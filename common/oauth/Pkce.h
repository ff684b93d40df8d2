#pragma once

#include <QByteArray>

namespace transcendence::oauth {

// Proof Key for Code Exchange (RFC 7636) with the S256 method only: "plain" would hand the
// verifier to anyone who sees the authorization request. Shared by the server (towards the
// provider) and the app (towards the server, RFC 8252).
namespace pkce {

inline constexpr int kMinVerifierLength = 43;
inline constexpr int kMaxVerifierLength = 128;
inline constexpr int kChallengeLength = 43; // base64url of 32 bytes, unpadded

// 64 characters of base64url (48 random bytes, 384 bits) from QRandomGenerator::system().
QByteArray generateVerifier();

// 43..128 characters of ALPHA / DIGIT / "-" / "." / "_" / "~" (RFC 7636 section 4.1).
bool isValidVerifier(const QByteArray &verifier);

// BASE64URL(SHA256(ASCII(code_verifier))) without padding (RFC 7636 section 4.2).
QByteArray challengeS256(const QByteArray &verifier);

// Whether the verifier hashes to the challenge, compared in constant time.
bool verifierMatches(const QByteArray &verifier, const QByteArray &challenge);

} // namespace pkce
} // namespace transcendence::oauth
