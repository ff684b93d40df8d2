#pragma once

namespace transcendence::protocol {

// Bumped whenever a message changes incompatibly; docs/protocol.md lists what each version holds.
inline constexpr int kProtocolVersion = 1;

// A text frame larger than this is refused before it is parsed.
inline constexpr int kMaxMessageBytes = 16 * 1024;

// Clients send a ping at this interval; the server drops a connection silent for kIdleTimeoutMs.
inline constexpr int kHeartbeatIntervalMs = 15'000;
inline constexpr int kIdleTimeoutMs = 45'000;

// WebSocket close codes of our own (4000-4999 is the application range).
inline constexpr int kCloseHeartbeatTimeout = 4000;
inline constexpr int kCloseUnsupportedVersion = 4001;
inline constexpr int kCloseHelloRequired = 4002;
inline constexpr int kCloseNotAuthenticated = 4003; // bad or used ticket, or the sign-in ended
// Too many connections from this address or for this account (server limits).
inline constexpr int kCloseTooManyConnections = 4008;
// A guest connection that sent nothing but heartbeats for the guest idle limit.
inline constexpr int kCloseIdleGuest = 4009;

} // namespace transcendence::protocol
