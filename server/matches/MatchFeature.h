#pragma once

namespace transcendence::server {

struct FeatureContext;

// Match history, stats and replays (server/matches/MatchRoutes.h): GET /api/users/{id}/stats,
// GET /api/users/{id}/matches, GET /api/matches/{id}, GET /api/matches/{id}/replay, the
// leaderboard (GET /api/leaderboard) and achievements (GET /api/users/{id}/achievements; past
// matches are backfilled once at start-up). Matches are written by the play feature through
// match_store::recordMatch (MatchStore.h), not over HTTP.
void registerMatchFeature(const FeatureContext &context);

} // namespace transcendence::server
