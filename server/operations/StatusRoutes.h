#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace transcendence::server {

class Router;
struct RouteCall;

struct FeatureContext;
class HealthRoutes;

// The status page's API (docs/operations.md, "Status page"):
//   GET    /api/status                  public: each component up or degraded, live figures,
//                                       the open incident note
//   POST   /api/admin/status/incident   an admin posts a note {message, severity} (audited)
//   DELETE /api/admin/status/incident   an admin resolves it (audited)
//   GET    /api/admin/server            admins: the metrics' summary, the components, recent
//                                       deploys (the admin "Server" pages)
class StatusRoutes : public QObject {
    Q_OBJECT
public:
    StatusRoutes(const FeatureContext &context, const HealthRoutes &health);
    void registerRoutes(Router &router);

    // The components as GET /api/status shows them (from the readiness probes).
    QJsonObject components() const;

private:
    struct Cached {
        qint64 playersOnline = 0;
        QJsonObject incident;
        QElapsedTimer age;
        bool databaseAnswered = false;
    };
    // Players online and the incident note, read at most once every few seconds (the page is
    // public: a flood of requests costs one query per period).
    void withFigures(std::function<void(const Cached &)> next);
    void handleStatus(const RouteCall &call);
    void handlePostIncident(const RouteCall &call);
    void handleResolveIncident(const RouteCall &call);
    void handleServer(const RouteCall &call);

    const FeatureContext &context() const { return *m_context; }

    std::unique_ptr<FeatureContext> m_context;
    const HealthRoutes &m_health;
    int m_presenceStaleSeconds = 45;
    std::optional<Cached> m_cached;
    std::vector<std::function<void(const Cached &)>> m_waiting;
};

} // namespace transcendence::server
