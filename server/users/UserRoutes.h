#pragma once

#include "auth/RateLimiter.h"
#include "http/DeferredReply.h"

#include <QObject>

#include <memory>

namespace transcendence::server {

class DatabaseWorkers;
class DefaultAvatarCache;
class Router;
struct RouteCall;
namespace avatar {
class AvatarProcessor;
}

// Profiles and avatars under /api/users, /api/users/me included. Every SQL
// query and every image decode runs on a DatabaseWorkers thread. docs/api/openapi.yaml
// describes each endpoint.
class UserRoutes : public QObject {
    Q_OBJECT
public:
    explicit UserRoutes(DatabaseWorkers &workers, QObject *parent = nullptr);
    ~UserRoutes() override;

    void registerRoutes(Router &router);

private:
    void handleMe(const RouteCall &call);
    void handleUpdateMe(const RouteCall &call);
    void handleSearch(const RouteCall &call);
    void handleProfile(const RouteCall &call);
    void handleUploadAvatar(const RouteCall &call);
    void handleRemoveAvatar(const RouteCall &call);
    void handleAvatar(const RouteCall &call);

    void uploadAvatar(qint64 userId, const QByteArray &upload, const DeferredReplyPtr &reply);
    void removeAvatar(qint64 userId, const DeferredReplyPtr &reply);

    DatabaseWorkers &m_workers;
    // Shared with the jobs on the workers, which may still run while the server shuts down.
    std::shared_ptr<const avatar::AvatarProcessor> m_processor;
    std::shared_ptr<DefaultAvatarCache> m_defaultAvatars;
    RateLimiter m_uploadLimits;
};

} // namespace transcendence::server
