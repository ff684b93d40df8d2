#pragma once

#include "social/SessionController.h"

#include <QJsonObject>
#include <QVariantList>
#include <QVariantMap>

namespace transcendence::client {

// One stored match for its page: the match (GET /api/matches/{id}), what its replay log holds
// (/replay: time in play, key presses) and the match over time (/timeline: the server replays
// the log with the engine): standings after each point, paddle hits, rallies.
class MatchReport : public SessionController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 matchId READ matchId WRITE setMatchId NOTIFY matchIdChanged)
    // MatchDetails (docs/api/openapi.yaml); empty until loaded.
    Q_PROPERTY(QVariantMap match READ match NOTIFY matchChanged)
    // The match's players ordered by seat (MatchPlayer).
    Q_PROPERTY(QVariantList players READ players NOTIFY matchChanged)
    Q_PROPERTY(bool notFound READ notFound NOTIFY matchChanged)
    Q_PROPERTY(bool hasTimeline READ hasTimeline NOTIFY timelineChanged)
    // hits and powerUps per seat, rallies {count, longest, average}, durationSeconds.
    Q_PROPERTY(QVariantMap timeline READ timeline NOTIFY timelineChanged)
    // results::standingsOverTime: {seconds: [...], seats: [[...], ...]}.
    Q_PROPERTY(QVariantMap standings READ standings NOTIFY timelineChanged)
    // From the replay log; -1 while unknown.
    Q_PROPERTY(double secondsInPlay READ secondsInPlay NOTIFY replayChanged)
    Q_PROPERTY(int keyPresses READ keyPresses NOTIFY replayChanged)

public:
    explicit MatchReport(QObject *parent = nullptr);

    qint64 matchId() const { return m_matchId; }
    void setMatchId(qint64 matchId);
    QVariantMap match() const { return m_match.toVariantMap(); }
    QVariantList players() const { return m_players; }
    bool notFound() const { return m_notFound; }
    bool hasTimeline() const { return !m_timeline.isEmpty(); }
    QVariantMap timeline() const { return m_timeline.toVariantMap(); }
    QVariantMap standings() const { return m_standings; }
    double secondsInPlay() const { return m_secondsInPlay; }
    int keyPresses() const { return m_keyPresses; }

signals:
    void matchIdChanged();
    void matchChanged();
    void timelineChanged();
    void replayChanged();

protected:
    void load() override;
    bool canLoad() const override { return m_matchId > 0; }
    void clear() override;

private:
    void updateStandings();

    qint64 m_matchId = 0;
    QJsonObject m_match;
    QVariantList m_players;
    bool m_notFound = false;
    QJsonObject m_timeline;
    QVariantMap m_standings;
    double m_secondsInPlay = -1;
    int m_keyPresses = -1;
};

} // namespace transcendence::client
