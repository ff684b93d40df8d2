#include "operations/OperationsFeature.h"

#include "app/FeatureContext.h"
#include "app/ServerConfig.h"
#include "http/ApiError.h"
#include "http/HttpExchange.h"
#include "metrics/MetricsAccess.h"
#include "metrics/ServerMetrics.h"
#include "operations/DeployWebhook.h"
#include "operations/StatusRoutes.h"

#include <QHttpServer>

namespace transcendence::server {
namespace {

void registerMetricsRoute(QHttpServer &server, const ServerConfig &config)
{
    const metrics::MetricsAccess access(config.metricsAllow, config.metricsToken);
    server.route(QStringLiteral("/metrics"), [access](const QHttpServerRequest &request,
                                                      QHttpServerResponder &&responder) {
        const HttpExchange exchange(request);
        if (!exchange.isGetOrHead()) {
            exchange.send(std::move(responder),
                          ApiError::methodNotAllowedResponse(exchange.method()));
            return;
        }
        if (!access.allows(request)) {
            exchange.send(std::move(responder),
                          ApiError{QHttpServerResponder::StatusCode::Forbidden,
                                   QStringLiteral("metrics_forbidden"),
                                   QStringLiteral("metrics are for the monitoring network or a "
                                                  "bearer token"),
                                   {}}
                              .toResponse());
            return;
        }
        exchange.send(std::move(responder),
                      QHttpServerResponse("text/plain; version=0.0.4; charset=utf-8",
                                          metrics::registry().render()));
    });
}

} // namespace

void registerOperationsFeature(const FeatureContext &context, const HealthRoutes &health)
{
    auto *status = new StatusRoutes(context, health);
    status->registerRoutes(context.router);
    registerMetricsRoute(context.http, context.config);
    registerDeployWebhook(context);
}

} // namespace transcendence::server
