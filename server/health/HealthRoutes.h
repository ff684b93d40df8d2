#pragma once

#include "db/DatabaseUrl.h"
#include "http/DeferredReply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace transcendence::server {

class DatabaseHealthProbe;
class Router;
struct RouteCall;

// GET /healthz: the process is alive. GET /readyz: the database answers and every dependency
// added with addDependency is up (Redis when configured); 503 otherwise.
// Readiness is checked on the probe's thread; concurrent /readyz requests share one check.
class HealthRoutes : public QObject {
    Q_OBJECT
public:
    HealthRoutes(const DatabaseSettings &database, QObject *parent = nullptr);
    ~HealthRoutes() override;

    void registerRoutes(Router &router);
    // A service the instance needs besides the database; isUp is asked on the server thread.
    void addDependency(const QString &name, std::function<bool()> isUp);

    QHttpServerResponse livenessResponse() const;

    // The last readiness probe's answer (also run every 15 s on its own, for /metrics and
    // /api/status); nullopt before the first.
    struct Readiness {
        bool ready = false;
        QString error;
        qint64 checkedAtMs = 0; // since the epoch
    };
    const std::optional<Readiness> &lastReadiness() const { return m_lastReadiness; }

signals:
    void checkRequested();

private:
    void handleLiveness(const RouteCall &call);
    void handleReadiness(const RouteCall &call);
    void onChecked(bool reachable, const QString &error);
    void answerPending(bool reachable, const QString &error);

    QThread m_probeThread;
    DatabaseHealthProbe *m_probe = nullptr;
    std::vector<DeferredReplyPtr> m_pending; // answered together by the next check
    QTimer m_checkTimeout;
    QElapsedTimer m_uptime;
    QTimer m_periodicCheck;
    std::optional<Readiness> m_lastReadiness;
    std::vector<std::pair<QString, std::function<bool()>>> m_dependencies;
};

} // namespace transcendence::server
