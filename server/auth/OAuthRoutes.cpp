#include "auth/OAuthRoutes.h"

#include "auth/AccountStore.h"
#include "auth/AuthRoutes.h"
#include "auth/OAuthAppCodeStore.h"
#include "auth/OAuthFlowStore.h"
#include "auth/OAuthIdentityStore.h"
#include "auth/TwoFactorStore.h"
#include "auth/oauth/AuthorizationRequest.h"
#include "auth/oauth/ReturnPath.h"
#include "db/DatabaseWorkers.h"
#include "http/Cookies.h"
#include "http/JsonBody.h"
#include "http/Router.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr const char *kBindingCookiePath = "/api/auth/oauth";
constexpr int kBindingCookieSeconds = 600;
// Sign-ins (and links) a client address may start: a person needs a handful, a retry or two.
constexpr RateLimiter::Rule kStartsPerAddress{30, 600};

// Where a browser sign-in that failed ends: a small page in plain HTML (no script, so the CSP
// holds), saying what happened and how to go on.
QHttpServerResponse errorPage(Status status, const QString &code, const QString &message)
{
    const QString html =
        QStringLiteral("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>Sign-in failed - Transcendence</title></head>\n<body><main>"
                       "<h1>Sign-in did not complete</h1><p>%1</p><p>(error: <code>%2</code>)</p>"
                       "<p><a href=\"/\">Back to Transcendence</a></p></main></body></html>\n")
            .arg(message.toHtmlEscaped(), code.toHtmlEscaped());
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(),
                                 status);
    response.setHeader("Set-Cookie",
                       setCookie(OAuthRoutes::kBindingCookie, "", kBindingCookiePath, 0, "Lax"));
    return response;
}

QHttpServerResponse errorPage(const oauth::OAuthError &error)
{
    return errorPage(Status::BadRequest, error.code, error.message);
}

QHttpServerResponse errorPage(const ApiError &error)
{
    // Outages stay 503; everything else the visitor can act on is a 4xx page.
    return errorPage(int(error.status) >= 500 ? Status::ServiceUnavailable : error.status,
                     error.code, error.message);
}

using SecondFactorChallenge = two_factor_store::Challenge;

QHttpServerResponse redirect(const QByteArray &location)
{
    QHttpServerResponse response(Status::Found);
    response.setHeader("Location", location);
    return response;
}

// Back to a native app's loopback address (with its code or an error), the flow's cookie gone.
QHttpServerResponse redirectToApp(const QUrl &location)
{
    QHttpServerResponse response = redirect(location.toEncoded());
    response.setHeader("Set-Cookie",
                       setCookie(OAuthRoutes::kBindingCookie, "", kBindingCookiePath, 0, "Lax"));
    return response;
}

} // namespace

OAuthRoutes::OAuthRoutes(oauth::OAuthProvidersConfig providers, QString publicUrl,
                         DatabaseWorkers &workers, const AuthRoutes &auth, QObject *parent)
    : QObject(parent)
    , m_providers(std::move(providers))
    , m_publicUrl(std::move(publicUrl))
    , m_workers(workers)
    , m_auth(auth)
{}

void OAuthRoutes::registerRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    const BodyRule none = BodyRule::none();
    router.add(this, {
                         {Method::Get, QStringLiteral("/api/auth/oauth/providers"), Access::Public,
                          none, &OAuthRoutes::handleProviders},
                         {Method::Get, QStringLiteral("/api/auth/oauth/links"), Access::SignedIn,
                          none, &OAuthRoutes::handleLinks},
                         {Method::Post, QStringLiteral("/api/auth/oauth/app-token"), Access::Public,
                          BodyRule::json(), &OAuthRoutes::handleAppToken},
                         {Method::Get, QStringLiteral("/api/auth/oauth/<arg>/start"),
                          Access::Public, none, &OAuthRoutes::handleStart},
                         {Method::Get, QStringLiteral("/api/auth/oauth/<arg>/callback"),
                          Access::Public, none, &OAuthRoutes::handleCallback},
                         // Linking an identity is a way in: a recent proof, not just a token.
                         {Method::Post, QStringLiteral("/api/auth/oauth/<arg>/link"),
                          Access::SignedIn, none, &OAuthRoutes::handleLink, Proof::Recent},
                         {Method::Delete, QStringLiteral("/api/auth/oauth/<arg>/link"),
                          Access::SignedIn, none, &OAuthRoutes::handleLink, Proof::Recent},
                     });
}

