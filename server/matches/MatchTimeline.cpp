#include "matches/MatchTimeline.h"

#include "engine/Match.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace transcendence::server {

std::variant<QJsonObject, QString> matchTimeline(const engine::MatchConfig &config,
                                                 std::uint64_t seed, const replay::InputLog &log)
{
    if (!config.validate().isEmpty()) {
        return QStringLiteral("the match configuration is invalid");
    }
    if (log.playerCount() != config.playerCount()) {
        return QStringLiteral("the log does not match the configuration's players");
    }
    const auto players = std::size_t(config.playerCount());
    engine::Match match(config, seed);
    replay::InputLogPlayer player(log);
    std::vector<int> hits(players, 0);
    std::vector<int> powerUps(players, 0);
    QJsonArray points;
    int rallies = 0;
    int rallyHits = 0;
    int longestRally = 0;
    qint64 totalRallyHits = 0;
    const auto secondsAt = [](std::int64_t step) {
        return double(step) / engine::kStepsPerSecond;
    };
    const auto standings = [&match](auto field) {
        QJsonArray values;
        for (const engine::PlayerState &state : match.snapshot().players) {
            values.append(field(state));
        }
        return values;
    };
    while (!player.finished(match)) {
        player.applyInputs(match);
        match.step();
        for (const engine::MatchEvent &event : match.events()) {
            using Type = engine::MatchEvent::Type;
            const auto seat = std::size_t(std::max(0, int(event.player)));
            switch (event.type) {
            case Type::PaddleHit:
                if (seat < players) {
                    ++hits[seat];
                }
                ++rallyHits;
                break;
            case Type::PowerUpTaken:
                if (seat < players) {
                    ++powerUps[seat];
                }
                break;
            case Type::PointScored:
            case Type::LifeLost:
            case Type::PlayerEliminated: {
                if (event.type != Type::PlayerEliminated) {
                    ++rallies;
                    longestRally = std::max(longestRally, rallyHits);
                    totalRallyHits += rallyHits;
                    rallyHits = 0;
                }
                const QString kind = event.type == Type::PointScored ? QStringLiteral("point")
                                     : event.type == Type::LifeLost  ? QStringLiteral("life_lost")
                                                                     : QStringLiteral("eliminated");
                points.append(
                    QJsonObject{{QStringLiteral("atSeconds"), secondsAt(match.currentStep())},
                                {QStringLiteral("seat"), int(event.player)},
                                {QStringLiteral("kind"), kind},
                                {QStringLiteral("scores"),
                                 standings([](const engine::PlayerState &s) { return s.score; })},
                                {QStringLiteral("lives"),
                                 standings([](const engine::PlayerState &s) { return s.lives; })}});
                break;
            }
            default:
                break;
            }
        }
    }
    QJsonArray hitArray;
    QJsonArray powerUpArray;
    for (std::size_t seat = 0; seat < players; ++seat) {
        hitArray.append(hits[seat]);
        powerUpArray.append(powerUps[seat]);
    }
    return QJsonObject{{QStringLiteral("stepsPerSecond"), engine::kStepsPerSecond},
                       {QStringLiteral("endStep"), qint64(log.endStep())},
                       {QStringLiteral("durationSeconds"), secondsAt(log.endStep())},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("hits"), hitArray},
                       {QStringLiteral("powerUps"), powerUpArray},
                       {QStringLiteral("rallies"),
                        QJsonObject{{QStringLiteral("count"), rallies},
                                    {QStringLiteral("longest"), longestRally},
                                    {QStringLiteral("average"),
                                     rallies > 0 ? double(totalRallyHits) / rallies : 0.0}}}};
}

} // namespace transcendence::server
