#include "operations/OperationsFeature.h"

#include "app/FeatureContext.h"
#include "app/ServerConfig.h"
#include "http/ApiError.h"
#include "http/HttpExchange.h"
#include "http/Router.h"
#include "metrics/MetricsAccess.h"
#include "metrics/ServerMetrics.h"
#include "operations/DeployWebhook.h"
#include "operations/StatusRoutes.h"

#include <QHttpServer>

namespace transcendence::server {
namespace {

void registerMetricsRoute(Router &router, const ServerConfig &config)
{
    const metrics::MetricsAccess access(config.metricsAllow, config.metricsToken);
    const auto handler = [access](const RouteCall &call) {
        const bool forwarded = !call.header("X-Real-IP").isEmpty() ||
                               !call.header("X-Forwarded-For").isEmpty() ||
                               !call.header("Forwarded").isEmpty();
        if (!access.allows(call.peer, call.header("Authorization"), forwarded)) {
            call.fail({QHttpServerResponder::StatusCode::Forbidden,
                       QStringLiteral("metrics_forbidden"),
                       QStringLiteral("metrics are for the monitoring network or a bearer token"),
                       {}});
            return;
        }
        call.send(QHttpServerResponse("text/plain; version=0.0.4; charset=utf-8",
                                      metrics::registry().render()));
    };
    // Access::Public: the monitoring network or its own bearer token, checked above.
    for (const auto method : {QHttpServerRequest::Method::Get, QHttpServerRequest::Method::Head}) {
        router.add(
            Route{method, QStringLiteral("/metrics"), Access::Public, BodyRule::none(), handler});
    }
}

} // namespace

void registerOperationsFeature(const FeatureContext &context, const HealthRoutes &health)
{
    auto *status = new StatusRoutes(context, health);
    status->registerRoutes(context.router);
    registerMetricsRoute(context.router, context.config);
    registerDeployWebhook(context);
}

} // namespace transcendence::server
