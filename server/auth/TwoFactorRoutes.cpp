#include "auth/TwoFactorRoutes.h"

#include "auth/PasswordCheck.h"
#include "auth/twofactor/TotpEnrollment.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/Router.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;

// Guessing a 6-digit code needs many tries: a few per quarter hour leaves no real chance.
constexpr RateLimiter::Rule kCodeAttemptsPerAccount{10, 900};
// Each start mails a code: a few per quarter hour, so nobody fills a mailbox through us.
constexpr RateLimiter::Rule kEmailStartsPerAccount{3, 900};

} // namespace

QHttpServerResponse TwoFactorRoutes::errorResponse(const DomainError &error)
{
    if (const std::optional<int> wait = two_factor_store::retryAfterSeconds(error)) {
        return RateLimiter::tooManyRequests(*wait);
    }
    return ApiError::from(error).toResponse();
}

QHttpServerResponse TwoFactorRoutes::errorResponse(const ApiError &error)
{
    return errorResponse(DomainError{error.code, error.message, error.fields});
}

TwoFactorRoutes::TwoFactorRoutes(DatabaseWorkers &workers, const TwoFactorKeys &keys,
                                 QObject *parent)
    : QObject(parent)
    , m_workers(workers)
    , m_keys(keys)
{}

void TwoFactorRoutes::registerRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(this,
               {
                   {Method::Post, QStringLiteral("/api/auth/2fa/setup"), Access::SignedIn,
                    BodyRule::none(), &TwoFactorRoutes::handleSetup, Proof::Recent},
                   {Method::Post, QStringLiteral("/api/auth/2fa/enable"), Access::SignedIn,
                    BodyRule::json(), &TwoFactorRoutes::handleEnable, Proof::Recent},
                   {Method::Post, QStringLiteral("/api/auth/2fa/disable"), Access::SignedIn,
                    BodyRule::json(), &TwoFactorRoutes::handleDisable},
                   {Method::Post, QStringLiteral("/api/auth/2fa/email/start"), Access::SignedIn,
                    BodyRule::none(), &TwoFactorRoutes::handleEmailStart, Proof::Recent},
                   {Method::Post, QStringLiteral("/api/auth/2fa/email/enable"), Access::SignedIn,
                    BodyRule::json(), &TwoFactorRoutes::handleEmailEnable, Proof::Recent},
                   {Method::Post, QStringLiteral("/api/auth/2fa/email/disable"), Access::SignedIn,
                    BodyRule::none(), &TwoFactorRoutes::handleEmailDisable, Proof::Recent},
               });
}

void TwoFactorRoutes::handleSetup(const RouteCall &call)
{
    using Result = std::variant<twofactor::TotpEnrollment, DomainError>;
    m_workers.run<Result>(
        this,
        [user = call.user, keys = m_keys](QSqlDatabase &db) -> Result {
            twofactor::TotpEnrollment enrollment = twofactor::TotpEnrollment::create(user.username);
            if (auto error = two_factor_store::storePending(db, user.id,
                                                            keys.secrets.seal(enrollment.secret))) {
                return *error;
            }
            return enrollment;
        },
        answer<twofactor::TotpEnrollment, DomainError>(
            call.reply, [](const twofactor::TotpEnrollment &enrollment) {
                return QHttpServerResponse(
                    QJsonObject{{QStringLiteral("secret"), enrollment.secretBase32},
                                {QStringLiteral("otpauthUri"), enrollment.otpauthUri},
                                {QStringLiteral("qrCode"), enrollment.qrCodeDataUrl}});
            }));
}

// Code attempts are limited per account: then() within the limit, 429 with Retry-After past it
// (decided at once alone, once Redis has answered with several instances).
void TwoFactorRoutes::withinAttempts(const RouteCall &call, std::function<void()> then)
{
    m_limits.check({{QStringLiteral("2fa-account:%1").arg(call.user.id), kCodeAttemptsPerAccount}},
                   [reply = call.reply, then = std::move(then)](int retryAfter) {
                       if (retryAfter > 0) {
                           reply->send(RateLimiter::tooManyRequests(retryAfter));
                           return;
                       }
                       then();
                   });
}

void TwoFactorRoutes::handleEnable(const RouteCall &call)
{
    FieldErrors errors;
    const QString code = stringField(call.json, QStringLiteral("code"), errors, true, 20);
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    withinAttempts(call, [this, call, code] {
        using Result = std::variant<QStringList, DomainError>;
        m_workers.run<Result>(
            this,
            [userId = call.user.id, code, keys = m_keys](QSqlDatabase &db) {
                return two_factor_store::enable(db, userId, code,
                                                QDateTime::currentSecsSinceEpoch(), keys);
            },
            answer<QStringList, DomainError>(call.reply, [](const QStringList &recoveryCodes) {
                return QHttpServerResponse(QJsonObject{
                    {QStringLiteral("recoveryCodes"), QJsonArray::fromStringList(recoveryCodes)}});
            }));
    });
}

