#pragma once

namespace transcendence::server {

// What one client may hold of the real-time side on this instance (docs/security.md,
// "Connection limits"); TRANSCENDENCE_WS_* and TRANSCENDENCE_REPLAYS_*. scripts/test raises the
// per-address cap: every browser suite connects from 127.0.0.1.
struct RealtimeLimits {
    int connectionsPerAddress = 256; // a campus behind one NAT address is many players
    int connectionsPerAccount = 16;  // tabs and devices of one player
    int guestIdleSeconds = 900;      // a guest sending only heartbeats is closed after this
    // Replays run on the game threads at up to 4x: per signed-in player, and in all.
    int replaysPerUser = 2;
    int replaysPerServer = 32;
};

} // namespace transcendence::server
