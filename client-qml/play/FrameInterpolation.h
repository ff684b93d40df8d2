#pragma once

#include "engine/Snapshot.h"

namespace transcendence::client {

// The state `fraction` of the way from one snapshot to the next (0: `from`, 1: `to`), for drawing
// between two steps or two server snapshots: paddles and balls glide; a ball that appeared, or
// jumped (a new serve), is shown where it is; everything else is `to`'s.
engine::Snapshot interpolateSnapshot(const engine::Snapshot &from, const engine::Snapshot &to,
                                     double fraction);

} // namespace transcendence::client