bool OAuthRoutes::knownProvider(const RouteCall &call) const
{
    if (m_providers.find(call.arg())) {
        return true;
    }
    call.fail({Status::NotFound,
               QStringLiteral("not_found"),
               QStringLiteral("no sign-in provider with this id"),
               {}});
    return false;
}

QUrl OAuthRoutes::redirectUri(const QString &providerId) const
{
    return QUrl(m_publicUrl + QStringLiteral("/api/auth/oauth/") + providerId +
                QStringLiteral("/callback"));
}

void OAuthRoutes::startFlow(const DeferredReplyPtr &reply, const oauth::OAuthProviderConfig &config,
                            oauth::OAuthFlowPurpose purpose, qint64 linkUserId,
                            const QString &returnPath, bool asJson,
                            const std::optional<oauth::AppRedirect> &app)
{
    // Each flow is a row for ten minutes: a client may start a few, not fill the table.
    m_limits.check(
        {{QStringLiteral("oauth-start-ip:") + reply->exchange().clientAddress(),
          kStartsPerAddress}},
        [this, reply, config, purpose, linkUserId, returnPath, asJson, app](int retryAfter) {
            if (retryAfter > 0) {
                reply->send(RateLimiter::tooManyRequests(retryAfter));
                return;
            }
            oauth::OneFlowStore started;
            const oauth::AuthorizationStart start = oauth::beginAuthorization(
                config, started, redirectUri(config.id), purpose, linkUserId, returnPath,
                QDateTime::currentDateTimeUtc(), app);
            QHttpServerResponse response =
                asJson ? QHttpServerResponse(QJsonObject{
                             {QStringLiteral("url"), QString::fromLatin1(start.url.toEncoded())}})
                       : redirect(start.url.toEncoded());
            // Lax, not Strict: the cookie must come back on the provider's top-level redirect to
            // us.
            response.setHeader("Set-Cookie",
                               setCookie(kBindingCookie, start.browserBinding, kBindingCookiePath,
                                         kBindingCookieSeconds, "Lax"));
            auto answer = std::make_shared<QHttpServerResponse>(std::move(response));
            m_workers.run<bool>(
                this,
                [flow = *started.flow()](QSqlDatabase &db) {
                    return oauth_flow_store::put(db, flow);
                },
                [reply, answer](bool saved) {
                    reply->send(saved ? std::move(*answer)
                                      : ApiError::from(DomainError::unavailable()).toResponse());
                });
        });
}

void OAuthRoutes::handleProviders(const RouteCall &call)
{
    QJsonArray providers;
    for (const oauth::OAuthProviderConfig &config : m_providers.providers) {
        providers.append(QJsonObject{{QStringLiteral("id"), config.id},
                                     {QStringLiteral("name"), config.displayName},
                                     {QStringLiteral("startUrl"),
                                      QStringLiteral("/api/auth/oauth/%1/start").arg(config.id)}});
    }
    call.send(QHttpServerResponse(QJsonObject{{QStringLiteral("providers"), providers}}));
}

