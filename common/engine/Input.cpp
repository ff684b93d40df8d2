#include "engine/Input.h"

namespace transcendence::engine {

QString inputName(Input input)
{
    switch (input) {
    case Input::Up:
        return QStringLiteral("up");
    case Input::Down:
        return QStringLiteral("down");
    case Input::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Input> inputFromName(const QString &name)
{
    for (Input input : {Input::None, Input::Up, Input::Down}) {
        if (inputName(input) == name) {
            return input;
        }
    }
    return std::nullopt;
}

} // namespace transcendence::engine
