#pragma once

namespace transcendence::server {

struct FeatureContext;

// Friends, blocks and live presence: SocialRoutes (REST) and PresenceTracker (WebSocket
// presence, heartbeats, pushes), owned by context.owner.
void registerSocialFeature(const FeatureContext &context);

} // namespace transcendence::server
