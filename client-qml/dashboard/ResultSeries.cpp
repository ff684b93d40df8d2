#include "dashboard/ResultSeries.h"

#include "engine/MatchConfig.h"

#include <QMap>

#include <algorithm>
#include <variant>

namespace transcendence::client::results {
namespace {

const QString kFourPlayers = QStringLiteral("four_players");

} // namespace

QVariantList byDay(const QJsonArray &matches)
{
    QMap<QString, std::pair<int, int>> days; // sorted by ISO day
    for (const QJsonValue &value : matches) {
        const QJsonObject match = value.toObject();
        const QString result = match.value(QStringLiteral("result")).toString();
        const bool win = result == QLatin1String("win");
        if (!win && result != QLatin1String("loss")) {
            continue;
        }
        QString when = match.value(QStringLiteral("endedAt")).toString();
        if (when.isEmpty()) {
            when = match.value(QStringLiteral("startedAt")).toString();
        }
        // ISO 8601 in UTC from the server: the first ten characters are the day.
        auto &tally = days[when.left(10)];
        (win ? tally.first : tally.second) += 1;
    }
    QVariantList out;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        out.append(QVariantMap{{QStringLiteral("day"), it.key()},
                               {QStringLiteral("wins"), it->first},
                               {QStringLiteral("losses"), it->second}});
    }
    return out;
}

QVariantList byKind(const QJsonObject &stats)
{
    static const QStringList kinds{QStringLiteral("remote"),       QStringLiteral("private"),
                                   QStringLiteral("four_players"), QStringLiteral("tournament"),
                                   QStringLiteral("ai"),           QStringLiteral("local")};
    const QJsonObject tally = stats.value(QStringLiteral("byKind")).toObject();
    QVariantList out;
    for (const QString &kind : kinds) {
        const QJsonObject counts = tally.value(kind).toObject();
        const int played = counts.value(QStringLiteral("played")).toInt();
        if (played <= 0) {
            continue;
        }
        out.append(QVariantMap{
            {QStringLiteral("kind"), kind},
            {QStringLiteral("played"), played},
            {QStringLiteral("wins"), counts.value(QStringLiteral("wins")).toInt()},
            {QStringLiteral("losses"), counts.value(QStringLiteral("losses")).toInt()}});
    }
    return out;
}

QVariantMap standingsOverTime(const QJsonObject &match, const QJsonObject &timeline)
{
    const bool fourPlayers = match.value(QStringLiteral("mode")).toString() == kFourPlayers;
    // Standings are indexed by seat (0 left, 1 right, 2 top, 3 bottom).
    int seatCount = 0;
    for (const QJsonValue &player : match.value(QStringLiteral("players")).toArray()) {
        seatCount =
            std::max(seatCount, player.toObject().value(QStringLiteral("seat")).toInt() + 1);
    }
    int startValue = 0;
    if (fourPlayers) {
        const auto config =
            engine::MatchConfig::fromJson(match.value(QStringLiteral("config")).toObject());
        startValue = std::holds_alternative<engine::MatchConfig>(config)
                         ? std::get<engine::MatchConfig>(config).lives
                         : engine::MatchConfig{}.lives;
    }
    QVariantList seconds{0.0};
    QList<QVariantList> seats(seatCount, QVariantList{startValue});
    const QString key = fourPlayers ? QStringLiteral("lives") : QStringLiteral("scores");
    for (const QJsonValue &value : timeline.value(QStringLiteral("points")).toArray()) {
        const QJsonObject point = value.toObject();
        seconds.append(point.value(QStringLiteral("atSeconds")).toDouble());
        const QJsonArray standings = point.value(key).toArray();
        for (int seat = 0; seat < seatCount; ++seat) {
            seats[seat].append(standings.at(seat).toInt());
        }
    }
    QVariantList seatLists;
    for (const QVariantList &values : seats) {
        seatLists.append(QVariant(values));
    }
    return {{QStringLiteral("seconds"), seconds}, {QStringLiteral("seats"), seatLists}};
}

} // namespace transcendence::client::results
