#pragma once

#include "admin/AdminController.h"

#include <QDateTime>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

// The admin view's "Server" page: this instance's operating figures (GET /api/admin/server,
// the same figures /metrics exports), refreshed every refreshIntervalMs while `active`.
class AdminServerController : public AdminController {
    Q_OBJECT
    QML_ELEMENT
    // The server's answer as it came (connections, liveMatches, http, process, deploys...);
    // empty until it answered.
    Q_PROPERTY(QVariantMap figures READ figures NOTIFY figuresChanged)
    Q_PROPERTY(QDateTime updatedAt READ updatedAt NOTIFY figuresChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int refreshIntervalMs READ refreshIntervalMs WRITE setRefreshIntervalMs NOTIFY
                   refreshIntervalMsChanged)

public:
    explicit AdminServerController(QObject *parent = nullptr);

    QVariantMap figures() const { return m_figures; }
    QDateTime updatedAt() const { return m_updatedAt; }
    bool isActive() const { return m_active; }
    void setActive(bool active);
    int refreshIntervalMs() const { return m_timer.interval(); }
    void setRefreshIntervalMs(int intervalMs);

    Q_INVOKABLE void refresh();

signals:
    void figuresChanged();
    void activeChanged();
    void refreshIntervalMsChanged();

protected:
    void onSessionChanged() override;

private:
    void updateTimer();

    QVariantMap m_figures;
    QDateTime m_updatedAt;
    QTimer m_timer;
    bool m_active = false;
    bool m_inFlight = false;
};

} // namespace transcendence::client
