#pragma once

#include "engine/Arena.h"
#include "engine/Input.h"
#include "engine/MatchConfig.h"
#include "engine/Snapshot.h"

namespace transcendence::engine {

// The baseline opponent of the AI tests and benchmarks, and a practice partner: it sees the live
// match every step and keeps its paddle centred on the nearest ball coming its way. No
// prediction, no aim; strong against slow, flat shots, beaten by steep fast ones.
class BallTrackingBot {
public:
    BallTrackingBot(const MatchConfig &config, int player);

    Input decide(const Snapshot &live) const;

private:
    Arena m_arena;
    int m_player;
    Side m_side;
    double m_paddleStep;
};

} // namespace transcendence::engine
