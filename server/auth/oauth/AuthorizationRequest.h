#pragma once

#include "auth/oauth/OAuthFlowState.h"
#include "auth/oauth/OAuthProviderConfig.h"
#include "auth/oauth/OAuthResult.h"
#include "auth/oauth/PendingAuthorizationStore.h"

#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>

#include <variant>

namespace transcendence::server::oauth {

// The provider's authorize URL with response_type=code, client_id, redirect_uri, scope, state,
// code_challenge and code_challenge_method=S256 (query items already in authorizeUrl are kept,
// except these, which it cannot override).
QUrl authorizationUrl(const OAuthProviderConfig &config, const QByteArray &state,
                      const QByteArray &codeChallenge, const QUrl &redirectUri);

// Step 1, GET /.../start: records a new flow in the store and says where to send the browser.
// The caller sets browserBinding as a cookie and answers 302 to url.
struct AuthorizationStart {
    QUrl url;
    QByteArray state;
    QByteArray browserBinding;
};
// `app`: a native app's sign-in (AppRedirect.h), recorded in the flow.
AuthorizationStart beginAuthorization(const OAuthProviderConfig &config,
                                      PendingAuthorizationStore &store, const QUrl &redirectUri,
                                      OAuthFlowPurpose purpose, qint64 linkUserId,
                                      const QString &returnPath,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                      const std::optional<AppRedirect> &app = std::nullopt);

// Step 2, GET /.../callback?code=..&state=.. (or ?error=..&state=..): takes the flow out of the
// store (so a replayed callback finds nothing) and checks it was started by this browser for
// this provider. Errors: state_mismatch, provider_error, invalid_provider_response. On success
// the caller exchanges `code` with OAuthClient, using flow.codeVerifier.
struct AuthorizationCallback {
    OAuthFlowState flow;
    QString code; // never log it
};
// When the state was good but the provider sent an error (or no code), *takenFlow (if given)
// receives the flow, so a native app's sign-in can hand the error back to the app.
std::variant<AuthorizationCallback, OAuthError>
completeAuthorizationCallback(const QString &providerId, const QUrlQuery &callbackQuery,
                              const QByteArray &browserBinding, PendingAuthorizationStore &store,
                              OAuthFlowState *takenFlow = nullptr);

} // namespace transcendence::server::oauth
