#pragma once

#include "engine/MatchEvent.h"
#include "protocol/PlayMessages.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

// The compact form of a "snapshot" message, sent in binary WebSocket frames to connections that
// chose "encoding": "binary" in hello (docs/protocol.md, "Binary snapshots", has the byte
// layout). It carries what clients draw and predict with, not the engine's whole state: positions
// in 1/256 of a unit, ball directions in 1/32767, no ball speeds, random state or effect
// deadlines. A classic 1v1 snapshot is about 40 bytes (JSON: 700-900).
//
// A frame is a per-recipient header (the format version and this connection's lastInputSeq)
// followed by a body shared by every recipient of the room, so a room encodes the body once.
namespace transcendence::protocol {

inline constexpr std::uint8_t kBinarySnapshotVersion = 1;

// A 32-bit FNV-1a hash of the room id's UTF-8 bytes: frames carry it instead of the id, and a
// client compares it with the tag of the room it is in (a late frame of a room it left).
std::uint32_t binaryRoomTag(const QString &roomId);

// Everything of the snapshot but lastInputSeq (and snapshot.events: the room gives the events
// typed, in the order the engine produced them).
QByteArray encodeBinarySnapshotBody(const MatchSnapshot &snapshot,
                                    const std::vector<engine::MatchEvent> &events);

// The frame one recipient gets: header + body.
QByteArray binarySnapshotFrame(const QByteArray &body, std::optional<qint64> lastInputSeq);

struct BinarySnapshot {
    std::uint32_t roomTag = 0;
    // roomId is empty (the client knows its room); state holds what the frame carries: step,
    // phase, winner, receiver, players, ball ids, positions and directions (nearly unit
    // vectors; speed 0), pickups. Effects that are active have their deadline set to the next
    // step. Not a state to restore a Match from as is.
    MatchSnapshot snapshot;
};

// Any bytes: a malformed frame (truncated, trailing bytes, unknown version, values out of
// range) gives an error message, never a crash.
std::variant<BinarySnapshot, QString> decodeBinarySnapshot(const QByteArray &frame);

} // namespace transcendence::protocol