void TwoFactorRoutes::handleDisable(const RouteCall &call)
{
    FieldErrors errors;
    const QString code = stringField(call.json, QStringLiteral("code"), errors, false, 20);
    const QString recoveryCode =
        stringField(call.json, QStringLiteral("recoveryCode"), errors, false, 40);
    const QString password =
        stringField(call.json, QStringLiteral("password"), errors, false, 1024);
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    withinAttempts(call, [this, call, code, recoveryCode, password] {
        disableWith(call, code, recoveryCode, password);
    });
}

void TwoFactorRoutes::disableWith(const RouteCall &call, const QString &code,
                                  const QString &recoveryCode, const QString &password)
{
    const auto finish = [this, reply = call.reply, userId = call.user.id, code,
                         recoveryCode](std::optional<two_factor_store::CheckedPassword> checked) {
        m_workers.run<std::optional<DomainError>>(
            this,
            [userId, code, recoveryCode, checked, keys = m_keys](QSqlDatabase &db) {
                return two_factor_store::disable(db, userId, code, recoveryCode, checked,
                                                 QDateTime::currentSecsSinceEpoch(), keys);
            },
            [reply](std::optional<DomainError> error) {
                reply->send(error ? errorResponse(*error) : QHttpServerResponse(Status::NoContent));
            });
    };
    if (!code.isEmpty() || !recoveryCode.isEmpty() || password.isEmpty()) {
        finish(std::nullopt);
        return;
    }
    // The password: its hash read (and the budget checked) on a SQL worker, Argon2id on the CPU
    // pool, the verdict taken into disable's transaction (auth/PasswordCheck.h).
    using Read = std::variant<QByteArray, DomainError>;
    m_workers.run<Read>(
        this,
        [userId = call.user.id](QSqlDatabase &db) {
            return two_factor_store::passwordForDisable(db, userId);
        },
        [this, reply = call.reply, password, finish](Read read) {
            if (const auto *error = std::get_if<DomainError>(&read)) {
                reply->send(errorResponse(*error));
                return;
            }
            const QByteArray hash = std::get<QByteArray>(read);
            password_check::verify(m_workers, this, reply, hash, password,
                                   [hash, finish](bool matches) {
                                       finish(two_factor_store::CheckedPassword{hash, matches});
                                   });
        });
}

void TwoFactorRoutes::handleEmailStart(const RouteCall &call)
{
    m_limits.check(
        {{QStringLiteral("2fa-email-start:%1").arg(call.user.id), kEmailStartsPerAccount}},
        [this, call](int retryAfter) {
            if (retryAfter > 0) {
                call.send(RateLimiter::tooManyRequests(retryAfter));
                return;
            }
            using Result = std::variant<QString, DomainError>;
            m_workers.run<Result>(
                this,
                [userId = call.user.id, keys = m_keys](QSqlDatabase &db) {
                    return two_factor_store::startEmailCodes(db, userId, keys);
                },
                answer<QString, DomainError>(call.reply, [](const QString &sentTo) {
                    return QHttpServerResponse(
                        QJsonObject{{QStringLiteral("sentTo"), sentTo},
                                    {QStringLiteral("expiresIn"),
                                     two_factor_store::kEmailSetupLifetimeSeconds}},
                        Status::Accepted);
                }));
        });
}

void TwoFactorRoutes::handleEmailEnable(const RouteCall &call)
{
    FieldErrors errors;
    const QString code = stringField(call.json, QStringLiteral("code"), errors, true, 20).trimmed();
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    withinAttempts(call, [this, call, code] {
        using Result = std::variant<QStringList, DomainError>;
        m_workers.run<Result>(
            this,
            [userId = call.user.id, code, keys = m_keys](QSqlDatabase &db) {
                return two_factor_store::enableEmailCodes(db, userId, code, keys);
            },
            [reply = call.reply](Result result) {
                if (const auto *error = std::get_if<DomainError>(&result)) {
                    reply->send(errorResponse(*error));
                    return;
                }
                reply->send(QHttpServerResponse(
                    QJsonObject{{QStringLiteral("recoveryCodes"),
                                 QJsonArray::fromStringList(std::get<QStringList>(result))}}));
            });
    });
}

void TwoFactorRoutes::handleEmailDisable(const RouteCall &call)
{
    m_workers.run<std::optional<ApiError>>(
        this,
        [userId = call.user.id](QSqlDatabase &db) -> std::optional<ApiError> {
            if (auto refused = two_factor_store::disableEmailCodes(db, userId)) {
                return ApiError::from(*refused);
            }
            return std::nullopt;
        },
        answerNoContent(call.reply));
}

} // namespace transcendence::server
