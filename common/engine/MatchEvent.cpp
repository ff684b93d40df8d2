#include "engine/MatchEvent.h"

namespace transcendence::engine {

QString matchEventTypeName(MatchEvent::Type type)
{
    using Type = MatchEvent::Type;
    switch (type) {
    case Type::Serve:
        return QStringLiteral("serve");
    case Type::PaddleHit:
        return QStringLiteral("paddle_hit");
    case Type::WallBounce:
        return QStringLiteral("wall_bounce");
    case Type::ObstacleBounce:
        return QStringLiteral("obstacle_bounce");
    case Type::PointScored:
        return QStringLiteral("point_scored");
    case Type::LifeLost:
        return QStringLiteral("life_lost");
    case Type::PlayerEliminated:
        return QStringLiteral("player_eliminated");
    case Type::MatchOver:
        return QStringLiteral("match_over");
    case Type::PowerUpSpawned:
        return QStringLiteral("power_up_spawned");
    case Type::PowerUpTaken:
        return QStringLiteral("power_up_taken");
    case Type::PowerUpVanished:
        return QStringLiteral("power_up_vanished");
    case Type::PowerUpExpired:
        return QStringLiteral("power_up_expired");
    }
    return {};
}

QJsonObject MatchEvent::toJson() const
{
    QJsonObject object{{QStringLiteral("type"), matchEventTypeName(type)},
                       {QStringLiteral("x"), position.x},
                       {QStringLiteral("y"), position.y}};
    if (player >= 0) {
        object.insert(QStringLiteral("player"), player);
    }
    if (ballId >= 0) {
        object.insert(QStringLiteral("ballId"), ballId);
    }
    if (pickupId >= 0) {
        object.insert(QStringLiteral("pickupId"), pickupId);
    }
    switch (type) {
    case Type::PowerUpSpawned:
    case Type::PowerUpTaken:
    case Type::PowerUpVanished:
    case Type::PowerUpExpired:
        object.insert(QStringLiteral("kind"), powerUpKindName(kind));
        break;
    default:
        break;
    }
    return object;
}

} // namespace transcendence::engine
