#include "auth/TwoFactorRoutes.h"

#include "auth/RequestAuthenticator.h"
#include "auth/twofactor/TotpEnrollment.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;

// Guessing a 6-digit code needs many tries: a few per quarter hour leaves no real chance.
constexpr RateLimiter::Rule kCodeAttemptsPerAccount{10, 900};

} // namespace

TwoFactorRoutes::TwoFactorRoutes(DatabaseWorkers &workers, RequestAuthenticator &authenticator,
                                 const TwoFactorKeys &keys, QObject *parent)
    : QObject(parent)
    , m_workers(workers)
    , m_authenticator(authenticator)
    , m_keys(keys)
{}

void TwoFactorRoutes::registerRoutes(QHttpServer &server)
{
    using Handler = void (TwoFactorRoutes::*)(const QHttpServerRequest &, const DeferredReplyPtr &);
    const auto bind = [&](const QString &path, Handler handler) {
        server.route(path, [this, handler](const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
            const DeferredReplyPtr reply = deferReply(request, std::move(responder));
            if (request.method() != QHttpServerRequest::Method::Post) {
                reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "POST"));
                return;
            }
            (this->*handler)(request, reply);
        });
    };
    bind(QStringLiteral("/api/auth/2fa/setup"), &TwoFactorRoutes::handleSetup);
    bind(QStringLiteral("/api/auth/2fa/enable"), &TwoFactorRoutes::handleEnable);
    bind(QStringLiteral("/api/auth/2fa/disable"), &TwoFactorRoutes::handleDisable);
}

void TwoFactorRoutes::handleSetup(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    m_authenticator.authenticate(
        request, reply, [this, reply](const UserRecord &user, const AccessClaims &) {
            const TwoFactorKeys keys = m_keys;
            using Result = std::variant<twofactor::TotpEnrollment, ApiError>;
            m_workers.run<Result>(
                this,
                [user, keys](QSqlDatabase &db) -> Result {
                    twofactor::TotpEnrollment enrollment =
                        twofactor::TotpEnrollment::create(user.username);
                    if (auto error = two_factor_store::storePending(
                            db, user.id, keys.secrets.seal(enrollment.secret))) {
                        return *error;
                    }
                    return enrollment;
                },
                [reply](Result result) {
                    if (const auto *error = std::get_if<ApiError>(&result)) {
                        reply->send(error->toResponse());
                        return;
                    }
                    const auto &enrollment = std::get<twofactor::TotpEnrollment>(result);
                    reply->send(QHttpServerResponse(
                        QJsonObject{{QStringLiteral("secret"), enrollment.secretBase32},
                                    {QStringLiteral("otpauthUri"), enrollment.otpauthUri},
                                    {QStringLiteral("qrCode"), enrollment.qrCodeDataUrl}}));
                });
        });
}

void TwoFactorRoutes::handleEnable(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    auto parsed = readJsonObject(request);
    if (const auto *error = std::get_if<ApiError>(&parsed)) {
        reply->send(error->toResponse());
        return;
    }
    FieldErrors errors;
    const QString code =
        stringField(std::get<QJsonObject>(parsed), QStringLiteral("code"), errors, true, 20);
    if (!errors.isEmpty()) {
        reply->send(errors.toError().toResponse());
        return;
    }
    m_authenticator.authenticate(
        request, reply, [this, reply, code](const UserRecord &user, const AccessClaims &) {
            if (const int retryAfter =
                    m_limits.hit(QStringLiteral("2fa-account:%1").arg(user.id),
                                 kCodeAttemptsPerAccount, QDateTime::currentMSecsSinceEpoch())) {
                reply->send(RateLimiter::tooManyRequests(retryAfter));
                return;
            }
            const TwoFactorKeys keys = m_keys;
            using Result = std::variant<QStringList, ApiError>;
            m_workers.run<Result>(
                this,
                [user, code, keys](QSqlDatabase &db) {
                    return two_factor_store::enable(db, user.id, code,
                                                    QDateTime::currentSecsSinceEpoch(), keys);
                },
                [reply](Result result) {
                    if (const auto *error = std::get_if<ApiError>(&result)) {
                        reply->send(error->toResponse());
                        return;
                    }
                    reply->send(QHttpServerResponse(
                        QJsonObject{{QStringLiteral("recoveryCodes"),
                                     QJsonArray::fromStringList(std::get<QStringList>(result))}}));
                });
        });
}

void TwoFactorRoutes::handleDisable(const QHttpServerRequest &request,
                                    const DeferredReplyPtr &reply)
{
    auto parsed = readJsonObject(request);
    if (const auto *error = std::get_if<ApiError>(&parsed)) {
        reply->send(error->toResponse());
        return;
    }
    const QJsonObject body = std::get<QJsonObject>(parsed);
    FieldErrors errors;
    const QString code = stringField(body, QStringLiteral("code"), errors, false, 20);
    const QString recoveryCode =
        stringField(body, QStringLiteral("recoveryCode"), errors, false, 40);
    const QString password = stringField(body, QStringLiteral("password"), errors, false, 1024);
    if (!errors.isEmpty()) {
        reply->send(errors.toError().toResponse());
        return;
    }
    m_authenticator.authenticate(
        request, reply,
        [this, reply, code, recoveryCode, password](const UserRecord &user, const AccessClaims &) {
            if (const int retryAfter =
                    m_limits.hit(QStringLiteral("2fa-account:%1").arg(user.id),
                                 kCodeAttemptsPerAccount, QDateTime::currentMSecsSinceEpoch())) {
                reply->send(RateLimiter::tooManyRequests(retryAfter));
                return;
            }
            const TwoFactorKeys keys = m_keys;
            using Result = std::optional<ApiError>;
            m_workers.run<Result>(
                this,
                [user, code, recoveryCode, password, keys](QSqlDatabase &db) {
                    return two_factor_store::disable(db, user.id, code, recoveryCode, password,
                                                     QDateTime::currentSecsSinceEpoch(), keys);
                },
                [reply](Result error) {
                    reply->send(error ? error->toResponse()
                                      : QHttpServerResponse(Status::NoContent));
                });
        });
}

} // namespace transcendence::server
