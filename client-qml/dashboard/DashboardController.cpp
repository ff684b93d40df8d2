#include "dashboard/DashboardController.h"

#include "dashboard/ResultSeries.h"

namespace transcendence::client {

DashboardController::DashboardController(QObject *parent)
    : SessionController(parent)
{}

void DashboardController::setUserId(qint64 userId)
{
    if (userId == m_userId) {
        return;
    }
    m_userId = userId;
    emit userIdChanged();
    clear();
    reload();
}

qint64 DashboardController::subject() const
{
    if (m_userId > 0) {
        return m_userId;
    }
    return session() ? session()->userId() : 0;
}

void DashboardController::clear()
{
    m_stats.clear();
    m_resultsByDay.clear();
    m_kinds.clear();
    m_matches = {};
    emit dataChanged();
}

void DashboardController::load()
{
    request("GET", QStringLiteral("/api/users/%1/stats").arg(subject()), {},
            [this](const ApiAnswer &answer) {
                if (!answer.ok()) {
                    setError(AccountSession::describe(answer));
                    return;
                }
                m_stats = answer.object().toVariantMap();
                m_kinds = results::byKind(answer.object());
                emit dataChanged();
            });
    m_matches = {};
    loadMatches(0);
}

void DashboardController::loadMatches(int offset)
{
    const QString path =
        QStringLiteral("/api/users/%1/matches?limit=%2&offset=%3")
            .arg(QString::number(subject()), QString::number(kPageSize), QString::number(offset));
    request("GET", path, {}, [this, offset](const ApiAnswer &answer) {
        if (!answer.ok()) {
            setError(AccountSession::describe(answer));
            return;
        }
        const QJsonObject page = answer.object();
        for (const QJsonValue &match : page.value(QStringLiteral("matches")).toArray()) {
            m_matches.append(match);
        }
        const int next = offset + kPageSize;
        if (page.value(QStringLiteral("hasMore")).toBool() && next < kMaxMatches) {
            loadMatches(next); // still part of this load: `loading` stays true
            return;
        }
        m_resultsByDay = results::byDay(m_matches);
        emit dataChanged();
    });
}

} // namespace transcendence::client
