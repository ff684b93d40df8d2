#pragma once

#include "auth/RateLimiter.h"
#include "auth/SessionStore.h"
#include "auth/oauth/OAuthClient.h"
#include "auth/oauth/OAuthFlowState.h"
#include "auth/oauth/OAuthProviderConfig.h"
#include "http/DeferredReply.h"

#include <QObject>

namespace transcendence::server {

class AuthRoutes;
class DatabaseWorkers;
class Router;
struct RouteCall;

// Sign-in with OAuth 2.0 / OIDC providers (42 intra and any configured the same way):
//   GET  /api/auth/oauth/providers              the configured providers (for sign-in buttons)
//   GET  /api/auth/oauth/{id}/start?returnTo=   redirects the browser to the provider
//        ...start?redirect_uri=&code_challenge=&code_challenge_method=S256&state=
//                                               the same for a native app (RFC 8252): the
//                                               browser ends on the app's loopback address
//   GET  /api/auth/oauth/{id}/callback          the provider's redirect back: signs in (cookie),
//                                               or sends the app a one-time code
//   POST /api/auth/oauth/app-token              the app's code + PKCE verifier -> app tokens
//   POST /api/auth/oauth/{id}/link              (signed in) a URL to send the browser to
//   DELETE /api/auth/oauth/{id}/link            (signed in) unlink
//   GET  /api/auth/oauth/links                  (signed in) linked providers
// Failures end on a plain error page (4xx), never a 5xx.
class OAuthRoutes : public QObject {
    Q_OBJECT
public:
    OAuthRoutes(oauth::OAuthProvidersConfig providers, QString publicUrl, DatabaseWorkers &workers,
                const AuthRoutes &auth, QObject *parent = nullptr);

    void registerRoutes(Router &router);

    static constexpr const char *kBindingCookie = "tr_oauth";

private:
    void handleProviders(const RouteCall &call);
    void handleStart(const RouteCall &call);
    void handleCallback(const RouteCall &call);
    void finishCallback(const QString &providerId, const QUrlQuery &query,
                        const QByteArray &binding, std::optional<oauth::OAuthFlowState> flow,
                        const SessionOrigin &origin, const DeferredReplyPtr &reply);
    void handleLink(const RouteCall &call);
    void handleLinks(const RouteCall &call);
    void handleAppToken(const RouteCall &call);
    // The provider a path names; false after answering 404 when none has that id.
    bool knownProvider(const RouteCall &call) const;
    // A native app's sign-in ends on its loopback address: with a one-time code, or an error.
    void finishAppSignIn(const oauth::OAuthFlowState &flow, const oauth::ProviderIdentity &identity,
                         const DeferredReplyPtr &reply);
    void finishSignIn(const oauth::OAuthFlowState &flow, const oauth::ProviderIdentity &identity,
                      const SessionOrigin &origin, const DeferredReplyPtr &reply);

    QUrl redirectUri(const QString &providerId) const;
    // Records a new flow (PostgreSQL) and answers with the provider's URL: a redirect, or
    // {"url"} when asJson.
    void startFlow(const DeferredReplyPtr &reply, const oauth::OAuthProviderConfig &config,
                   oauth::OAuthFlowPurpose purpose, qint64 linkUserId, const QString &returnPath,
                   bool asJson, const std::optional<oauth::AppRedirect> &app = {});

    oauth::OAuthProvidersConfig m_providers;
    QString m_publicUrl;
    DatabaseWorkers &m_workers;
    const AuthRoutes &m_auth; // sessionResponse: the app's tokens
    // Pending flows (auth/OAuthFlowStore.h) and apps' one-time codes (auth/OAuthAppCodeStore.h)
    // are in PostgreSQL: any instance finishes a flow or takes a code.
    RateLimiter m_limits; // flows started per client address
    oauth::OAuthClient m_client;
};

} // namespace transcendence::server
