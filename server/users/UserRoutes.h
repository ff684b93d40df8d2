#pragma once

#include "auth/RateLimiter.h"
#include "http/DeferredReply.h"

#include <QObject>

#include <memory>

class QHttpServer;

namespace transcendence::server {

class DatabaseWorkers;
class DefaultAvatarCache;
class RequestAuthenticator;
namespace avatar {
class AvatarProcessor;
}

// Profiles and avatars under /api/users (GET /api/users/me itself is AuthRoutes'). Every SQL
// query and every image decode runs on a DatabaseWorkers thread. docs/api/openapi.yaml
// describes each endpoint.
class UserRoutes : public QObject {
    Q_OBJECT
public:
    UserRoutes(DatabaseWorkers &workers, RequestAuthenticator &authenticator,
               QObject *parent = nullptr);
    ~UserRoutes() override;

    void registerRoutes(QHttpServer &server);

private:
    void handleMe(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleSearch(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleProfile(const QString &id, const QHttpServerRequest &request,
                       const DeferredReplyPtr &reply);
    void handleOwnAvatar(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleAvatar(const QString &id, const QHttpServerRequest &request,
                      const DeferredReplyPtr &reply);

    void uploadAvatar(qint64 userId, const QByteArray &upload, const DeferredReplyPtr &reply);
    void removeAvatar(qint64 userId, const DeferredReplyPtr &reply);

    DatabaseWorkers &m_workers;
    RequestAuthenticator &m_authenticator;
    // Shared with the jobs on the workers, which may still run while the server shuts down.
    std::shared_ptr<const avatar::AvatarProcessor> m_processor;
    std::shared_ptr<DefaultAvatarCache> m_defaultAvatars;
    RateLimiter m_uploadLimits;
};

} // namespace transcendence::server
