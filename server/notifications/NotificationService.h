#pragma once

#include "app/FeatureContext.h"
#include "http/DeferredReply.h"

#include <QJsonObject>
#include <QObject>

namespace transcendence::server {

class Router;
struct RouteCall;

// The notification inbox: other features call notify() (friend requests, invitations,
// tournament notices, moderation); it stores the notification on a worker and pushes
// `notification` to the user's connections. REST: GET /api/notifications and
// POST /api/notifications/read (the user's other devices get `notificationsRead`).
class NotificationService : public QObject {
    Q_OBJECT
public:
    NotificationService(const FeatureContext &context, QObject *parent);
    // The service registered on this feature owner, or nullptr (features call it lazily, so the
    // order of registration does not matter).
    static NotificationService *find(const QObject &featureOwner);
    // Convenience for features: notifies through the service under featureOwner, if any.
    static void send(const QObject &featureOwner, qint64 userId, const QString &kind,
                     qint64 actorId, const QJsonObject &data, const QString &link);

    void notify(qint64 userId, const QString &kind, qint64 actorId, const QJsonObject &data,
                const QString &link);
    void registerRoutes(Router &router);

private:
    void handleList(const RouteCall &call);
    void handleRead(const RouteCall &call);

    FeatureContext m_context;
};

} // namespace transcendence::server
