#pragma once

namespace transcendence::server {

struct FeatureContext;

// Profiles and avatars: PATCH /api/users/me, GET /api/users/{id}, GET /api/users?query=,
// PUT/DELETE /api/users/me/avatar, GET /api/users/{id}/avatar (docs/api/openapi.yaml).
void registerUserFeature(const FeatureContext &context);

} // namespace transcendence::server
