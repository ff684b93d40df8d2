#pragma once

#include "admin/AdminController.h"
#include "shell/JsonListModel.h"

#include <QDateTime>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

// The admin view's first page: user search, the live figures (GET /api/admin/stats, refreshed
// every refreshIntervalMs while `active`), and the audit log. Lists come a page at a time;
// loadMore...() appends the next one.
class AdminOverviewController : public AdminController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(JsonListModel *searchResults READ searchResults CONSTANT)
    Q_PROPERTY(int searchTotal READ searchTotal NOTIFY searchChanged)
    Q_PROPERTY(QString searchQuery READ searchQuery NOTIFY searchChanged)
    Q_PROPERTY(bool searched READ hasSearched NOTIFY searchChanged)
    Q_PROPERTY(JsonListModel *auditLog READ auditLog CONSTANT)
    Q_PROPERTY(bool auditLogHasMore READ auditLogHasMore NOTIFY auditLogChanged)
    // -1 until the server answered.
    Q_PROPERTY(int connectedUsers READ connectedUsers NOTIFY figuresChanged)
    Q_PROPERTY(int liveMatches READ liveMatches NOTIFY figuresChanged)
    Q_PROPERTY(int matchesToday READ matchesToday NOTIFY figuresChanged)
    Q_PROPERTY(QDateTime figuresUpdatedAt READ figuresUpdatedAt NOTIFY figuresChanged)
    // The page is on screen: the figures refresh periodically (and once at once when it turns on).
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int refreshIntervalMs READ refreshIntervalMs WRITE setRefreshIntervalMs NOTIFY
                   refreshIntervalMsChanged)

public:
    static constexpr int kPageSize = 20;

    explicit AdminOverviewController(QObject *parent = nullptr);

    JsonListModel *searchResults() const { return m_searchResults; }
    int searchTotal() const { return m_searchTotal; }
    QString searchQuery() const { return m_searchQuery; }
    bool hasSearched() const { return m_searched; }
    JsonListModel *auditLog() const { return m_auditLog; }
    bool auditLogHasMore() const { return m_auditLogHasMore; }
    int connectedUsers() const { return m_connectedUsers; }
    int liveMatches() const { return m_liveMatches; }
    int matchesToday() const { return m_matchesToday; }
    QDateTime figuresUpdatedAt() const { return m_figuresUpdatedAt; }
    bool isActive() const { return m_active; }
    void setActive(bool active);
    int refreshIntervalMs() const { return m_timer.interval(); }
    void setRefreshIntervalMs(int intervalMs);

    // By user name, display name or e-mail (any part, any case); empty lists everyone.
    Q_INVOKABLE void search(const QString &query);
    Q_INVOKABLE void loadMoreSearchResults();
    Q_INVOKABLE void refreshFigures();
    Q_INVOKABLE void loadAuditLog();
    Q_INVOKABLE void loadMoreAuditLog();
    // Figures, the audit log and the last search again (back from a user's page).
    Q_INVOKABLE void refresh();

signals:
    void searchChanged();
    void auditLogChanged();
    void figuresChanged();
    void activeChanged();
    void refreshIntervalMsChanged();

protected:
    void onSessionChanged() override;

private:
    void requestSearchPage(int offset);
    void requestAuditLogPage(int offset);
    void updateTimer();

    JsonListModel *m_searchResults;
    JsonListModel *m_auditLog;
    QString m_searchQuery;
    int m_searchTotal = 0;
    bool m_searched = false;
    bool m_auditLogHasMore = false;
    int m_connectedUsers = -1;
    int m_liveMatches = -1;
    int m_matchesToday = -1;
    QDateTime m_figuresUpdatedAt;
    bool m_active = false;
    bool m_figuresInFlight = false;
    QTimer m_timer;
};

} // namespace transcendence::client
