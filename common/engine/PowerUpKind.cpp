#include "engine/PowerUpKind.h"

namespace transcendence::engine {

QString powerUpKindName(PowerUpKind kind)
{
    switch (kind) {
    case PowerUpKind::BiggerPaddle:
        return QStringLiteral("bigger_paddle");
    case PowerUpKind::SmallerOpponentPaddle:
        return QStringLiteral("smaller_opponent_paddle");
    case PowerUpKind::FasterBall:
        return QStringLiteral("faster_ball");
    case PowerUpKind::MultiBall:
        return QStringLiteral("multi_ball");
    }
    return {};
}

std::optional<PowerUpKind> powerUpKindFromName(const QString &name)
{
    for (PowerUpKind kind : kAllPowerUpKinds) {
        if (powerUpKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace transcendence::engine