void OAuthRoutes::handleStart(const RouteCall &call)
{
    if (!knownProvider(call)) {
        return;
    }
    const QString &providerId = call.arg();
    const DeferredReplyPtr &reply = call.reply;
    const QString returnPath = oauth::safeReturnPathOr(
        call.query.queryItemValue(QStringLiteral("returnTo"), QUrl::FullyDecoded));
    // A native app's request is checked before anything is recorded; a bad one cannot be sent
    // back to an address nobody vouched for, so it ends on the error page.
    const auto app = oauth::appRedirectFrom(call.query);
    if (const auto *error = std::get_if<oauth::OAuthError>(&app)) {
        reply->send(errorPage(*error));
        return;
    }
    const auto *appRedirect = std::get_if<oauth::AppRedirect>(&app);
    startFlow(reply, *m_providers.find(providerId), oauth::OAuthFlowPurpose::SignIn, 0, returnPath,
              false, appRedirect ? std::optional(*appRedirect) : std::nullopt);
}

void OAuthRoutes::handleCallback(const RouteCall &call)
{
    if (!knownProvider(call)) {
        return;
    }
    // The flow may have been started on another instance: it is taken from PostgreSQL first.
    const QByteArray state =
        call.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1();
    m_workers.run<std::optional<oauth::OAuthFlowState>>(
        this, [state](QSqlDatabase &db) { return oauth_flow_store::take(db, state); },
        [this, providerId = call.arg(), reply = call.reply, query = call.query,
         binding = cookieValue(call.header("Cookie"), kBindingCookie),
         origin = SessionOrigin{
             QStringLiteral("web"), QString::fromUtf8(call.header("User-Agent")).left(300),
             call.exchange().clientAddress()}](std::optional<oauth::OAuthFlowState> flow) {
            finishCallback(providerId, query, binding, std::move(flow), origin, reply);
        });
}

void OAuthRoutes::finishCallback(const QString &providerId, const QUrlQuery &query,
                                 const QByteArray &binding,
                                 std::optional<oauth::OAuthFlowState> flow,
                                 const SessionOrigin &origin, const DeferredReplyPtr &reply)
{
    oauth::OneFlowStore pending(std::move(flow));
    oauth::OAuthFlowState taken;
    auto callback =
        oauth::completeAuthorizationCallback(providerId, query, binding, pending, &taken);
    if (const auto *error = std::get_if<oauth::OAuthError>(&callback)) {
        reply->send(taken.app ? redirectToApp(taken.app->withError(error->code, error->message))
                              : errorPage(*error));
        return;
    }
    const oauth::AuthorizationCallback accepted = std::get<oauth::AuthorizationCallback>(callback);
    m_client.exchangeCode(
        *m_providers.find(providerId), accepted.code, accepted.flow.codeVerifier,
        redirectUri(providerId),
        [this, reply, flow = accepted.flow, origin](const oauth::OAuthOutcome &outcome) {
            if (const auto *error = std::get_if<oauth::OAuthError>(&outcome)) {
                reply->send(flow.app
                                ? redirectToApp(flow.app->withError(error->code, error->message))
                                : errorPage(*error));
                return;
            }
            if (flow.app) {
                finishAppSignIn(flow, std::get<oauth::ProviderIdentity>(outcome), reply);
                return;
            }
            finishSignIn(flow, std::get<oauth::ProviderIdentity>(outcome), origin, reply);
        });
}

