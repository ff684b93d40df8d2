#include "operations/StatusRoutes.h"

#include "app/FeatureContext.h"
#include "app/ServerConfig.h"
#include "db/DatabaseWorkers.h"
#include "health/HealthRoutes.h"
#include "http/DeferredReply.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "metrics/ServerMetrics.h"
#include "operations/DeployStore.h"
#include "operations/StatusStore.h"
#include "realtime/RealtimeHub.h"
#include "social/PresenceSettings.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr qint64 kFiguresMaxAgeMs = 5000;
// A readiness answer older than this (the probe runs every 15 s) no longer counts as "up".
constexpr qint64 kReadinessFreshMs = 45'000;

QString component(bool up)
{
    return up ? QStringLiteral("up") : QStringLiteral("degraded");
}

} // namespace

StatusRoutes::StatusRoutes(const FeatureContext &context, const HealthRoutes &health)
    : QObject(&context.owner)
    , m_context(std::make_unique<FeatureContext>(context))
    , m_health(health)
{
    QStringList problems;
    m_presenceStaleSeconds =
        PresenceSettings::fromEnvironment(QProcessEnvironment::systemEnvironment(), &problems)
            .staleAfterSeconds;
}

QJsonObject StatusRoutes::components() const
{
    const auto &readiness = m_health.lastReadiness();
    const bool databaseUp =
        readiness && readiness->ready &&
        QDateTime::currentMSecsSinceEpoch() - readiness->checkedAtMs < kReadinessFreshMs;
    // The API answers this very request; the realtime hub takes connections while not shutting
    // down. Both depend on the database for everything but the simplest answers.
    return QJsonObject{{QStringLiteral("api"), component(true)},
                       {QStringLiteral("realtime"), component(true)},
                       {QStringLiteral("database"), component(databaseUp)}};
}

void StatusRoutes::withFigures(std::function<void(const Cached &)> next)
{
    if (m_cached && m_cached->age.isValid() && m_cached->age.elapsed() < kFiguresMaxAgeMs) {
        next(*m_cached);
        return;
    }
    m_waiting.push_back(std::move(next));
    if (m_waiting.size() > 1) {
        return; // a read is in flight: everyone gets its answer
    }
    using Result = std::variant<status_store::Figures, DomainError>;
    const int stale = m_presenceStaleSeconds;
    context().workers.run<Result>(
        this, [stale](QSqlDatabase &db) { return status_store::figures(db, stale); },
        [this](Result result) {
            Cached cached;
            if (const auto *figures = std::get_if<status_store::Figures>(&result)) {
                cached.playersOnline = figures->playersOnline;
                cached.incident = figures->incident;
                cached.databaseAnswered = true;
                cached.age.start();
            } else if (m_cached) {
                cached = *m_cached; // the last known note, until the database answers again
                cached.databaseAnswered = false;
                cached.age.invalidate();
            }
            m_cached = cached;
            auto waiting = std::move(m_waiting);
            m_waiting.clear();
            for (auto &callback : waiting) {
                callback(cached);
            }
        });
}

void StatusRoutes::registerRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    const BodyRule none = BodyRule::none();
    router.add(this, {
                         {Method::Get, QStringLiteral("/api/status"), Access::Public, none,
                          &StatusRoutes::handleStatus},
                         {Method::Head, QStringLiteral("/api/status"), Access::Public, none,
                          &StatusRoutes::handleStatus},
                         {Method::Post, QStringLiteral("/api/admin/status/incident"), Access::Admin,
                          BodyRule::json(), &StatusRoutes::handlePostIncident},
                         {Method::Delete, QStringLiteral("/api/admin/status/incident"),
                          Access::Admin, none, &StatusRoutes::handleResolveIncident},
                         {Method::Get, QStringLiteral("/api/admin/server"), Access::Admin, none,
                          &StatusRoutes::handleServer},
                         {Method::Head, QStringLiteral("/api/admin/server"), Access::Admin, none,
                          &StatusRoutes::handleServer},
                     });
}

