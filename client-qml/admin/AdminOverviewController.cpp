#include "admin/AdminOverviewController.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace transcendence::client {
namespace {

constexpr int kDefaultRefreshMs = 10'000;
constexpr int kMinimumRefreshMs = 1'000;

// A figure of the answer, or -1 when the server could not say (null).
int figure(const QJsonObject &answer, const char *key)
{
    const QJsonValue value = answer.value(QLatin1String(key));
    return value.isDouble() ? value.toInt() : -1;
}

} // namespace

AdminOverviewController::AdminOverviewController(QObject *parent)
    : AdminController(parent)
    , m_searchResults(new JsonListModel({QStringLiteral("id"), QStringLiteral("username"),
                                         QStringLiteral("displayName"), QStringLiteral("email"),
                                         QStringLiteral("role"), QStringLiteral("banned"),
                                         QStringLiteral("createdAt")},
                                        this))
    , m_auditLog(new JsonListModel({QStringLiteral("id"), QStringLiteral("action"),
                                    QStringLiteral("admin"), QStringLiteral("target"),
                                    QStringLiteral("details"), QStringLiteral("createdAt")},
                                   this))
{
    m_timer.setInterval(kDefaultRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &AdminOverviewController::refreshFigures);
}

void AdminOverviewController::onSessionChanged()
{
    m_searchResults->clear();
    m_auditLog->clear();
    m_searchQuery.clear();
    m_searchTotal = 0;
    m_searched = false;
    m_auditLogHasMore = false;
    m_connectedUsers = m_liveMatches = m_matchesToday = -1;
    m_figuresUpdatedAt = {};
    emit searchChanged();
    emit auditLogChanged();
    emit figuresChanged();
    updateTimer();
}

void AdminOverviewController::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    emit activeChanged();
    updateTimer();
    if (m_active) {
        refreshFigures();
    }
}

void AdminOverviewController::setRefreshIntervalMs(int intervalMs)
{
    intervalMs = std::max(intervalMs, kMinimumRefreshMs);
    if (intervalMs == m_timer.interval()) {
        return;
    }
    m_timer.setInterval(intervalMs);
    emit refreshIntervalMsChanged();
}

void AdminOverviewController::updateTimer()
{
    if (m_active && session() && !isForbidden()) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void AdminOverviewController::search(const QString &query)
{
    m_searchQuery = query.trimmed().left(100);
    requestSearchPage(0);
}

void AdminOverviewController::loadMoreSearchResults()
{
    if (m_searched && m_searchResults->count() < m_searchTotal) {
        requestSearchPage(m_searchResults->count());
    }
}

void AdminOverviewController::requestSearchPage(int offset)
{
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("query"), m_searchQuery);
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    parameters.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    const QString query = m_searchQuery;
    call("GET", QStringLiteral("/api/admin/users?") + parameters.toString(QUrl::FullyEncoded), {},
         [this, query, offset](const ApiAnswer &answer) {
             if (query != m_searchQuery) {
                 return; // an older search answering late
             }
             const QJsonArray users = answer.object().value(QStringLiteral("users")).toArray();
             if (offset == 0) {
                 m_searchResults->setItems(users);
             } else if (offset == m_searchResults->count()) {
                 for (const QJsonValue &user : users) {
                     m_searchResults->append(user.toObject());
                 }
             }
             m_searchTotal = answer.object().value(QStringLiteral("total")).toInt();
             m_searched = true;
             clearError();
             emit searchChanged();
         });
}

void AdminOverviewController::refreshFigures()
{
    if (m_figuresInFlight) {
        return; // a slow server gets one question at a time
    }
    m_figuresInFlight = true;
    call(
        "GET", QStringLiteral("/api/admin/stats"), {},
        [this](const ApiAnswer &answer) {
            m_figuresInFlight = false;
            const QJsonObject figures = answer.object();
            m_connectedUsers = figure(figures, "connectedUsers");
            m_liveMatches = figure(figures, "liveMatches");
            m_matchesToday = figure(figures, "matchesToday");
            m_figuresUpdatedAt = QDateTime::fromString(
                figures.value(QStringLiteral("generatedAt")).toString(), Qt::ISODateWithMs);
            emit figuresChanged();
        },
        [this](const ApiAnswer &) {
            m_figuresInFlight = false;
            updateTimer(); // stops once refused
        });
}

void AdminOverviewController::loadAuditLog()
{
    requestAuditLogPage(0);
}

void AdminOverviewController::loadMoreAuditLog()
{
    if (m_auditLogHasMore) {
        requestAuditLogPage(m_auditLog->count());
    }
}

void AdminOverviewController::requestAuditLogPage(int offset)
{
    call("GET",
         QStringLiteral("/api/admin/audit-log?limit=%1&offset=%2").arg(kPageSize).arg(offset), {},
         [this, offset](const ApiAnswer &answer) {
             const QJsonArray entries = answer.object().value(QStringLiteral("entries")).toArray();
             if (offset == 0) {
                 m_auditLog->setItems(entries);
             } else if (offset == m_auditLog->count()) {
                 for (const QJsonValue &entry : entries) {
                     m_auditLog->append(entry.toObject());
                 }
             }
             m_auditLogHasMore = entries.size() == kPageSize;
             emit auditLogChanged();
         });
}

void AdminOverviewController::refresh()
{
    refreshFigures();
    loadAuditLog();
    if (m_searched) {
        requestSearchPage(0);
    }
}

} // namespace transcendence::client
