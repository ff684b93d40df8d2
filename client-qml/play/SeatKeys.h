#pragma once

#include "engine/Input.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace transcendence::client {

// Which key each seat holds, from every source that can press one (a keyboard key, an on-screen
// button under a finger): the last direction pressed and still held wins, as when a player
// rolls from one key to the other. Sources are named ("key-87", "touch-0-up") so releasing one
// never releases another.
class SeatKeys {
public:
    // The seats these keys drive; anything else is ignored.
    void setSeats(const std::vector<int> &seats);
    const std::vector<int> &seats() const { return m_seats; }

    // Each returns the seats whose held key changed.
    std::vector<int> press(int seat, engine::Input direction, const QString &source);
    std::vector<int> release(const QString &source);
    std::vector<int> releaseAll();

    engine::Input held(int seat) const;

    // The seat and direction a keyboard key moves when these are the seats at this keyboard:
    // one seat takes W/S and the arrow keys (A/D and Left/Right too on a top or bottom side);
    // several seats get W/S (left), Up/Down (right), C/V (top), N/M (bottom).
    struct Binding {
        int seat = 0;
        engine::Input direction = engine::Input::None;
    };
    static std::optional<Binding> bindingFor(const std::vector<int> &seats, int qtKey);

private:
    struct Press {
        QString source;
        engine::Input direction;
    };
    engine::Input computeHeld(int seat) const;

    std::vector<int> m_seats;
    std::map<int, std::vector<Press>> m_presses;
};

} // namespace transcendence::client
