#include "health/HealthRoutes.h"

#include "app/StructuredLog.h"
#include "db/DatabaseHealthProbe.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "metrics/ServerMetrics.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonObject>

namespace transcendence::server {
namespace {

// A check that has not answered by then (a black-holed TCP database) is reported as down.
constexpr int kReadinessTimeoutMs = 4000;
// Without any /readyz request, the probe still runs this often (metrics, status page).
constexpr int kPeriodicCheckMs = 15000;

} // namespace

HealthRoutes::HealthRoutes(const DatabaseSettings &database, QObject *parent)
    : QObject(parent)
{
    m_uptime.start();
    m_probeThread.setObjectName(QStringLiteral("health-probe"));
    m_probe = new DatabaseHealthProbe(database);
    m_probe->moveToThread(&m_probeThread);
    connect(&m_probeThread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(this, &HealthRoutes::checkRequested, m_probe, &DatabaseHealthProbe::check);
    connect(m_probe, &DatabaseHealthProbe::checked, this, &HealthRoutes::onChecked);
    m_probeThread.start();

    m_checkTimeout.setSingleShot(true);
    m_checkTimeout.setInterval(kReadinessTimeoutMs);
    connect(&m_checkTimeout, &QTimer::timeout, this, [this] {
        answerPending(false, QStringLiteral("the database did not answer in time"));
    });
    const auto checkNow = [this] {
        if (!m_checkTimeout.isActive()) {
            m_checkTimeout.start();
            emit checkRequested();
        }
    };
    m_periodicCheck.setInterval(kPeriodicCheckMs);
    connect(&m_periodicCheck, &QTimer::timeout, this, checkNow);
    m_periodicCheck.start();
    QTimer::singleShot(0, this, checkNow); // the status page knows from the start
}

HealthRoutes::~HealthRoutes()
{
    QMetaObject::invokeMethod(m_probe, &DatabaseHealthProbe::closeConnection,
                              Qt::BlockingQueuedConnection);
    m_probeThread.quit();
    m_probeThread.wait();
}

QHttpServerResponse HealthRoutes::livenessResponse() const
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                    {QStringLiteral("version"), QStringLiteral(TRANSCENDENCE_VERSION_STRING)},
                    {QStringLiteral("uptimeSeconds"), m_uptime.elapsed() / 1000}});
}

void HealthRoutes::registerRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    const BodyRule none = BodyRule::none();
    router.add(this, {
                         {Method::Get, QStringLiteral("/healthz"), Access::Public, none,
                          &HealthRoutes::handleLiveness},
                         {Method::Head, QStringLiteral("/healthz"), Access::Public, none,
                          &HealthRoutes::handleLiveness},
                         {Method::Get, QStringLiteral("/readyz"), Access::Public, none,
                          &HealthRoutes::handleReadiness},
                         {Method::Head, QStringLiteral("/readyz"), Access::Public, none,
                          &HealthRoutes::handleReadiness},
                     });
}

void HealthRoutes::handleLiveness(const RouteCall &call)
{
    call.send(livenessResponse());
}

void HealthRoutes::handleReadiness(const RouteCall &call)
{
    m_pending.push_back(call.reply);
    if (!m_checkTimeout.isActive()) {
        m_checkTimeout.start();
        emit checkRequested();
    }
}

void HealthRoutes::addDependency(const QString &name, std::function<bool()> isUp)
{
    m_dependencies.emplace_back(name, std::move(isUp));
}

void HealthRoutes::onChecked(bool reachable, const QString &error)
{
    if (!m_checkTimeout.isActive()) {
        return; // a late answer to a check that already timed out
    }
    m_checkTimeout.stop();
    answerPending(reachable, error);
}

void HealthRoutes::answerPending(bool reachable, const QString &error)
{
    m_lastReadiness = Readiness{reachable, error, QDateTime::currentMSecsSinceEpoch()};
    metrics::setComponentUp(QStringLiteral("database"), reachable);
    if (!reachable) {
        StructuredLog::warning(QStringLiteral("database_unreachable"),
                               {{QStringLiteral("error"), error}});
    }
    QString down; // the first dependency that is not up, when the database is
    for (const auto &[name, isUp] : m_dependencies) {
        if (reachable && !isUp()) {
            down = name;
            break;
        }
    }
    std::vector<DeferredReplyPtr> pending;
    pending.swap(m_pending);
    for (const DeferredReplyPtr &reply : pending) {
        if (reachable && !down.isEmpty()) {
            const ApiError unavailable{QHttpServerResponder::StatusCode::ServiceUnavailable,
                                       down + QStringLiteral("_unavailable"),
                                       QStringLiteral("%1 is not reachable").arg(down),
                                       {}};
            auto response = unavailable.toResponse();
            response.setHeader("Retry-After", "5");
            reply->send(std::move(response));
        } else if (reachable) {
            QJsonObject ready{{QStringLiteral("status"), QStringLiteral("ready")},
                              {QStringLiteral("database"), QStringLiteral("ok")}};
            for (const auto &dependency : m_dependencies) {
                ready.insert(dependency.first, QStringLiteral("ok"));
            }
            reply->send(QHttpServerResponse(ready));
        } else {
            const ApiError unavailable{QHttpServerResponder::StatusCode::ServiceUnavailable,
                                       QStringLiteral("database_unavailable"),
                                       QStringLiteral("the database is not reachable"),
                                       {}};
            auto response = unavailable.toResponse();
            response.setHeader("Retry-After", "5");
            reply->send(std::move(response));
        }
    }
}

} // namespace transcendence::server