void StatusRoutes::handleStatus(const RouteCall &call)
{
    const DeferredReplyPtr reply = call.reply;
    withFigures([this, reply](const Cached &figures) {
        QJsonObject parts = components();
        if (!figures.databaseAnswered) {
            parts.insert(QStringLiteral("database"), component(false));
        }
        bool allUp = true;
        for (auto part = parts.constBegin(); part != parts.constEnd(); ++part) {
            allUp = allUp && part.value().toString() == QLatin1String("up");
        }
        // The admin's note says more than the probes can: an outage they declare is one.
        const QString declared = figures.incident.value(QStringLiteral("severity")).toString();
        const QString overall = declared == QLatin1String("outage") ? QStringLiteral("outage")
                                : !allUp || declared == QLatin1String("degraded")
                                    ? QStringLiteral("degraded")
                                    : QStringLiteral("up");
        const metrics::Summary summary = metrics::summarize();
        QJsonObject body{{QStringLiteral("status"), overall},
                         {QStringLiteral("components"), parts},
                         {QStringLiteral("liveMatches"), qint64(summary.liveMatches)},
                         {QStringLiteral("playersOnline"), figures.playersOnline},
                         {QStringLiteral("incident"),
                          figures.incident.isEmpty() ? QJsonValue() : QJsonValue(figures.incident)},
                         {QStringLiteral("checkedAt"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        reply->send(QHttpServerResponse(body));
    });
}

void StatusRoutes::handlePostIncident(const RouteCall &call)
{
    FieldErrors errors;
    const QString message =
        stringField(call.json, QStringLiteral("message"), errors, true, 500).trimmed();
    const QString severity = stringField(call.json, QStringLiteral("severity"), errors, false, 20,
                                         QStringLiteral("degraded"));
    if (message.isEmpty() && !errors.has(QStringLiteral("message"))) {
        errors.add(QStringLiteral("message"), FieldProblem::required());
    }
    if (!QStringList{QStringLiteral("info"), QStringLiteral("degraded"), QStringLiteral("outage")}
             .contains(severity) &&
        !errors.has(QStringLiteral("severity"))) {
        errors.add(QStringLiteral("severity"),
                   FieldProblem::invalid(QStringLiteral("must be info, degraded or outage")));
    }
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    m_cached.reset(); // the page shows the change at once
    using Result = std::variant<QJsonObject, DomainError>;
    context().workers.run<Result>(
        this,
        [adminId = call.user.id, message, severity](QSqlDatabase &db) {
            return status_store::postIncident(db, adminId, message, severity);
        },
        answer<QJsonObject, DomainError>(call.reply, [this](const QJsonObject &incident) {
            m_cached.reset();
            return QHttpServerResponse(incident, Status::Created);
        }));
}

void StatusRoutes::handleResolveIncident(const RouteCall &call)
{
    m_cached.reset();
    using Result = std::variant<bool, DomainError>;
    context().workers.run<Result>(
        this,
        [adminId = call.user.id](QSqlDatabase &db) {
            return status_store::resolveIncident(db, adminId);
        },
        [this, reply = call.reply](Result result) {
            m_cached.reset();
            if (const auto *error = std::get_if<DomainError>(&result)) {
                reply->send(ApiError::from(*error).toResponse());
                return;
            }
            if (!std::get<bool>(result)) {
                reply->send(ApiError{
                    Status::NotFound,
                    QStringLiteral("no_incident"),
                    QStringLiteral("no incident note is open"),
                    {}}.toResponse());
                return;
            }
            reply->send(QHttpServerResponse(Status::NoContent));
        });
}

void StatusRoutes::handleServer(const RouteCall &call)
{
    const DeferredReplyPtr reply = call.reply;
    using Result = std::variant<QJsonArray, DomainError>;
    context().workers.run<Result>(
        this, [](QSqlDatabase &db) { return deploy_store::recentDeliveries(db, 5); },
        [this, reply](Result result) {
            const metrics::Summary s = metrics::summarize();
            QJsonObject body{
                {QStringLiteral("components"), components()},
                {QStringLiteral("version"), QStringLiteral(TRANSCENDENCE_VERSION_STRING)},
                {QStringLiteral("uptimeSeconds"), qint64(s.uptimeSeconds)},
                {QStringLiteral("connections"),
                 QJsonObject{{QStringLiteral("signedIn"), qint64(s.webSocketSignedIn)},
                             {QStringLiteral("guests"), qint64(s.webSocketGuests)}}},
                {QStringLiteral("liveMatches"), qint64(s.liveMatches)},
                {QStringLiteral("queued"), qint64(s.queued)},
                {QStringLiteral("http"),
                 QJsonObject{{QStringLiteral("requests"), qint64(s.httpRequests)},
                             {QStringLiteral("serverErrors"), qint64(s.httpErrors)},
                             {QStringLiteral("latencyP99Ms"), s.httpLatencyP99Ms}}},
                {QStringLiteral("tickLatenessP99Ms"), s.tickLatenessP99Ms},
                {QStringLiteral("workerQueueDepth"), qint64(s.workerQueueDepth)},
                {QStringLiteral("signIns"),
                 QJsonObject{{QStringLiteral("succeeded"), qint64(s.signIns)},
                             {QStringLiteral("failed"), qint64(s.signInFailures)}}},
                {QStringLiteral("rateLimited"), qint64(s.rateLimited)},
                {QStringLiteral("chatDeliveries"), qint64(s.chatDeliveries)},
                {QStringLiteral("process"),
                 QJsonObject{{QStringLiteral("cpuSeconds"), s.cpuSeconds},
                             {QStringLiteral("residentBytes"), qint64(s.residentBytes)}}},
                {QStringLiteral("deploys"), std::holds_alternative<QJsonArray>(result)
                                                ? QJsonValue(std::get<QJsonArray>(result))
                                                : QJsonValue()}};
            reply->send(QHttpServerResponse(body));
        });
}

} // namespace transcendence::server
