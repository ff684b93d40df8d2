#include "engine/AiDifficulty.h"

namespace transcendence::engine {

QString aiDifficultyName(AiDifficulty difficulty)
{
    switch (difficulty) {
    case AiDifficulty::Easy:
        return QStringLiteral("easy");
    case AiDifficulty::Normal:
        return QStringLiteral("normal");
    case AiDifficulty::Hard:
        return QStringLiteral("hard");
    }
    return {};
}

std::optional<AiDifficulty> aiDifficultyFromName(const QString &name)
{
    for (AiDifficulty difficulty : {AiDifficulty::Easy, AiDifficulty::Normal, AiDifficulty::Hard}) {
        if (aiDifficultyName(difficulty) == name) {
            return difficulty;
        }
    }
    return std::nullopt;
}

} // namespace transcendence::engine
