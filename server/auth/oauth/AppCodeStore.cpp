#include "auth/oauth/AppCodeStore.h"

#include "auth/oauth/Pkce.h"
#include "auth/oauth/UrlSafeRandom.h"

#include <QCryptographicHash>

#include <algorithm>

namespace transcendence::server::oauth {
namespace {

constexpr int kCodeRandomBytes = 32;
constexpr qsizetype kMaxCodeLength = 128;

QByteArray hashOf(const QByteArray &code)
{
    return QCryptographicHash::hash(code, QCryptographicHash::Sha256);
}

OAuthError invalidGrant()
{
    return {QString::fromLatin1(oauth_errors::kInvalidGrant),
            QStringLiteral("This sign-in code is unknown, already used or expired, or was "
                           "issued to another request. Sign in again.")};
}

} // namespace

AppCodeStore::AppCodeStore(qsizetype capacity, Clock clock)
    : m_capacity(std::max<qsizetype>(1, capacity))
    , m_clock(std::move(clock))
{}

QDateTime AppCodeStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void AppCodeStore::removeExpired()
{
    const QDateTime current = now();
    while (!m_insertionOrder.empty()) {
        const auto found = m_codes.constFind(m_insertionOrder.front());
        if (found != m_codes.cend() && found->expiresAt > current) {
            break;
        }
        if (found != m_codes.cend()) {
            m_codes.erase(found);
        }
        m_insertionOrder.pop_front();
    }
}

QByteArray AppCodeStore::issue(qint64 userId, const AppRedirect &redirect)
{
    removeExpired();
    while (m_codes.size() >= m_capacity && !m_insertionOrder.empty()) {
        m_codes.remove(m_insertionOrder.front());
        m_insertionOrder.pop_front();
    }
    const QByteArray code = urlSafeRandom(kCodeRandomBytes);
    const QByteArray key = hashOf(code);
    m_codes.insert(key, Issued{userId, redirect.codeChallenge, redirect.redirectUri,
                               now().addSecs(kLifetime.count())});
    m_insertionOrder.push_back(key);
    return code;
}

std::variant<qint64, OAuthError> AppCodeStore::redeem(const QByteArray &code,
                                                      const QByteArray &codeVerifier,
                                                      const QUrl &redirectUri)
{
    if (code.isEmpty() || code.size() > kMaxCodeLength) {
        return invalidGrant();
    }
    // Taken before any other check: whatever happens next, this code is spent.
    const auto found = m_codes.constFind(hashOf(code));
    if (found == m_codes.cend()) {
        return invalidGrant();
    }
    const Issued issued = *found;
    m_codes.erase(found);
    if (issued.expiresAt <= now() || issued.redirectUri != redirectUri ||
        !pkce::verifierMatches(codeVerifier, issued.codeChallenge)) {
        return invalidGrant();
    }
    return issued.userId;
}

} // namespace transcendence::server::oauth
