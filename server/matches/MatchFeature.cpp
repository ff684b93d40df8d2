#include "matches/MatchFeature.h"

#include "app/FeatureContext.h"
#include "matches/MatchRoutes.h"

namespace transcendence::server {

void registerMatchFeature(const FeatureContext &context)
{
    auto *routes = new MatchRoutes(context, &context.owner);
    routes->registerRoutes(context.http);
}

} // namespace transcendence::server