void OAuthRoutes::finishSignIn(const oauth::OAuthFlowState &flow,
                               const oauth::ProviderIdentity &identity, const SessionOrigin &origin,
                               const DeferredReplyPtr &reply)
{
    const QByteArray location = flow.returnPath.toUtf8();
    if (flow.purpose == oauth::OAuthFlowPurpose::LinkAccount) {
        const qint64 userId = flow.linkUserId;
        m_workers.run<std::optional<DomainError>>(
            this,
            [userId, identity](QSqlDatabase &db) {
                return oauth_identity_store::link(db, userId, identity);
            },
            [reply, location](std::optional<DomainError> error) {
                if (error) {
                    reply->send(errorPage(ApiError::from(*error)));
                    return;
                }
                auto response = redirect(location);
                response.setHeader("Set-Cookie",
                                   setCookie(kBindingCookie, "", kBindingCookiePath, 0, "Lax"));
                reply->send(std::move(response));
            });
        return;
    }
    // An account with two-factor sign-in on gets a challenge, not a session: the provider vouched
    // for the first factor only (issue 15, item 2). The SPA takes the challenge from the
    // fragment (never sent to a server) and asks for the code as after a password.
    using Result = std::variant<IssuedSession, SecondFactorChallenge, ApiError>;
    m_workers.run<Result>(
        this,
        [identity, origin, keys = m_auth.twoFactorKeys()](QSqlDatabase &db) -> Result {
            auto found = oauth_identity_store::account(db, identity);
            if (const auto *error = std::get_if<DomainError>(&found)) {
                return ApiError::from(*error);
            }
            const UserRecord &user = std::get<UserRecord>(found);
            if (user.needsSecondFactor()) {
                auto challenge = two_factor_store::createChallenge(db, user.id, origin, keys);
                if (const auto *error = std::get_if<DomainError>(&challenge)) {
                    return ApiError::from(*error);
                }
                return std::get<SecondFactorChallenge>(challenge);
            }
            auto opened = session_store::open(db, user, origin);
            if (const auto *error = std::get_if<DomainError>(&opened)) {
                return ApiError::from(*error);
            }
            return std::get<IssuedSession>(opened);
        },
        [this, reply, location](Result result) {
            if (const auto *error = std::get_if<ApiError>(&result)) {
                reply->send(errorPage(*error));
                return;
            }
            if (const auto *needed = std::get_if<SecondFactorChallenge>(&result)) {
                const qsizetype fragment = location.indexOf('#');
                QByteArray withChallenge = fragment < 0 ? location : location.left(fragment);
                withChallenge +=
                    "#challenge=" + needed->token + "&method=" + needed->method.toLatin1();
                auto response = redirect(withChallenge);
                response.setHeader("Set-Cookie",
                                   setCookie(kBindingCookie, "", kBindingCookiePath, 0, "Lax"));
                reply->send(std::move(response));
                return;
            }
            // Back to the SPA, signed in: it gets its access token from the refresh cookie.
            const auto &session = std::get<IssuedSession>(result);
            auto response = redirect(location);
            response.addHeader("Set-Cookie", AuthRoutes::refreshCookie(
                                                 session.refreshToken,
                                                 session_store::kSessionLifetimeDays * 86400));
            response.addHeader("Set-Cookie", m_auth.newDeviceCookie(session.user.id));
            response.addHeader("Set-Cookie",
                               setCookie(kBindingCookie, "", kBindingCookiePath, 0, "Lax"));
            reply->send(std::move(response));
        });
}

void OAuthRoutes::finishAppSignIn(const oauth::OAuthFlowState &flow,
                                  const oauth::ProviderIdentity &identity,
                                  const DeferredReplyPtr &reply)
{
    // The account and its one-time code in one job; the code is kept in the database, so the
    // app's exchange may reach any instance.
    using Result = std::variant<QByteArray, DomainError>;
    m_workers.run<Result>(
        this,
        [identity, app = *flow.app](QSqlDatabase &db) -> Result {
            auto account = oauth_identity_store::account(db, identity);
            if (const auto *error = std::get_if<DomainError>(&account)) {
                return *error;
            }
            return oauth_app_code_store::issue(db, std::get<UserRecord>(account).id, app);
        },
        [this, reply, app = *flow.app](Result result) {
            if (const auto *error = std::get_if<DomainError>(&result)) {
                reply->send(redirectToApp(app.withError(error->code, error->message)));
                return;
            }
            reply->send(redirectToApp(app.withCode(std::get<QByteArray>(result))));
        });
}

