#pragma once

#include "auth/oauth/AppRedirect.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace transcendence::server::oauth {

enum class OAuthFlowPurpose {
    SignIn,      // sign in, or create an account on first sign-in
    LinkAccount, // attach the provider account to the already signed-in user linkUserId
};

// The server-side record of a sign-in that went to the provider and has not come back yet.
// Kept in a PendingAuthorizationStore under `state`; used at most once.
struct OAuthFlowState {
    static constexpr std::chrono::minutes kLifetime{10};

    QByteArray state;        // 256 random bits, base64url: the OAuth "state" parameter
    QByteArray codeVerifier; // PKCE verifier; never leaves the server
    QString providerId;
    OAuthFlowPurpose purpose = OAuthFlowPurpose::SignIn;
    qint64 linkUserId = 0; // LinkAccount only; the callback must check it is still who is signed in
    QString returnPath = QStringLiteral("/"); // always a safe same-origin path (ReturnPath.h)
    // SHA-256 of a random value kept in the starting browser's cookie: the callback must come
    // from that browser, or an attacker could sign a victim into the attacker's account.
    QByteArray browserBindingHash;
    QDateTime createdAt; // UTC
    // A native app's sign-in: the browser goes back to the app's loopback address, not to
    // returnPath, and the session is only issued when the app exchanges the code.
    std::optional<AppRedirect> app;

    bool isExpiredAt(const QDateTime &now) const;
    // Constant-time comparison of the cookie value against browserBindingHash.
    bool isBoundTo(const QByteArray &browserBinding) const;
};

// A new flow and the value for the browser-binding cookie (HttpOnly, Secure, SameSite=Lax, path
// of the callback, max-age = kLifetime). An unsafe returnPath becomes "/".
struct StartedOAuthFlow {
    OAuthFlowState flow;
    QByteArray browserBinding;
};
StartedOAuthFlow startOAuthFlow(const QString &providerId, OAuthFlowPurpose purpose,
                                qint64 linkUserId, const QString &returnPath, const QDateTime &now);

} // namespace transcendence::server::oauth
