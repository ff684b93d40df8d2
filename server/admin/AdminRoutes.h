#pragma once

#include "app/FeatureContext.h"
#include "auth/AccountStore.h"
#include "http/DeferredReply.h"

#include <QObject>

#include <functional>

namespace transcendence::server {

class Router;
struct RouteCall;

// /api/admin/*: what the QML admin view uses; the route table in registerRoutes() lists them.
// Every row is Access::Admin: anyone else gets 403, checked against the database on each request
// (a demoted admin loses access at once). The figures: connected users (presence, every
// instance), live matches (this instance's rooms), matches recorded today (UTC).
class AdminRoutes : public QObject {
    Q_OBJECT
public:
    AdminRoutes(const FeatureContext &context, QObject *parent = nullptr);
    void registerRoutes(Router &router);

private:
    void handleSearch(const RouteCall &call);
    void handleUser(const RouteCall &call);
    void handleBan(const RouteCall &call);
    void handleUnban(const RouteCall &call);
    void changeBan(const RouteCall &call, bool ban, const QString &reason);
    void handleRole(const RouteCall &call);
    void handleRemoveAvatar(const RouteCall &call);
    void handleAuditLog(const RouteCall &call);
    void handleFigures(const RouteCall &call);

    FeatureContext m_context; // a copy: the one registerFeatures() builds is a local
};

void registerAdminFeature(const FeatureContext &context);

} // namespace transcendence::server
