#pragma once

#include "auth/AccessToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <variant>

namespace transcendence::server {

// AccessTokenCodec::verify for the event loop, remembering tokens it accepted: a client sends
// the same token with every request for up to 15 minutes, and decoding it and recomputing its
// HMAC was a sixth of the CPU of GET /api/users/me. A remembered token is the exact bytes of one
// that passed every check; the only check that can change with time, expiry, runs on every use,
// so the answer is the codec's. Refused tokens are never remembered. At most 2 x capacity
// tokens: when the current generation is full it becomes the previous one (the older one is
// dropped), and a token found in the previous generation moves back into the current one.
// One thread only (the event loop's RequestAuthenticator).
class VerifiedTokenCache {
public:
    explicit VerifiedTokenCache(const AccessTokenCodec &codec, qsizetype capacity = 4096);

    std::variant<AccessClaims, QString> verify(const QByteArray &token, const QDateTime &now);

private:
    const AccessTokenCodec &m_codec;
    qsizetype m_capacity;
    QHash<QByteArray, AccessClaims> m_current;
    QHash<QByteArray, AccessClaims> m_previous;
};

} // namespace transcendence::server
