#include "social/Leaderboard.h"

#include <QJsonArray>

namespace transcendence::client {

Leaderboard::Leaderboard(QObject *parent)
    : SessionController(parent)
    , m_entries(new JsonListModel({QStringLiteral("rank"), QStringLiteral("userId"),
                                   QStringLiteral("username"), QStringLiteral("displayName"),
                                   QStringLiteral("avatarUrl"), QStringLiteral("rating"),
                                   QStringLiteral("ratedMatches"), QStringLiteral("mine")},
                                  this))
{}

void Leaderboard::setFriendsOnly(bool friendsOnly)
{
    if (friendsOnly == m_friendsOnly) {
        return;
    }
    m_friendsOnly = friendsOnly;
    m_offset = 0;
    emit friendsOnlyChanged();
    reload();
}

void Leaderboard::nextPage()
{
    if (hasNext() && !isLoading()) {
        m_offset += kPageSize;
        reload();
    }
}

void Leaderboard::previousPage()
{
    if (hasPrevious() && !isLoading()) {
        m_offset = std::max(0, m_offset - kPageSize);
        reload();
    }
}

void Leaderboard::clear()
{
    m_entries->clear();
    m_total = 0;
    m_yourRank = 0;
    m_yourRating = 0;
    emit pageChanged();
}

void Leaderboard::load()
{
    const QString path = QStringLiteral("/api/leaderboard?limit=%1&offset=%2%3")
                             .arg(kPageSize)
                             .arg(m_offset)
                             .arg(m_friendsOnly ? QStringLiteral("&friends=true") : QString());
    const qint64 me = session() ? session()->userId() : 0;
    request("GET", path, {}, [this, me](const ApiAnswer &answer) {
        if (!answer.ok()) {
            setError(AccountSession::describe(answer));
            return;
        }
        const QJsonObject page = answer.object();
        QJsonArray rows;
        for (const QJsonValue &value : page.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject user = value[QStringLiteral("user")].toObject();
            const qint64 id = user.value(QStringLiteral("id")).toInteger();
            rows.append(QJsonObject{
                {QStringLiteral("rank"), value[QStringLiteral("rank")]},
                {QStringLiteral("userId"), id},
                {QStringLiteral("username"), user.value(QStringLiteral("username"))},
                {QStringLiteral("displayName"), user.value(QStringLiteral("displayName"))},
                {QStringLiteral("avatarUrl"), user.value(QStringLiteral("avatarUrl"))},
                {QStringLiteral("rating"), value[QStringLiteral("rating")]},
                {QStringLiteral("ratedMatches"), value[QStringLiteral("ratedMatches")]},
                {QStringLiteral("mine"), id == me}});
        }
        m_entries->setItems(rows);
        m_total = page.value(QStringLiteral("total")).toInt();
        const QJsonObject you = page.value(QStringLiteral("you")).toObject();
        m_yourRank = you.value(QStringLiteral("rank")).toInt();
        m_yourRating = you.value(QStringLiteral("rating")).toInt();
        emit pageChanged();
    });
}

} // namespace transcendence::client
