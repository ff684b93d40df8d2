#include "auth/VerifiedTokenCache.h"

namespace transcendence::server {

VerifiedTokenCache::VerifiedTokenCache(const AccessTokenCodec &codec, qsizetype capacity)
    : m_codec(codec)
    , m_capacity(qMax<qsizetype>(1, capacity))
{}

std::variant<AccessClaims, QString> VerifiedTokenCache::verify(const QByteArray &token,
                                                               const QDateTime &now)
{
    auto found = m_current.constFind(token);
    bool remembered = found != m_current.cend();
    AccessClaims claims;
    if (remembered) {
        claims = *found;
    } else if (auto old = m_previous.constFind(token); old != m_previous.cend()) {
        claims = *old;
        remembered = true;
        m_previous.erase(old);
    }
    if (remembered) {
        // As AccessTokenCodec::verify decides it.
        if (now.toSecsSinceEpoch() >=
            claims.expiresAt.toSecsSinceEpoch() + AccessTokenCodec::kClockSkewSeconds) {
            m_current.remove(token);
            return QStringLiteral("expired");
        }
        if (found == m_current.cend()) {
            if (m_current.size() >= m_capacity) {
                m_previous = std::exchange(m_current, {});
            }
            m_current.insert(token, claims);
        }
        return claims;
    }
    auto verified = m_codec.verify(token, now);
    if (const auto *accepted = std::get_if<AccessClaims>(&verified)) {
        if (m_current.size() >= m_capacity) {
            m_previous = std::exchange(m_current, {});
        }
        m_current.insert(token, *accepted);
    }
    return verified;
}

} // namespace transcendence::server
