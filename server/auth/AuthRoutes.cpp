#include "auth/AuthRoutes.h"

#include "auth/AccountRules.h"
#include "auth/PasswordCheck.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "auth/StepUp.h"
#include "auth/TwoFactorRoutes.h"
#include "auth/TwoFactorStore.h"
#include "db/DatabaseWorkers.h"
#include "db/Transaction.h"
#include "http/Cookies.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "http/ServerBusy.h"
#include "metrics/ServerMetrics.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>

namespace transcendence::server {
namespace {

// Sign-up and sign-in need both pools: when either queue is full, 503 + Retry-After at once,
// before a query runs or a rate-limit attempt is counted.
bool refusedWhenBusy(DatabaseWorkers &workers, const DeferredReplyPtr &reply)
{
    if (!workers.isSaturated() && !workers.cpu().isFull()) {
        return false;
    }
    reply->send(serverBusyResponse());
    return true;
}

using Status = QHttpServerResponder::StatusCode;

// Sign-ins from one address: a school or a dormitory may sit behind one, so only refused passwords
// count there (guessing across accounts); the second step keeps its own per-address budget.
constexpr RateLimiter::Rule kLoginFailuresPerAddress{60, 900};
constexpr RateLimiter::Rule kLoginPerAddress{30, 900};
// Refused passwords per account, whatever was typed (the name or the e-mail), in the OWASP
// "device cookies" way (issue 15, item 5): from devices the account never signed in on, 10 in
// all and 5 from any one address; a device that signed in before (a valid device token of this
// account) counts on its own, so guessing elsewhere never locks the owner out of it.
constexpr RateLimiter::Rule kLoginFailuresPerAccount{10, 900};
constexpr RateLimiter::Rule kLoginFailuresPerAccountAddress{5, 900};
constexpr RateLimiter::Rule kLoginFailuresPerDevice{10, 900};
// Renewals from one address: a whole school may sit behind one (every page load in every tab
// renews), so the cap only keeps a flood off the database. Guessing is what the second rule stops:
// refused refresh tokens per address.
// Step-up proofs per account (every kind; wrong codes also count in the account's second-factor
// budget, in the database).
constexpr RateLimiter::Rule kReauthenticatePerAccount{10, 900};
constexpr RateLimiter::Rule kRefreshPerAddress{600, 60};
constexpr RateLimiter::Rule kRefreshFailuresPerAddress{30, 900};
constexpr RateLimiter::Rule kWsTicketsPerUser{120, 60};

// "web": the refresh token goes into an HttpOnly cookie, out of JavaScript's reach; anything
// else (the QML app, the terminal client) gets it in the body and keeps it in its keychain.
bool isWebClient(const QJsonObject &body, FieldErrors &errors)
{
    const QString client =
        stringField(body, QStringLiteral("client"), errors, false, 10, QStringLiteral("app"));
    if (client != QLatin1String("web") && client != QLatin1String("app")) {
        errors.add(QStringLiteral("client"), QStringLiteral("one_of"),
                   QStringLiteral("must be \"web\" or \"app\""));
    }
    return client == QLatin1String("web");
}

SessionOrigin originOf(const RouteCall &call, bool webClient)
{
    return {webClient ? QStringLiteral("web") : QStringLiteral("app"),
            QString::fromUtf8(call.header("User-Agent")).left(300),
            call.exchange().clientAddress()};
}

ApiError accountBanned()
{
    return {Status::Forbidden,
            QStringLiteral("account_banned"),
            QStringLiteral("this account is banned"),
            {}};
}

ApiError invalidCredentials()
{
    return {Status::Unauthorized,
            QStringLiteral("invalid_credentials"),
            QStringLiteral("the user name or password is wrong"),
            {}};
}

QHttpServerResponse noContent()
{
    return QHttpServerResponse(Status::NoContent);
}

} // namespace

QByteArray AuthRoutes::refreshCookie(const QByteArray &value, int maxAgeSeconds)
{
    return setCookie(kRefreshCookie, value, kRefreshCookiePath, maxAgeSeconds, "Strict");
}

AuthRoutes::AuthRoutes(DatabaseWorkers &workers, const AccessTokenCodec &tokens,
                       const TwoFactorKeys &twoFactorKeys, QStringList allowedOrigins,
                       int registrationsPerHour, QObject *parent)
    : QObject(parent)
    , m_workers(workers)
    , m_tokens(tokens)
    , m_twoFactorKeys(twoFactorKeys)
    , m_allowedOrigins(std::move(allowedOrigins))
    , m_registerPerAddress{registrationsPerHour, 3600}
{}

void AuthRoutes::registerRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    const BodyRule none = BodyRule::none();
    const BodyRule json = BodyRule::json();
    router.add(this,
               {
                   {Method::Post, QStringLiteral("/api/auth/register"), Access::Public, json,
                    &AuthRoutes::handleRegister},
                   {Method::Post, QStringLiteral("/api/auth/login"), Access::Public, json,
                    &AuthRoutes::handleLogin},
                   {Method::Post, QStringLiteral("/api/auth/login/2fa"), Access::Public, json,
                    &AuthRoutes::handleSecondFactor},
                   // The token comes in the cookie (web) or in a JSON body (apps): read it raw.
                   {Method::Post, QStringLiteral("/api/auth/refresh"), Access::Public,
                    BodyRule::raw(BodyRule::kJsonLimit), &AuthRoutes::handleRefresh},
                   {Method::Post, QStringLiteral("/api/auth/logout"), Access::SignedIn, none,
                    &AuthRoutes::handleLogout},
                   {Method::Post, QStringLiteral("/api/auth/logout-all"), Access::SignedIn, none,
                    &AuthRoutes::handleLogoutAll},
                   {Method::Get, QStringLiteral("/api/auth/sessions"), Access::SignedIn, none,
                    &AuthRoutes::handleListSessions},
                   {Method::Delete, QStringLiteral("/api/auth/sessions/<arg>"), Access::SignedIn,
                    none, &AuthRoutes::handleRevokeSession},
                   {Method::Post, QStringLiteral("/api/auth/ws-ticket"), Access::SignedIn, none,
                    &AuthRoutes::handleWsTicket},
                   {Method::Post, QStringLiteral("/api/auth/reauthenticate"), Access::SignedIn,
                    json, &AuthRoutes::handleReauthenticate},
               });
}