void OAuthRoutes::handleAppToken(const RouteCall &call)
{
    const QJsonObject &body = call.json;
    FieldErrors errors;
    const QString code = stringField(body, QStringLiteral("code"), errors, true, 128);
    const QString verifier = stringField(body, QStringLiteral("codeVerifier"), errors, true, 128);
    const QString redirect = stringField(body, QStringLiteral("redirectUri"), errors, true, 300);
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    const SessionOrigin origin{QStringLiteral("app"),
                               QString::fromUtf8(call.header("User-Agent")).left(300),
                               call.exchange().clientAddress()};
    // As after a password: an account with two-factor sign-in on gets a challenge for
    // POST /api/auth/login/2fa instead of a session.
    using Result = std::variant<IssuedSession, SecondFactorChallenge, ApiError>;
    m_workers.run<Result>(
        this,
        [code = code.toLatin1(), verifier = verifier.toLatin1(),
         redirectUri = QUrl(redirect, QUrl::StrictMode), origin,
         keys = m_auth.twoFactorKeys()](QSqlDatabase &db) -> Result {
            // Spent here, on its own, before anything else: a failed exchange spends it too.
            const auto redeemed = oauth_app_code_store::redeem(db, code, verifier, redirectUri);
            if (const auto *error = std::get_if<oauth::OAuthError>(&redeemed)) {
                return ApiError{Status::BadRequest, error->code, error->message, {}};
            }
            if (const auto *error = std::get_if<DomainError>(&redeemed)) {
                return ApiError::from(*error);
            }
            const qint64 userId = std::get<qint64>(redeemed);
            auto user = account_store::byId(db, userId);
            if (const auto *error = std::get_if<DomainError>(&user)) {
                return ApiError::from(*error);
            }
            if (std::get<UserRecord>(user).banned) { // banned in the minute since the callback
                return ApiError{Status::Forbidden,
                                QStringLiteral("account_banned"),
                                QStringLiteral("this account is banned"),
                                {}};
            }
            if (std::get<UserRecord>(user).needsSecondFactor()) {
                auto challenge = two_factor_store::createChallenge(db, userId, origin, keys);
                if (const auto *error = std::get_if<DomainError>(&challenge)) {
                    return ApiError::from(*error);
                }
                return std::get<SecondFactorChallenge>(challenge);
            }
            auto opened = session_store::open(db, std::get<UserRecord>(user), origin);
            if (const auto *error = std::get_if<DomainError>(&opened)) {
                return ApiError::from(*error);
            }
            return std::get<IssuedSession>(opened);
        },
        [this, reply = call.reply](Result result) {
            if (const auto *error = std::get_if<ApiError>(&result)) {
                reply->send(error->toResponse());
                return;
            }
            if (const auto *needed = std::get_if<SecondFactorChallenge>(&result)) {
                reply->send(AuthRoutes::secondFactorResponse(*needed));
                return;
            }
            reply->send(m_auth.signInResponse(std::get<IssuedSession>(result), false, Status::Ok));
        });
}

void OAuthRoutes::handleLink(const RouteCall &call)
{
    if (!knownProvider(call)) {
        return;
    }
    const QString providerId = call.arg();
    if (call.method == QHttpServerRequest::Method::Post) {
        const QString returnPath = oauth::safeReturnPathOr(
            call.query.queryItemValue(QStringLiteral("returnTo"), QUrl::FullyDecoded));
        startFlow(call.reply, *m_providers.find(providerId), oauth::OAuthFlowPurpose::LinkAccount,
                  call.user.id, returnPath, true);
        return;
    }
    m_workers.run<std::optional<ApiError>>(
        this,
        [userId = call.user.id, providerId](QSqlDatabase &db) -> std::optional<ApiError> {
            if (auto refused = oauth_identity_store::unlink(db, userId, providerId)) {
                return ApiError::from(*refused);
            }
            return std::nullopt;
        },
        answerNoContent(call.reply));
}

void OAuthRoutes::handleLinks(const RouteCall &call)
{
    m_workers.run<std::variant<QJsonArray, DomainError>>(
        this,
        [userId = call.user.id](QSqlDatabase &db) {
            return oauth_identity_store::links(db, userId);
        },
        answer<QJsonArray, DomainError>(call.reply, [](const QJsonArray &links) {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("links"), links}});
        }));
}

} // namespace transcendence::server
