#pragma once

#include "app/FeatureContext.h"
#include "http/DeferredReply.h"

#include <QObject>

class QHttpServer;

namespace transcendence::server {

class ChatFeature;

// The chat's REST surface (docs/chat.md, docs/api/openapi.yaml): /api/chat/direct/{userId},
// /api/chat/conversations[/{id}[/messages|/read]]. Every route needs a signed-in caller; sends
// made here are pushed like WebSocket ones.
class ChatRoutes : public QObject {
    Q_OBJECT
public:
    ChatRoutes(const FeatureContext &context, ChatFeature &feature, QObject *parent = nullptr);
    void registerRoutes(QHttpServer &server);

private:
    void handleDirect(const QString &userId, const QHttpServerRequest &request,
                      const DeferredReplyPtr &reply);
    void handleList(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleConversation(const QString &id, const QHttpServerRequest &request,
                            const DeferredReplyPtr &reply);
    void handleMessages(const QString &id, const QHttpServerRequest &request,
                        const DeferredReplyPtr &reply);
    void handleRead(const QString &id, const QHttpServerRequest &request,
                    const DeferredReplyPtr &reply);

    FeatureContext m_context;
    ChatFeature &m_feature;
};

} // namespace transcendence::server