void AuthRoutes::withinLimits(const DeferredReplyPtr &reply, QList<RateLimiter::Check> limits,
                              std::function<void()> then)
{
    m_limits.check(std::move(limits), [reply, then = std::move(then)](int retryAfter) {
        if (retryAfter > 0) {
            reply->send(RateLimiter::tooManyRequests(retryAfter));
            return;
        }
        then();
    });
}

QHttpServerResponse AuthRoutes::sessionResponse(const IssuedSession &session, bool webClient,
                                                Status status) const
{
    return sessionResponse(session, webClient, status, {});
}

QHttpServerResponse AuthRoutes::signInResponse(const IssuedSession &session, bool webClient,
                                               Status status) const
{
    return sessionResponse(session, webClient, status,
                           m_twoFactorKeys.devices.issue(session.user.id));
}

QHttpServerResponse AuthRoutes::sessionResponse(const IssuedSession &session, bool webClient,
                                                Status status, const QByteArray &deviceToken) const
{
    QJsonObject body{
        {QStringLiteral("user"), session.user.toPrivateJson()},
        {QStringLiteral("accessToken"),
         QString::fromLatin1(m_tokens.issue(session.user.id, session.sessionId, session.user.role,
                                            QDateTime::currentDateTimeUtc()))},
        {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
        {QStringLiteral("expiresIn"), AccessTokenCodec::kLifetimeSeconds},
        {QStringLiteral("sessionId"), session.sessionId}};
    if (!webClient) {
        body.insert(QStringLiteral("refreshToken"), QString::fromLatin1(session.refreshToken));
        if (!deviceToken.isEmpty()) {
            body.insert(QStringLiteral("deviceToken"), QString::fromLatin1(deviceToken));
        }
    }
    QHttpServerResponse response(body, status);
    if (webClient) {
        response.setHeader("Set-Cookie",
                           AuthRoutes::refreshCookie(session.refreshToken,
                                                     session_store::kSessionLifetimeDays * 86400));
        if (!deviceToken.isEmpty()) {
            response.addHeader("Set-Cookie", deviceCookie(deviceToken));
        }
    }
    return response;
}

QByteArray AuthRoutes::deviceCookie(const QByteArray &token)
{
    return setCookie(DeviceTokens::kCookie, token, DeviceTokens::kCookiePath,
                     DeviceTokens::kLifetimeSeconds, "Strict");
}

QByteArray AuthRoutes::newDeviceCookie(qint64 userId) const
{
    return deviceCookie(m_twoFactorKeys.devices.issue(userId));
}

QHttpServerResponse AuthRoutes::secondFactorResponse(const two_factor_store::Challenge &challenge)
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("twoFactorRequired"), true},
                    {QStringLiteral("challenge"), QString::fromLatin1(challenge.token)},
                    {QStringLiteral("method"), challenge.method},
                    {QStringLiteral("expiresIn"), two_factor_store::kChallengeLifetimeSeconds}});
}

