#include "operations/DeployWebhook.h"

#include "app/FeatureContext.h"
#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "auth/twofactor/ConstantTime.h"
#include "db/DatabaseWorkers.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "operations/DeployQueue.h"
#include "operations/DeployStore.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace transcendence::server {
namespace {

// GitHub caps payloads at 25 MB; a push's is far smaller. nginx refuses above 1 MB too.
constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

QHttpServerResponse answer(QHttpServerResponder::StatusCode status, const QString &result,
                           const QString &deliveryId, const QString &detail = {})
{
    QJsonObject body{{QStringLiteral("result"), result},
                     {QStringLiteral("deliveryId"), deliveryId}};
    if (!detail.isEmpty()) {
        body.insert(QStringLiteral("detail"), detail);
    }
    return QHttpServerResponse(body, status);
}

ApiError error(QHttpServerResponder::StatusCode status, const QString &code, const QString &message)
{
    return ApiError{status, code, message, {}};
}

class DeployWebhook : public QObject {
public:
    DeployWebhook(const FeatureContext &context)
        : QObject(&context.owner)
        , m_workers(context.workers)
        , m_secret(context.config.webhookSecret)
        , m_branchRef(QStringLiteral("refs/heads/") + context.config.deployBranch)
        , m_hasCommand(!context.config.deployCommand.isEmpty())
        , m_queue(new DeployQueue(context.config.deployCommand, context.workers, this))
    {}

    // The body is read raw (the signature covers its bytes); the route refuses more than 1 MiB.
    void handle(const RouteCall &call)
    {
        const DeferredReplyPtr &reply = call.reply;
        const QByteArray &body = call.body;
        if (!hasValidSignature(body, call.header("X-Hub-Signature-256"), m_secret)) {
            StructuredLog::warning(QStringLiteral("webhook_refused"),
                                   {{QStringLiteral("remote"), reply->exchange().clientAddress()}});
            auto response = error(QHttpServerResponder::StatusCode::Unauthorized,
                                  QStringLiteral("invalid_signature"),
                                  QStringLiteral("X-Hub-Signature-256 does not match the body"))
                                .toResponse();
            response.setHeader("WWW-Authenticate", "X-Hub-Signature-256");
            reply->send(std::move(response));
            return;
        }
        static const QRegularExpression deliveryPattern(QStringLiteral("^[A-Za-z0-9-]{1,100}$"));
        const QString deliveryId = QString::fromLatin1(call.header("X-GitHub-Delivery"));
        const QString event = QString::fromLatin1(call.header("X-GitHub-Event"));
        if (!deliveryPattern.match(deliveryId).hasMatch() || event.isEmpty() ||
            event.size() > 100) {
            reply->send(error(QHttpServerResponder::StatusCode::BadRequest,
                              QStringLiteral("invalid_delivery"),
                              QStringLiteral("X-GitHub-Delivery and X-GitHub-Event are required"))
                            .toResponse());
            return;
        }
        deploy_store::Delivery delivery{deliveryId, event, {}, {}, QStringLiteral("ignored")};
        QString detail;
        bool deploys = false;
        if (event == QLatin1String("ping")) {
            delivery.result = QStringLiteral("pong");
        } else if (event == QLatin1String("push")) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            if (!document.isObject()) {
                reply->send(error(QHttpServerResponder::StatusCode::BadRequest,
                                  QStringLiteral("invalid_json"),
                                  QStringLiteral("the push payload is not a JSON object"))
                                .toResponse());
                return;
            }
            delivery.ref = document.object().value(QStringLiteral("ref")).toString().left(300);
            delivery.headCommit =
                document.object().value(QStringLiteral("after")).toString().left(100);
            if (delivery.ref != m_branchRef) {
                detail = QStringLiteral("not the deploy branch");
            } else if (!m_hasCommand) {
                detail = QStringLiteral("no deploy command is configured");
            } else {
                deploys = true;
                delivery.result = QStringLiteral("queued");
            }
        } else {
            detail = QStringLiteral("event not used");
        }
        using Result = std::variant<bool, DomainError>;
        m_workers.run<Result>(
            this,
            [delivery](QSqlDatabase &db) { return deploy_store::recordDelivery(db, delivery); },
            [this, reply, delivery, deploys, detail](Result result) {
                if (const auto *failure = std::get_if<DomainError>(&result)) {
                    reply->send(ApiError::from(*failure).toResponse());
                    return;
                }
                StructuredLog::info(QStringLiteral("webhook_delivery"),
                                    {{QStringLiteral("deliveryId"), delivery.id},
                                     {QStringLiteral("event"), delivery.event},
                                     {QStringLiteral("ref"), delivery.ref},
                                     {QStringLiteral("new"), std::get<bool>(result)},
                                     {QStringLiteral("result"), delivery.result}});
                if (!std::get<bool>(result)) {
                    // A redelivery: what the first one did stands.
                    reply->send(answer(QHttpServerResponder::StatusCode::Ok,
                                       QStringLiteral("duplicate"), delivery.id));
                    return;
                }
                if (!deploys) {
                    reply->send(answer(QHttpServerResponder::StatusCode::Ok, delivery.result,
                                       delivery.id, detail));
                    return;
                }
                const bool startedNow =
                    m_queue->push({delivery.id, delivery.ref, delivery.headCommit});
                reply->send(answer(QHttpServerResponder::StatusCode::Accepted,
                                   QStringLiteral("queued"), delivery.id,
                                   startedNow ? QStringLiteral("deploying now")
                                              : QStringLiteral("after the running deploy")));
            });
    }

private:
    DatabaseWorkers &m_workers;
    QByteArray m_secret;
    QString m_branchRef;
    bool m_hasCommand;
    DeployQueue *m_queue;
};

} // namespace

bool hasValidSignature(const QByteArray &body, const QByteArray &signatureHeader,
                       const QByteArray &secret)
{
    if (secret.isEmpty() || !signatureHeader.startsWith("sha256=")) {
        return false;
    }
    const QByteArray expected =
        "sha256=" +
        QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
    return twofactor::constantTimeEquals(signatureHeader.trimmed().toLower(), expected);
}

void registerDeployWebhook(const FeatureContext &context)
{
    auto *webhook = new DeployWebhook(context);
    context.router.add(webhook,
                       {{QHttpServerRequest::Method::Post, QStringLiteral("/webhook/github"),
                         Access::Public, BodyRule::raw(kMaxBodyBytes), &DeployWebhook::handle}});
}

} // namespace transcendence::server
