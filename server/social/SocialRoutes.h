#pragma once

#include "http/DeferredReply.h"
#include "social/PresenceSettings.h"

#include <QObject>

class QHttpServer;

namespace transcendence::server {

class DatabaseWorkers;
class RequestAuthenticator;

// /api/friends, /api/friends/requests[/{id}[/accept|/decline]], /api/friends/{userId},
// /api/blocks[/{userId}]: every one authenticated. docs/api/openapi.yaml describes each.
// Ids in paths that are not positive integers name nothing: 404 not_found.
class SocialRoutes : public QObject {
    Q_OBJECT
public:
    SocialRoutes(DatabaseWorkers &workers, RequestAuthenticator &authenticator,
                 PresenceSettings presence, QObject *parent = nullptr);

    void registerRoutes(QHttpServer &server);

private:
    void handleRequests(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleCancel(const QString &id, const QHttpServerRequest &request,
                      const DeferredReplyPtr &reply);
    void handleAnswer(const QString &id, bool accept, const QHttpServerRequest &request,
                      const DeferredReplyPtr &reply);
    void handleFriends(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleRemoveFriend(const QString &id, const QHttpServerRequest &request,
                            const DeferredReplyPtr &reply);
    void handleBlocks(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleUnblock(const QString &id, const QHttpServerRequest &request,
                       const DeferredReplyPtr &reply);

    DatabaseWorkers &m_workers;
    RequestAuthenticator &m_authenticator;
    PresenceSettings m_presence;
};

} // namespace transcendence::server
