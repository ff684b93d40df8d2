#include "social/SocialFeature.h"

#include "app/FeatureContext.h"
#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "social/PresenceTracker.h"
#include "social/SocialRoutes.h"

namespace transcendence::server {

void registerSocialFeature(const FeatureContext &context)
{
    QStringList problems;
    const PresenceSettings presence =
        PresenceSettings::fromEnvironment(QProcessEnvironment::systemEnvironment(), &problems);
    for (const QString &problem : std::as_const(problems)) {
        StructuredLog::warning(QStringLiteral("presence_setting_ignored"),
                               {{QStringLiteral("problem"), problem}});
    }
    new PresenceTracker(context.workers, context.hub, context.config.database, presence,
                        &context.owner);
    auto *routes = new SocialRoutes(context.workers, presence, &context.owner);
    routes->registerRoutes(context.router);
}

} // namespace transcendence::server
