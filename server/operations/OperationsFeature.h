#pragma once

namespace transcendence::server {

struct FeatureContext;
class HealthRoutes;

// The operator's side (docs/operations.md): GET /metrics for Prometheus, POST /webhook/github
// (push-to-deploy), the status page's API and the admin "Server" figures (StatusRoutes).
void registerOperationsFeature(const FeatureContext &context, const HealthRoutes &health);

} // namespace transcendence::server