void AuthRoutes::handleRegister(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    if (refusedWhenBusy(m_workers, reply)) {
        return;
    }
    const QJsonObject &body = call.json;
    FieldErrors errors;
    NewAccount account;
    account.username = stringField(body, QStringLiteral("username"), errors, true, 64).trimmed();
    account.email = stringField(body, QStringLiteral("email"), errors, true, 254).trimmed();
    const QString password = stringField(body, QStringLiteral("password"), errors, true, 1024);
    account.displayName = account_rules::normalizeDisplayName(
        stringField(body, QStringLiteral("displayName"), errors, false, 100, account.username));
    const bool webClient = isWebClient(body, errors);
    if (!errors.has(QStringLiteral("username"))) {
        if (const FieldProblem problem = account_rules::usernameProblem(account.username);
            !problem.isEmpty()) {
            errors.add(QStringLiteral("username"), problem);
        }
    }
    if (!errors.has(QStringLiteral("email"))) {
        if (const FieldProblem problem = account_rules::emailProblem(account.email);
            !problem.isEmpty()) {
            errors.add(QStringLiteral("email"), problem);
        }
    }
    if (!errors.has(QStringLiteral("password"))) {
        if (const FieldProblem problem =
                PasswordPolicy::problem(password, account.username, account.email);
            !problem.isEmpty()) {
            errors.add(QStringLiteral("password"), problem);
        }
    }
    if (!errors.has(QStringLiteral("displayName"))) {
        if (const FieldProblem problem = account_rules::displayNameProblem(account.displayName);
            !problem.isEmpty()) {
            errors.add(QStringLiteral("displayName"), problem);
        }
    }
    if (!errors.isEmpty()) {
        reply->send(errors.toError().toResponse());
        return;
    }
    // Counted once the request is valid: a malformed one costs nothing and takes no bucket.
    withinLimits(
        reply,
        {{QStringLiteral("register-ip:") + call.exchange().clientAddress(), m_registerPerAddress}},
        [this, call, reply, account, password, webClient]() mutable {
            account.displayNameKey = account_rules::displayNameKey(account.displayName);
            const SessionOrigin origin = originOf(call, webClient);
            // Hash on the CPU pool (refused at once when its queue is full: nothing has been
            // written), then the account and its first session in one transaction: both or neither.
            const bool queued = m_workers.cpu().tryRun<QByteArray>(
                this, [password] { return PasswordHasher::hash(password); },
                [this, reply, webClient, account, origin](QByteArray hash) mutable {
                    if (hash.isEmpty()) {
                        reply->send(ApiError::from(DomainError::unavailable()).toResponse());
                        return;
                    }
                    account.passwordHash = std::move(hash);
                    m_workers.run<std::variant<IssuedSession, ApiError>>(
                        this,
                        [account,
                         origin](QSqlDatabase &db) -> std::variant<IssuedSession, ApiError> {
                            if (!db.isOpen() || !db.transaction()) {
                                return ApiError::from(DomainError::unavailable());
                            }
                            auto created = account_store::create(db, account);
                            if (const auto *error = std::get_if<DomainError>(&created)) {
                                db.rollback();
                                return ApiError::from(*error);
                            }
                            auto issued = session_store::openWithin(
                                db, std::get<UserRecord>(created), origin);
                            if (std::holds_alternative<DomainError>(issued) || !db.commit()) {
                                db.rollback();
                                return ApiError::from(DomainError::unavailable());
                            }
                            return std::get<IssuedSession>(std::move(issued));
                        },
                        [this, reply, webClient](std::variant<IssuedSession, ApiError> result) {
                            if (const auto *error = std::get_if<ApiError>(&result)) {
                                reply->send(error->toResponse());
                                return;
                            }
                            const IssuedSession &session = std::get<IssuedSession>(result);
                            reply->send(signInResponse(session, webClient, Status::Created));
                            emit accountCreated(session.user.id);
                        });
                });
            if (!queued) {
                reply->send(serverBusyResponse());
            }
        });
}

