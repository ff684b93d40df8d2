#pragma once

#include "app/FeatureContext.h"
#include "auth/AccountStore.h"
#include "http/DeferredReply.h"

#include <QObject>

#include <functional>

class QHttpServer;

namespace transcendence::server {

// /api/admin/*: what the QML admin view uses. Every endpoint refuses anyone but an admin (403),
// checked on each request against the database (a demoted admin loses access at once).
//   GET  /api/admin/users?query=&limit=&offset=    search
//   GET  /api/admin/users/{id}                     account, ban state, sessions
//   POST /api/admin/users/{id}/ban {reason}        ban (revokes every session, closes sockets)
//   POST /api/admin/users/{id}/unban
//   PUT  /api/admin/users/{id}/role {role}         user | admin
//   DELETE /api/admin/users/{id}/avatar            back to the generated avatar
//   GET  /api/admin/audit-log?limit=&offset=       newest first
//   GET  /api/admin/stats                          live figures: connected users (presence, every
//                                                  instance), live matches (this instance's
//                                                  rooms), matches recorded today (UTC)
class AdminRoutes : public QObject {
    Q_OBJECT
public:
    AdminRoutes(const FeatureContext &context, QObject *parent = nullptr);
    void registerRoutes(QHttpServer &server);

private:
    using AdminAction = std::function<void(const UserRecord &admin)>;
    void asAdmin(const QHttpServerRequest &request, const DeferredReplyPtr &reply,
                 AdminAction action);

    void handleSearch(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleUser(const QString &id, const QHttpServerRequest &request,
                    const DeferredReplyPtr &reply);
    void handleBan(const QString &id, const QHttpServerRequest &request,
                   const DeferredReplyPtr &reply, bool ban);
    void handleRole(const QString &id, const QHttpServerRequest &request,
                    const DeferredReplyPtr &reply);
    void handleRemoveAvatar(const QString &id, const QHttpServerRequest &request,
                            const DeferredReplyPtr &reply);
    void handleAuditLog(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleFigures(const QHttpServerRequest &request, const DeferredReplyPtr &reply);

    FeatureContext m_context; // a copy: the one registerFeatures() builds is a local
};

void registerAdminFeature(const FeatureContext &context);

} // namespace transcendence::server
