#pragma once

#include "engine/Input.h"
#include "engine/Match.h"
#include "engine/MatchConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <variant>
#include <vector>

namespace transcendence::replay {

// A held key changed: from the start of step `step` (before Match::step() advances from
// currentStep() == step) player `player` holds `input`, until their next change.
struct InputChange {
    std::int64_t step = 0;
    int player = 0;
    engine::Input input = engine::Input::None;

    friend bool operator==(const InputChange &, const InputChange &) = default;
};

// Everything that happened to the players' keys during one match, in the form that replays it:
// with the match's MatchConfig and seed, feeding these changes to an engine::Match step by step
// until endStep() reproduces the match bit for bit (docs/game.md, "Matches and ratings").
//
// Only changes are kept (a held key stays until changed), each at most once per player and step,
// and never a change to the key the player already holds: one log has exactly one encoding.
// Every player starts holding Input::None, as in the engine.
class InputLog {
public:
    static constexpr int kFormatVersion = 1;
    // Bounds a decoder enforces before allocating anything: about 96 days of play.
    static constexpr std::int64_t kMaxSteps = std::int64_t(1) << 30;

    explicit InputLog(int playerCount = 2);

    // The recorder's side: call whenever the match's Match::setInput is called, with
    // match.currentStep(). Repeating the held key records nothing; so does an out-of-range
    // player. Steps must not go backwards (false then, and nothing is recorded); a second change
    // for the same player and step replaces the first (only the last one reached the engine).
    bool record(std::int64_t step, int player, engine::Input input);
    // The match stopped after `endStep` steps (the engine's currentStep() when it ended, also for
    // a forfeit that stops a match before it is over). Changes at or after it never reached the
    // engine and are dropped. Returns false for a negative step or one beyond kMaxSteps.
    bool finish(std::int64_t endStep);

    int playerCount() const { return m_playerCount; }
    std::int64_t endStep() const { return m_endStep; }
    const std::vector<InputChange> &changes() const { return m_changes; }

    // Compact binary form (stored in the database, sent as base64): about one byte per change.
    //   "TIL" 0x01 | player count (1 byte) | varint endStep | varint change count |
    //   per change: varint ((stepDelta << 4) | (player << 2) | input)
    // Varints are unsigned LEB128; stepDelta counts from the previous change (the first from
    // step 0).
    QByteArray encode() const;
    // JSON form, for clients without this code (the SPA):
    //   {"version":1,"players":2,"endStep":N,"changes":[[step,player,"up"|"down"|"none"],...]}
    QJsonObject toJson() const;

    // Both accept any input: anything that is not a log in canonical form (see above) gives an
    // error message, never a crash, an exception or a large allocation.
    static std::variant<InputLog, QString> decode(const QByteArray &bytes);
    static std::variant<InputLog, QString> fromJson(const QJsonObject &object);

    friend bool operator==(const InputLog &, const InputLog &) = default;

private:
    // Appends a decoded change, enforcing the canonical form; an error message or empty.
    QString append(const InputChange &change);

    int m_playerCount = 2;
    std::int64_t m_endStep = 0;
    std::vector<InputChange> m_changes;
    std::vector<engine::Input> m_held; // per player, after the last change
};

// Plays a log back into a match, one step at a time (what a replay viewer does):
//   InputLogPlayer player(log);
//   while (!player.finished(match)) { player.applyInputs(match); match.step(); }
class InputLogPlayer {
public:
    explicit InputLogPlayer(const InputLog &log);

    // Sets the keys that change at match.currentStep(); call before each match.step().
    void applyInputs(engine::Match &match);
    bool finished(const engine::Match &match) const;

private:
    const InputLog &m_log;
    std::size_t m_next = 0;
};

// Runs the whole recorded match from the start, as fast as possible; an error message when the
// configuration is invalid or the log is for another number of players.
std::variant<engine::Match, QString> replayMatch(const engine::MatchConfig &config,
                                                 std::uint64_t seed, const InputLog &log);

} // namespace transcendence::replay
