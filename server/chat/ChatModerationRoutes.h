#pragma once

#include "app/FeatureContext.h"
#include "http/DeferredReply.h"

#include <QObject>

#include <functional>

namespace transcendence::server {

class Router;
struct RouteCall;

class ChatFeature;
struct UserRecord;

// Reports and moderation (docs/chat.md): POST /api/chat/messages/{id}/report for members;
// GET /api/admin/chat/reports, POST /api/admin/chat/reports/{id}/dismiss,
// DELETE /api/admin/chat/messages/{id}, POST|DELETE /api/admin/users/{id}/mute for admins. Each
// admin action is in the audit log; the user concerned gets a `moderation` notification.
class ChatModerationRoutes : public QObject {
    Q_OBJECT
public:
    ChatModerationRoutes(const FeatureContext &context, ChatFeature &feature,
                         QObject *parent = nullptr);
    void registerRoutes(Router &router);

private:
    void handleReport(const RouteCall &call);
    void handleList(const RouteCall &call);
    void handleDismiss(const RouteCall &call);
    void handleRemove(const RouteCall &call);
    void handleMute(const RouteCall &call);
    void handleUnmute(const RouteCall &call);

    FeatureContext m_context;
    ChatFeature &m_feature;
};

} // namespace transcendence::server
