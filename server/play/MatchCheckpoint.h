#pragma once

#include "engine/Input.h"
#include "replay/InputLog.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <vector>

namespace transcendence::server {

struct MatchRoomSetup;

// Where a running match stood, enough to continue it on another instance after its host died
// (docs/architecture.md, "Several instances"). The engine is deterministic: the match's seed
// and every input so far replay it to `step` bit for bit (stateHash checks it), and the input log
// goes on from there, so the stored record is the whole match.
struct MatchResume {
    replay::InputLog log; // finished at `step`
    std::int64_t step = 0;
    std::uint64_t stateHash = 0;   // engine::Match::stateHash() at `step`
    std::vector<bool> forfeited;   // by seat
    std::vector<bool> everEntered; // by seat
    std::vector<int> eliminationOrder;
    QDateTime startedAt;
    // Whether play ever started; if not, a seat nobody entered yet keeps the show-up deadline
    // its player was given (showUpBy) and still loses by walkover after it.
    bool everRan = true;
    QDateTime showUpBy;
    // The keys held at `step` (by seat). A key changed since the last step is not in the log
    // (it applies from the next step on), but the engine holds it and stateHash counts it.
    std::vector<engine::Input> held;
};

// A room's setup and resume state as one JSON document (what goes to Redis every second).
QByteArray encodeCheckpoint(const MatchRoomSetup &setup, const MatchResume &resume);
// The setup (controllers empty, resume set), or an error message for anything that is not a
// checkpoint this code wrote.
QString decodeCheckpoint(const QByteArray &bytes, MatchRoomSetup &setup);

} // namespace transcendence::server