void AuthRoutes::handleLogin(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    const QJsonObject &body = call.json;
    FieldErrors errors;
    const QString login = stringField(body, QStringLiteral("login"), errors, true, 254).trimmed();
    const QString password = stringField(body, QStringLiteral("password"), errors, true, 1024);
    const QByteArray presentedDevice =
        stringField(body, QStringLiteral("deviceToken"), errors, false, 200).toLatin1();
    const bool webClient = isWebClient(body, errors);
    if (!errors.isEmpty()) {
        reply->send(errors.toError().toResponse());
        return;
    }
    const QString address = call.exchange().clientAddress();
    const QString failuresKey = QStringLiteral("login-fail-ip:") + address;
    if (refusedWhenBusy(m_workers, reply)) {
        return;
    }
    withinLimits(
        reply, {{failuresKey, kLoginFailuresPerAddress, false}},
        [this, call, reply, login, password, presentedDevice, webClient, address, failuresKey] {
            // Web clients carry their device token in an HttpOnly cookie, apps in the body.
            const QByteArray deviceToken =
                webClient ? cookieValue(call.header("Cookie"), DeviceTokens::kCookie)
                          : presentedDevice;
            const std::optional<DeviceTokens::Device> device =
                deviceToken.isEmpty() ? std::nullopt : m_twoFactorKeys.devices.verify(deviceToken);
            const SessionOrigin origin = originOf(call, webClient);
            // With two-factor sign-in on, a correct password only earns a challenge for the second
            // step.
            using Outcome = std::variant<IssuedSession, two_factor_store::Challenge, ApiError>;
            // The account (SQL pool); its failure budgets; then the password check (CPU pool: a
            // read never waits behind a hash), then the session (SQL pool).
            using Found = std::variant<std::optional<account_store::LoginCandidate>, DomainError>;
            m_workers.run<Found>(
                this, [login](QSqlDatabase &db) { return account_store::findForLogin(db, login); },
                [this, reply, login, password, origin, webClient, address, failuresKey,
                 device](Found found) {
                    if (const auto *error = std::get_if<DomainError>(&found)) {
                        reply->send(ApiError::from(*error).toResponse());
                        return;
                    }
                    auto candidate = std::get<std::optional<account_store::LoginCandidate>>(found);
                    // Unknown names get budgets of their own, like accounts: a 429 says nothing
                    // about whether an account exists.
                    const QString account = candidate
                                                ? QStringLiteral("u%1").arg(candidate->user.id)
                                                : QStringLiteral("n:") + login.toCaseFolded();
                    QList<std::pair<QString, RateLimiter::Rule>> budgets;
                    QString forgivenKey; // the counter a correct password resets
                    if (candidate && device && device->userId == candidate->user.id) {
                        forgivenKey = QStringLiteral("login-fail-device:%1:%2")
                                          .arg(account, QString::fromLatin1(device->id));
                        budgets = {{forgivenKey, kLoginFailuresPerDevice}};
                    } else {
                        forgivenKey =
                            QStringLiteral("login-fail-account-ip:%1:%2").arg(account, address);
                        budgets = {{QStringLiteral("login-fail-account:") + account,
                                    kLoginFailuresPerAccount},
                                   {forgivenKey, kLoginFailuresPerAccountAddress}};
                    }
                    QList<RateLimiter::Check> budgetChecks;
                    for (const auto &[key, rule] : std::as_const(budgets)) {
                        budgetChecks.push_back({key, rule, false});
                    }
                    withinLimits(
                        reply, budgetChecks,
                        [this, reply, webClient, failuresKey, budgets, forgivenKey, candidate,
                         password, origin] {
                            const auto finish = [this, reply, webClient, failuresKey, budgets,
                                                 forgivenKey](Outcome result) {
                                metrics::signIn(!std::holds_alternative<ApiError>(result));
                                if (const auto *error = std::get_if<ApiError>(&result)) {
                                    if (error->code != QLatin1String("invalid_credentials")) {
                                        reply->send(error->toResponse());
                                        return;
                                    }
                                    // Answered once every count is stored: the client's next
                                    // attempt, on any instance, finds them.
                                    auto left = std::make_shared<qsizetype>(budgets.size() + 1);
                                    const auto counted = [reply, left, refusal = *error] {
                                        if (--*left == 0) {
                                            reply->send(refusal.toResponse());
                                        }
                                    };
                                    m_limits.count(failuresKey, kLoginFailuresPerAddress, counted);
                                    for (const auto &[key, rule] : budgets) {
                                        m_limits.count(key, rule, counted);
                                    }
                                    return;
                                }
                                m_limits.clear(
                                    forgivenKey); // a correct password forgives this device's typos
                                if (const auto *needed =
                                        std::get_if<two_factor_store::Challenge>(&result)) {
                                    reply->send(secondFactorResponse(*needed));
                                    return;
                                }
                                reply->send(signInResponse(std::get<IssuedSession>(result),
                                                           webClient, Status::Ok));
                            };
                            // Unknown accounts cost a verification too: same answer, similar time.
                            QByteArray hash = candidate && !candidate->passwordHash.isEmpty()
                                                  ? candidate->passwordHash
                                                  : PasswordHasher::decoyHash();
                            const bool queued = m_workers.cpu().tryRun<bool>(
                                this,
                                [hash = std::move(hash), password] {
                                    return PasswordHasher::verify(hash, password);
                                },
                                [this, candidate, origin, finish](bool matches) {
                                    if (!candidate || candidate->passwordHash.isEmpty() ||
                                        !matches) {
                                        finish(invalidCredentials());
                                        return;
                                    }
                                    if (candidate->user.banned) {
                                        finish(accountBanned());
                                        return;
                                    }
                                    m_workers.run<Outcome>(
                                        this,
                                        [user = candidate->user, origin,
                                         keys = m_twoFactorKeys](QSqlDatabase &db) -> Outcome {
                                            if (user.needsSecondFactor()) {
                                                auto challenge = two_factor_store::createChallenge(
                                                    db, user.id, origin, keys);
                                                if (const auto *error =
                                                        std::get_if<DomainError>(&challenge)) {
                                                    return ApiError::from(*error);
                                                }
                                                return std::get<two_factor_store::Challenge>(
                                                    challenge);
                                            }
                                            auto opened = session_store::open(db, user, origin);
                                            if (const auto *error =
                                                    std::get_if<DomainError>(&opened)) {
                                                return ApiError::from(*error);
                                            }
                                            return std::get<IssuedSession>(opened);
                                        },
                                        finish);
                                });
                            if (!queued) {
                                reply->send(serverBusyResponse());
                            }
                        });
                });
        });
}

