#pragma once

#include <QByteArray>

#include <cstdint>

namespace transcendence::engine {

// 64-bit FNV-1a: tiny, stable across platforms and versions (unlike qHash, which is seeded).
inline std::uint64_t fnv1a64(const QByteArray &bytes)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (char byte : bytes) {
        hash ^= static_cast<std::uint8_t>(byte);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace transcendence::engine
