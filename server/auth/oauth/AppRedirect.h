#pragma once

#include "auth/oauth/OAuthResult.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <variant>

namespace transcendence::server::oauth {

// A sign-in started by a native app (RFC 8252, "OAuth 2.0 for Native Apps"): the app listens on
// a loopback port, opens GET /api/auth/oauth/{id}/start?redirect_uri=&code_challenge=
// &code_challenge_method=S256&state= in the system browser, and, once the provider sent the
// browser back to the server, gets it back on its loopback address with a one-time code (or an
// error), which it exchanges with its PKCE verifier at POST /api/auth/oauth/app-token.
struct AppRedirect {
    QUrl redirectUri;         // http://127.0.0.1:<port>/<path> or http://[::1]:<port>/<path>
    QByteArray codeChallenge; // S256 of the app's verifier
    QString state;            // the app's own, echoed back so it can match the answer

    // The redirect URI with code and state (success) or error, error_description and state.
    QUrl withCode(const QByteArray &code) const;
    QUrl withError(const QString &code, const QString &description) const;
};

// Only loopback IP literals over http with an explicit port (RFC 8252 section 7.3: "localhost"
// could be resolved elsewhere), no user info, query or fragment.
bool isLoopbackRedirectUri(const QUrl &uri);

// The app request in a start query: std::monostate when there is none (a browser sign-in), the
// checked request, or an error (invalid_request) saying what is wrong.
std::variant<std::monostate, AppRedirect, OAuthError> appRedirectFrom(const QUrlQuery &query);

namespace oauth_errors {
inline constexpr const char *kInvalidRequest = "invalid_request";
// The one-time code is unknown, used, expired, or the verifier or redirect URI do not match.
inline constexpr const char *kInvalidGrant = "invalid_grant";
} // namespace oauth_errors

} // namespace transcendence::server::oauth