void AuthRoutes::handleSecondFactor(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    withinLimits(
        reply, {{QStringLiteral("login-ip:") + call.exchange().clientAddress(), kLoginPerAddress}},
        [this, call, reply] {
            const QJsonObject &body = call.json;
            FieldErrors errors;
            const QByteArray challenge =
                stringField(body, QStringLiteral("challenge"), errors, true, 100).toLatin1();
            const QString code = stringField(body, QStringLiteral("code"), errors, false, 20);
            const QString recoveryCode =
                stringField(body, QStringLiteral("recoveryCode"), errors, false, 40);
            if (code.isEmpty() && recoveryCode.isEmpty() && !errors.has(QStringLiteral("code"))) {
                errors.add(QStringLiteral("code"), QStringLiteral("required"),
                           QStringLiteral("give the code from your app, or a recovery code"));
            }
            if (!errors.isEmpty()) {
                reply->send(errors.toError().toResponse());
                return;
            }
            const TwoFactorKeys keys = m_twoFactorKeys;
            using Outcome = std::variant<std::pair<IssuedSession, bool>, DomainError>;
            m_workers.run<Outcome>(
                this,
                [challenge, code, recoveryCode, keys](QSqlDatabase &db) {
                    return two_factor_store::completeChallenge(db, challenge, code, recoveryCode,
                                                               QDateTime::currentSecsSinceEpoch(),
                                                               keys);
                },
                [this, reply](Outcome result) {
                    if (const auto *error = std::get_if<DomainError>(&result)) {
                        reply->send(TwoFactorRoutes::errorResponse(*error));
                        return;
                    }
                    const auto &signedIn = std::get<std::pair<IssuedSession, bool>>(result);
                    reply->send(signInResponse(signedIn.first, signedIn.second, Status::Ok));
                });
        });
}

