#include "admin/AdminServerController.h"

namespace transcendence::client {
namespace {

constexpr int kDefaultRefreshMs = 5'000;
constexpr int kMinimumRefreshMs = 1'000;

} // namespace

AdminServerController::AdminServerController(QObject *parent)
    : AdminController(parent)
{
    m_timer.setInterval(kDefaultRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &AdminServerController::refresh);
}

void AdminServerController::onSessionChanged()
{
    m_figures.clear();
    m_updatedAt = {};
    emit figuresChanged();
    updateTimer();
}

void AdminServerController::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    emit activeChanged();
    updateTimer();
    if (m_active) {
        refresh();
    }
}

void AdminServerController::setRefreshIntervalMs(int intervalMs)
{
    intervalMs = std::max(intervalMs, kMinimumRefreshMs);
    if (intervalMs == m_timer.interval()) {
        return;
    }
    m_timer.setInterval(intervalMs);
    emit refreshIntervalMsChanged();
}

void AdminServerController::updateTimer()
{
    if (m_active && session() && !isForbidden()) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void AdminServerController::refresh()
{
    if (m_inFlight || !session()) {
        return; // a slow server gets one question at a time
    }
    m_inFlight = true;
    call(
        "GET", QStringLiteral("/api/admin/server"), {},
        [this](const ApiAnswer &answer) {
            m_inFlight = false;
            m_figures = answer.object().toVariantMap();
            m_updatedAt = QDateTime::currentDateTime();
            emit figuresChanged();
        },
        [this](const ApiAnswer &) {
            m_inFlight = false;
            updateTimer(); // stops once refused
        });
}

} // namespace transcendence::client
