#include "dashboard/MatchHistory.h"

#include <algorithm>

namespace transcendence::client {

MatchHistory::MatchHistory(QObject *parent)
    : SessionController(parent)
    , m_matches(new JsonListModel(
          {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("mode"),
           QStringLiteral("startedAt"), QStringLiteral("endedAt"),
           QStringLiteral("durationSeconds"), QStringLiteral("endReason"), QStringLiteral("result"),
           QStringLiteral("rated"), QStringLiteral("player"), QStringLiteral("opponents")},
          this))
{}

void MatchHistory::setUserId(qint64 userId)
{
    if (userId == m_userId) {
        return;
    }
    m_userId = userId;
    emit userIdChanged();
    clear();
    reload();
}

void MatchHistory::setPageSize(int pageSize)
{
    // The server's range: 1..50.
    pageSize = std::clamp(pageSize, 1, 50);
    if (pageSize == m_pageSize) {
        return;
    }
    m_pageSize = pageSize;
    emit pageChanged();
    reload();
}

void MatchHistory::newer()
{
    if (m_offset == 0) {
        return;
    }
    m_offset = std::max(0, m_offset - m_pageSize);
    emit pageChanged();
    reload();
}

void MatchHistory::older()
{
    if (!m_hasMore) {
        return;
    }
    m_offset += m_pageSize;
    emit pageChanged();
    reload();
}

void MatchHistory::clear()
{
    m_matches->clear();
    m_offset = 0;
    m_total = 0;
    m_hasMore = false;
    emit pageChanged();
}

void MatchHistory::load()
{
    const QString path =
        QStringLiteral("/api/users/%1/matches?limit=%2&offset=%3")
            .arg(QString::number(m_userId), QString::number(m_pageSize), QString::number(m_offset));
    request("GET", path, {}, [this](const ApiAnswer &answer) {
        if (!answer.ok()) {
            setError(AccountSession::describe(answer));
            return;
        }
        const QJsonObject page = answer.object();
        m_matches->setItems(page.value(QStringLiteral("matches")).toArray());
        m_total = page.value(QStringLiteral("total")).toInt();
        m_hasMore = page.value(QStringLiteral("hasMore")).toBool();
        emit pageChanged();
    });
}

} // namespace transcendence::client