void AuthRoutes::handleRefresh(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    const QString address = call.exchange().clientAddress();
    const QString failuresKey = QStringLiteral("refresh-fail-ip:") + address;
    withinLimits(
        reply,
        {{QStringLiteral("refresh-ip:") + address, kRefreshPerAddress},
         {failuresKey, kRefreshFailuresPerAddress, false}},
        [this, call, reply, failuresKey] {
            QByteArray token = cookieValue(call.header("Cookie"), kRefreshCookie);
            const bool fromCookie = !token.isEmpty();
            if (fromCookie) {
                // SameSite=Strict already keeps other sites' requests from carrying the cookie; a
                // browser's Origin header, when present, must be ours as well.
                const QString origin = QString::fromLatin1(call.header("Origin"));
                if (!origin.isEmpty() && !m_allowedOrigins.contains(origin)) {
                    call.fail({Status::Forbidden,
                               QStringLiteral("origin_not_allowed"),
                               QStringLiteral("refresh from this origin is not allowed"),
                               {}});
                    return;
                }
            } else {
                auto parsed = parseJsonObject(call.header("Content-Type"), call.body);
                if (const auto *error = std::get_if<ApiError>(&parsed)) {
                    call.fail(*error);
                    return;
                }
                FieldErrors errors;
                token = stringField(std::get<QJsonObject>(parsed), QStringLiteral("refreshToken"),
                                    errors, true, 200)
                            .toLatin1();
                if (!errors.isEmpty()) {
                    call.fail(errors.toError());
                    return;
                }
            }
            using Rotation = std::variant<IssuedSession, session_store::RotationRefused>;
            m_workers.run<Rotation>(
                this, [token](QSqlDatabase &db) { return session_store::rotate(db, token); },
                [this, reply, fromCookie, failuresKey](Rotation result) {
                    if (const auto *refused =
                            std::get_if<session_store::RotationRefused>(&result)) {
                        if (!refused->revokedSessionId.isEmpty()) {
                            emit sessionsRevoked({refused->revokedSessionId});
                        }
                        // Answered once the failure is counted (the next renewal may reach
                        // another instance).
                        m_limits.count(failuresKey, kRefreshFailuresPerAddress,
                                       [reply, fromCookie, error = refused->error] {
                                           auto response = ApiError::from(error).toResponse();
                                           if (fromCookie) {
                                               response.setHeader("Set-Cookie",
                                                                  AuthRoutes::refreshCookie("", 0));
                                           }
                                           reply->send(std::move(response));
                                       });
                        return;
                    }
                    reply->send(
                        sessionResponse(std::get<IssuedSession>(result), fromCookie, Status::Ok));
                });
        });
}

