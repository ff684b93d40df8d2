#pragma once

#include "auth/RateLimiter.h"
#include "http/DeferredReply.h"
#include "social/PresenceSettings.h"

#include <QObject>

namespace transcendence::server {

class DatabaseWorkers;
class Router;
struct RouteCall;

// /api/friends, /api/friends/requests[/{id}[/accept|/decline]], /api/friends/{userId},
// /api/blocks[/{userId}]: every one authenticated. docs/api/openapi.yaml describes each.
// Ids in paths that are not positive integers name nothing: 404 not_found.
class SocialRoutes : public QObject {
    Q_OBJECT
public:
    SocialRoutes(DatabaseWorkers &workers, PresenceSettings presence, QObject *parent = nullptr);

    void registerRoutes(Router &router);

private:
    void handleListRequests(const RouteCall &call);
    void handleSendRequest(const RouteCall &call);
    void handleCancel(const RouteCall &call);
    void handleAccept(const RouteCall &call);
    void handleDecline(const RouteCall &call);
    void handleFriends(const RouteCall &call);
    void handleRemoveFriend(const RouteCall &call);
    void handleBlocks(const RouteCall &call);
    void handleBlock(const RouteCall &call);
    void handleUnblock(const RouteCall &call);

    DatabaseWorkers &m_workers;
    PresenceSettings m_presence;
    RateLimiter m_limits; // friend requests sent per user
};

} // namespace transcendence::server
