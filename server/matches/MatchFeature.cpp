#include "matches/MatchFeature.h"

#include "app/FeatureContext.h"
#include "app/StructuredLog.h"
#include "db/DatabaseWorkers.h"
#include "matches/Achievements.h"
#include "matches/MatchRoutes.h"

namespace transcendence::server {

void registerMatchFeature(const FeatureContext &context)
{
    auto *routes = new MatchRoutes(context, &context.owner);
    routes->registerRoutes(context.router);
    // Achievements for matches recorded before they existed, once per rules version, on a
    // worker (it replays the candidate comebacks).
    context.workers.run<int>(
        &context.owner, [](QSqlDatabase &db) { return achievements::backfill(db); },
        [](int added) {
            if (added < 0) {
                StructuredLog::error(QStringLiteral("achievements_backfill_failed"), {});
            } else if (added > 0) {
                StructuredLog::info(QStringLiteral("achievements_backfilled"),
                                    {{QStringLiteral("awarded"), added}});
            }
        });
}

} // namespace transcendence::server