void AuthRoutes::handleLogout(const RouteCall &call)
{
    logout(call, false);
}

void AuthRoutes::handleLogoutAll(const RouteCall &call)
{
    logout(call, true);
}

void AuthRoutes::logout(const RouteCall &call, bool everywhere)
{
    m_workers.run<std::variant<QStringList, DomainError>>(
        this,
        [userId = call.user.id, sessionId = call.claims.sessionId,
         everywhere](QSqlDatabase &db) -> std::variant<QStringList, DomainError> {
            if (everywhere) {
                return session_store::revokeAll(db, userId, QStringLiteral("logout_all"));
            }
            auto revoked = session_store::revoke(db, userId, sessionId, QStringLiteral("logout"));
            if (const auto *error = std::get_if<DomainError>(&revoked)) {
                return *error;
            }
            return QStringList{sessionId};
        },
        answer<QStringList, DomainError>(call.reply, [this](const QStringList &revoked) {
            emit sessionsRevoked(revoked);
            auto response = noContent();
            response.setHeader("Set-Cookie", AuthRoutes::refreshCookie("", 0));
            return response;
        }));
}

void AuthRoutes::handleListSessions(const RouteCall &call)
{
    m_workers.run<std::variant<QJsonArray, DomainError>>(
        this,
        [userId = call.user.id, sessionId = call.claims.sessionId](QSqlDatabase &db) {
            return session_store::list(db, userId, sessionId);
        },
        answer<QJsonArray, DomainError>(call.reply, [](const QJsonArray &sessions) {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("sessions"), sessions}});
        }));
}

void AuthRoutes::handleRevokeSession(const RouteCall &call)
{
    const QString sessionId = call.arg();
    m_workers.run<std::variant<bool, DomainError>>(
        this,
        [userId = call.user.id, sessionId](QSqlDatabase &db) {
            return session_store::revoke(db, userId, sessionId, QStringLiteral("revoked"));
        },
        answer<bool, DomainError>(call.reply, [this, sessionId](bool revoked) {
            if (!revoked) {
                return ApiError{Status::NotFound,
                                QStringLiteral("not_found"),
                                QStringLiteral("you have no active session with this id"),
                                {}}
                    .toResponse();
            }
            emit sessionsRevoked({sessionId});
            return noContent();
        }));
}

void AuthRoutes::handleWsTicket(const RouteCall &call)
{
    // Each ticket is a row until used or expired; a client reconnecting with backoff needs a
    // few a minute, a script looping on this endpoint gets 429.
    withinLimits(
        call.reply, {{QStringLiteral("ws-ticket-user:%1").arg(call.user.id), kWsTicketsPerUser}},
        [this, call] {
            m_workers.run<std::variant<QByteArray, DomainError>>(
                this,
                [sessionId = call.claims.sessionId](QSqlDatabase &db) {
                    return session_store::issueWsTicket(db, sessionId);
                },
                answer<QByteArray, DomainError>(call.reply, [](const QByteArray &ticket) {
                    return QHttpServerResponse(QJsonObject{
                        {QStringLiteral("ticket"), QString::fromLatin1(ticket)},
                        {QStringLiteral("expiresIn"), session_store::kWsTicketLifetimeSeconds}});
                }));
        });
}

