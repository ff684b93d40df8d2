#include "play/SeatKeys.h"

#include <Qt>

#include <algorithm>

namespace transcendence::client {

using engine::Input;

void SeatKeys::setSeats(const std::vector<int> &seats)
{
    m_seats = seats;
    m_presses.clear();
}

std::vector<int> SeatKeys::press(int seat, Input direction, const QString &source)
{
    if (std::find(m_seats.begin(), m_seats.end(), seat) == m_seats.end() ||
        direction == Input::None) {
        return {};
    }
    std::vector<Press> &presses = m_presses[seat];
    if (std::any_of(presses.begin(), presses.end(),
                    [&source](const Press &press) { return press.source == source; })) {
        return {}; // auto-repeat, or a second finger on the same button
    }
    const Input before = computeHeld(seat);
    presses.push_back({source, direction});
    return before != computeHeld(seat) ? std::vector<int>{seat} : std::vector<int>{};
}

std::vector<int> SeatKeys::release(const QString &source)
{
    std::vector<int> changed;
    for (auto &[seat, presses] : m_presses) {
        const Input before = computeHeld(seat);
        std::erase_if(presses, [&source](const Press &press) { return press.source == source; });
        if (computeHeld(seat) != before) {
            changed.push_back(seat);
        }
    }
    return changed;
}

std::vector<int> SeatKeys::releaseAll()
{
    std::vector<int> changed;
    for (auto &[seat, presses] : m_presses) {
        if (!presses.empty()) {
            changed.push_back(seat);
        }
        presses.clear();
    }
    return changed;
}

Input SeatKeys::held(int seat) const
{
    return computeHeld(seat);
}

Input SeatKeys::computeHeld(int seat) const
{
    const auto it = m_presses.find(seat);
    return it == m_presses.end() || it->second.empty() ? Input::None : it->second.back().direction;
}

std::optional<SeatKeys::Binding> SeatKeys::bindingFor(const std::vector<int> &seats, int qtKey)
{
    if (seats.empty()) {
        return std::nullopt;
    }
    if (seats.size() == 1) {
        const int seat = seats.front();
        const bool alongX = seat >= 2; // top and bottom paddles move left and right
        switch (qtKey) {
        case Qt::Key_W:
        case Qt::Key_Up:
            return Binding{seat, Input::Up};
        case Qt::Key_S:
        case Qt::Key_Down:
            return Binding{seat, Input::Down};
        case Qt::Key_A:
        case Qt::Key_Left:
            return alongX ? std::optional(Binding{seat, Input::Up}) : std::nullopt;
        case Qt::Key_D:
        case Qt::Key_Right:
            return alongX ? std::optional(Binding{seat, Input::Down}) : std::nullopt;
        default:
            return std::nullopt;
        }
    }
    struct LocalKeys {
        int seat;
        int up;
        int down;
    };
    static constexpr LocalKeys kLocal[] = {{0, Qt::Key_W, Qt::Key_S},
                                           {1, Qt::Key_Up, Qt::Key_Down},
                                           {2, Qt::Key_C, Qt::Key_V},
                                           {3, Qt::Key_N, Qt::Key_M}};
    for (const LocalKeys &keys : kLocal) {
        if (std::find(seats.begin(), seats.end(), keys.seat) == seats.end()) {
            continue;
        }
        if (qtKey == keys.up) {
            return Binding{keys.seat, Input::Up};
        }
        if (qtKey == keys.down) {
            return Binding{keys.seat, Input::Down};
        }
    }
    return std::nullopt;
}

} // namespace transcendence::client
