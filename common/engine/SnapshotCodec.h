#pragma once

#include "engine/Snapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace transcendence::engine {

// Two encodings of the same Snapshot, both lossless (doubles keep every bit), so a decoded
// snapshot restores the exact match: JSON for the WebSocket protocol and debugging, and a
// compact little-endian binary form for replays, hashing and bandwidth-sensitive clients.
// Decoders accept any bytes: malformed input gives an error message, never a crash.
QJsonObject snapshotToJson(const Snapshot &snapshot);
std::variant<Snapshot, QString> snapshotFromJson(const QJsonObject &object);

QByteArray snapshotToBinary(const Snapshot &snapshot);
std::variant<Snapshot, QString> snapshotFromBinary(const QByteArray &bytes);

// Structural checks shared by both decoders (counts, ranges, finite numbers); whether the
// snapshot fits a given configuration is checked by Match::restore.
QString snapshotStructureError(const Snapshot &snapshot);

} // namespace transcendence::engine
