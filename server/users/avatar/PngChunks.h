#pragma once

#include <QByteArray>
#include <QByteArrayList>

#include <optional>

namespace transcendence::server::avatar {

// The chunk types of a PNG file, in order ("IHDR", "IDAT", ..., "IEND"); nullopt if the bytes
// are not a well-formed chunk sequence after the signature (CRCs are not checked).
std::optional<QByteArrayList> pngChunkTypes(const QByteArray &png);

// The same PNG with only the chunks needed to show it (IHDR, PLTE, tRNS, IDAT, IEND): no text,
// EXIF, ICC profile, time or physical size, whatever the encoder wrote. nullopt if malformed.
std::optional<QByteArray> withoutAncillaryChunks(const QByteArray &png);

} // namespace transcendence::server::avatar
