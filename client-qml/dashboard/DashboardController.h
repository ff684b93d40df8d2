#pragma once

#include "social/SessionController.h"

#include <QJsonArray>
#include <QVariantList>
#include <QVariantMap>

namespace transcendence::client {

// The numbers of a player's dashboard: their stats (GET /api/users/{id}/stats) and their recent
// matches (up to kMaxMatches from /api/users/{id}/matches), counted for the charts.
class DashboardController : public SessionController {
    Q_OBJECT
    QML_ELEMENT
    // Whose dashboard; 0 (the default) for the signed-in player's.
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged)
    Q_PROPERTY(QVariantMap stats READ stats NOTIFY dataChanged)
    // [{day: "2024-05-01", wins, losses}], oldest first (results::byDay).
    Q_PROPERTY(QVariantList resultsByDay READ resultsByDay NOTIFY dataChanged)
    // [{matchId, at, rating}] after each rated match, oldest first.
    Q_PROPERTY(QVariantList ratingHistory READ ratingHistory NOTIFY dataChanged)
    // [{kind, played, wins, losses}] (results::byKind).
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY dataChanged)
    // How many matches the results per day count (the newest kMaxMatches at most).
    Q_PROPERTY(int matchesCounted READ matchesCounted NOTIFY dataChanged)

public:
    static constexpr int kPageSize = 50;
    static constexpr int kMaxMatches = 200;

    explicit DashboardController(QObject *parent = nullptr);

    qint64 userId() const { return m_userId; }
    void setUserId(qint64 userId);
    QVariantMap stats() const { return m_stats; }
    QVariantList resultsByDay() const { return m_resultsByDay; }
    QVariantList ratingHistory() const
    {
        return m_stats.value(QStringLiteral("ratingHistory")).toList();
    }
    QVariantList kinds() const { return m_kinds; }
    int matchesCounted() const { return int(m_matches.size()); }

signals:
    void userIdChanged();
    void dataChanged();

protected:
    void load() override;
    bool canLoad() const override { return subject() > 0; }
    void clear() override;

private:
    qint64 subject() const;
    void loadMatches(int offset);

    qint64 m_userId = 0;
    QVariantMap m_stats;
    QVariantList m_resultsByDay;
    QVariantList m_kinds;
    QJsonArray m_matches;
};

} // namespace transcendence::client
