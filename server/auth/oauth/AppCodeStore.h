#pragma once

#include "auth/oauth/AppRedirect.h"

#include <QDateTime>
#include <QHash>

#include <chrono>
#include <deque>
#include <functional>
#include <variant>

namespace transcendence::server::oauth {

// The one-time codes a native app's sign-in ends with (AppRedirect.h), until the app exchanges
// one for its tokens. Only the SHA-256 of a code is kept; a code lives kLifetime, works once
// (a failed exchange spends it too, so a verifier cannot be guessed), and only with the verifier
// of the challenge the app started with and the same redirect URI. Bounded: past `capacity` the
// oldest codes go. In memory, like the pending flows: the exchange must reach the instance that
// ran the callback. Used from one thread.
class AppCodeStore {
public:
    static constexpr std::chrono::seconds kLifetime{60};
    static constexpr qsizetype kDefaultCapacity = 10'000;
    using Clock = std::function<QDateTime()>;

    explicit AppCodeStore(qsizetype capacity = kDefaultCapacity, Clock clock = {});

    // A new code (256 random bits, base64url) for the user's sign-in through `redirect`.
    QByteArray issue(qint64 userId, const AppRedirect &redirect);
    // The user the code was issued for, or invalid_grant (unknown, used, expired, wrong verifier
    // or redirect URI: the same answer for all).
    std::variant<qint64, OAuthError> redeem(const QByteArray &code, const QByteArray &codeVerifier,
                                            const QUrl &redirectUri);

    qsizetype size() const { return m_codes.size(); }

private:
    struct Issued {
        qint64 userId = 0;
        QByteArray codeChallenge;
        QUrl redirectUri;
        QDateTime expiresAt;
    };
    QDateTime now() const;
    void removeExpired();

    qsizetype m_capacity;
    Clock m_clock;
    QHash<QByteArray, Issued> m_codes;       // by SHA-256 of the code
    std::deque<QByteArray> m_insertionOrder; // may hold hashes already redeemed
};

} // namespace transcendence::server::oauth
