#pragma once

#include "app/FeatureContext.h"
#include "http/DeferredReply.h"

#include <QObject>

#include <functional>

class QHttpServer;

namespace transcendence::server {

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
    void registerRoutes(QHttpServer &server);

private:
    using AdminAction = std::function<void(const UserRecord &admin)>;
    void asAdmin(const QHttpServerRequest &request, const DeferredReplyPtr &reply,
                 AdminAction action);
    void handleReport(const QString &id, const QHttpServerRequest &request,
                      const DeferredReplyPtr &reply);
    void handleList(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleDismiss(const QString &id, const QHttpServerRequest &request,
                       const DeferredReplyPtr &reply);
    void handleRemove(const QString &id, const QHttpServerRequest &request,
                      const DeferredReplyPtr &reply);
    void handleMute(const QString &id, const QHttpServerRequest &request,
                    const DeferredReplyPtr &reply);

    FeatureContext m_context;
    ChatFeature &m_feature;
};

} // namespace transcendence::server
