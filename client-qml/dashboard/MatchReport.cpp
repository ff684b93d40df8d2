#include "dashboard/MatchReport.h"

#include "dashboard/ResultSeries.h"

#include <QJsonArray>

#include <algorithm>

namespace transcendence::client {

MatchReport::MatchReport(QObject *parent)
    : SessionController(parent)
{}

void MatchReport::setMatchId(qint64 matchId)
{
    if (matchId == m_matchId) {
        return;
    }
    m_matchId = matchId;
    emit matchIdChanged();
    clear();
    reload();
}

void MatchReport::clear()
{
    m_match = {};
    m_players.clear();
    m_notFound = false;
    m_timeline = {};
    m_standings.clear();
    m_secondsInPlay = -1;
    m_keyPresses = -1;
    emit matchChanged();
    emit timelineChanged();
    emit replayChanged();
}

void MatchReport::load()
{
    const QString base = QStringLiteral("/api/matches/") + QString::number(m_matchId);
    request("GET", base, {}, [this](const ApiAnswer &answer) {
        m_notFound = answer.status == 404;
        if (!answer.ok()) {
            if (!m_notFound) {
                setError(AccountSession::describe(answer));
            }
            emit matchChanged();
            return;
        }
        m_match = answer.object();
        QVariantList players = m_match.value(QStringLiteral("players")).toArray().toVariantList();
        std::sort(players.begin(), players.end(), [](const QVariant &a, const QVariant &b) {
            return a.toMap().value(QStringLiteral("seat")).toInt() <
                   b.toMap().value(QStringLiteral("seat")).toInt();
        });
        m_players = players;
        emit matchChanged();
        updateStandings();
    });
    // The facts and the charts come without these two if they fail: the match still shows.
    request("GET", base + QStringLiteral("/replay"), {}, [this](const ApiAnswer &answer) {
        if (!answer.ok()) {
            return;
        }
        const QJsonObject replay = answer.object();
        const QJsonObject inputs = replay.value(QStringLiteral("inputs")).toObject();
        const int stepsPerSecond = replay.value(QStringLiteral("stepsPerSecond")).toInt(120);
        m_secondsInPlay =
            inputs.value(QStringLiteral("endStep")).toDouble() / std::max(1, stepsPerSecond);
        m_keyPresses = int(inputs.value(QStringLiteral("changes")).toArray().size());
        emit replayChanged();
    });
    request("GET", base + QStringLiteral("/timeline"), {}, [this](const ApiAnswer &answer) {
        if (!answer.ok()) {
            return;
        }
        m_timeline = answer.object();
        updateStandings();
    });
}

void MatchReport::updateStandings()
{
    if (m_match.isEmpty() || m_timeline.isEmpty()) {
        return;
    }
    m_standings = results::standingsOverTime(m_match, m_timeline);
    emit timelineChanged();
}

} // namespace transcendence::client