namespace {

ApiError notYourPassword()
{
    FieldErrors wrong;
    wrong.add(QStringLiteral("password"), QStringLiteral("wrong_password"),
              QStringLiteral("is not your password"));
    return wrong.toError();
}

} // namespace

void AuthRoutes::handleReauthenticate(const RouteCall &call)
{
    FieldErrors errors;
    const QString password =
        stringField(call.json, QStringLiteral("password"), errors, false, 1024);
    const QString code = stringField(call.json, QStringLiteral("code"), errors, false, 20);
    const QString recoveryCode =
        stringField(call.json, QStringLiteral("recoveryCode"), errors, false, 40);
    if (errors.isEmpty() && password.isEmpty() && code.isEmpty() && recoveryCode.isEmpty()) {
        errors.add(QStringLiteral("password"), QStringLiteral("required"),
                   QStringLiteral("give your password, a code from your authenticator app or a "
                                  "recovery code"));
    }
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    withinLimits(
        call.reply,
        {{QStringLiteral("reauth-account:%1").arg(call.user.id), kReauthenticatePerAccount}},
        [this, call, password, code, recoveryCode] { prove(call, password, code, recoveryCode); });
}

void AuthRoutes::prove(const RouteCall &call, const QString &password, const QString &code,
                       const QString &recoveryCode)
{
    const auto answer = [reply = call.reply](std::optional<ApiError> error) {
        reply->send(error ? TwoFactorRoutes::errorResponse(*error) : noContent());
    };
    const qint64 userId = call.user.id;
    const QString sessionId = call.claims.sessionId;
    if (password.isEmpty()) {
        m_workers.run<std::optional<ApiError>>(
            this,
            [userId, sessionId, code, recoveryCode,
             keys = m_twoFactorKeys](QSqlDatabase &db) -> std::optional<ApiError> {
                if (!db.isOpen()) {
                    return ApiError::from(DomainError::unavailable());
                }
                if (auto refused = two_factor_store::proveWithCode(
                        db, userId, code, recoveryCode, QDateTime::currentSecsSinceEpoch(), keys)) {
                    return ApiError::from(*refused);
                }
                if (!step_up::markProven(db, sessionId)) {
                    return ApiError::from(DomainError::unavailable());
                }
                return std::nullopt;
            },
            answer);
        return;
    }
    // The hash read on a SQL worker, Argon2id on the CPU pool, the proof written on a SQL worker
    // (auth/PasswordCheck.h).
    m_workers.run<std::variant<QByteArray, DomainError>>(
        this, [userId](QSqlDatabase &db) { return account_store::passwordHash(db, userId); },
        [this, reply = call.reply, userId, sessionId, password,
         answer](std::variant<QByteArray, DomainError> read) {
            if (const auto *error = std::get_if<DomainError>(&read)) {
                answer(ApiError::from(*error));
                return;
            }
            const QByteArray hash = std::get<QByteArray>(read);
            password_check::verify(
                m_workers, this, reply, hash, password,
                [this, userId, sessionId, hash, answer](bool matches) {
                    if (!matches) {
                        answer(notYourPassword());
                        return;
                    }
                    m_workers.run<std::optional<ApiError>>(
                        this,
                        [userId, sessionId, hash](QSqlDatabase &db) -> std::optional<ApiError> {
                            Transaction transaction(db);
                            if (!transaction.isOpen()) {
                                return ApiError::from(DomainError::unavailable());
                            }
                            const std::optional<bool> same =
                                password_check::unchanged(db, userId, hash);
                            if (!same) {
                                return ApiError::from(DomainError::unavailable());
                            }
                            if (!*same) {
                                return notYourPassword(); // changed since it was verified
                            }
                            if (!step_up::markProven(db, sessionId) || !transaction.commit()) {
                                return ApiError::from(DomainError::unavailable());
                            }
                            return std::nullopt;
                        },
                        answer);
                });
        });
}

} // namespace transcendence::server
