#pragma once

#include "app/FeatureContext.h"
#include "http/DeferredReply.h"

#include <QObject>

namespace transcendence::server {

class Router;
struct RouteCall;

class ChatFeature;

// The chat's REST surface (docs/chat.md, docs/api/openapi.yaml): /api/chat/direct/{userId},
// /api/chat/conversations[/{id}[/messages|/read]]. Every route needs a signed-in caller; sends
// made here are pushed like WebSocket ones.
class ChatRoutes : public QObject {
    Q_OBJECT
public:
    ChatRoutes(const FeatureContext &context, ChatFeature &feature, QObject *parent = nullptr);
    void registerRoutes(Router &router);

private:
    void handleDirect(const RouteCall &call);
    void handleList(const RouteCall &call);
    void handleConversation(const RouteCall &call);
    void handleHistory(const RouteCall &call);
    void handleSend(const RouteCall &call);
    void handleRead(const RouteCall &call);

    FeatureContext m_context;
    ChatFeature &m_feature;
};

} // namespace transcendence::server
