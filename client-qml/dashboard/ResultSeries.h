#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantList>
#include <QVariantMap>

// The numbers behind the dashboard's and the match page's charts, from the API's answers
// (docs/api/openapi.yaml: MatchHistoryEntry, UserStats, MatchDetails, the match timeline). Pure
// functions: the controllers fetch, these count.
namespace transcendence::client::results {

// Wins and losses per UTC day (the day a match ended), oldest day first:
// [{day: "2024-05-01", wins, losses}]. Matches without a result (abandoned) are left out.
QVariantList byDay(const QJsonArray &matches);

// The kinds of match played, in a fixed order (ranked first, practice last), only those played:
// [{kind: "remote", played, wins, losses}].
QVariantList byKind(const QJsonObject &stats);

// The standings over a match: {seconds: [0, t1, t2...], seats: [[values of seat 0], ...]} (by
// seat number, as MatchPlayer.seat), the
// start then the standings after each point: scores (one against one) or lives (four players,
// starting from the configured lives).
QVariantMap standingsOverTime(const QJsonObject &match, const QJsonObject &timeline);

} // namespace transcendence::client::results
