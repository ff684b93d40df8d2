#include "users/avatar/PngChunks.h"

#include <functional>

namespace transcendence::server::avatar {

namespace {

constexpr QByteArrayView kSignature("\x89PNG\r\n\x1A\n");
// Length, type and CRC around each chunk's data.
constexpr qsizetype kChunkOverhead = 12;

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        value = (value << 8) | quint8(bytes[at + i]);
    }
    return value;
}

// Calls visit(type, whole chunk) for each chunk; false if the sequence is malformed.
bool forEachChunk(const QByteArray &png,
                  const std::function<void(const QByteArray &, QByteArrayView)> &visit)
{
    if (!png.startsWith(kSignature)) {
        return false;
    }
    qsizetype at = kSignature.size();
    bool sawEnd = false;
    while (at < png.size()) {
        if (sawEnd || png.size() - at < kChunkOverhead) {
            return false;
        }
        const quint32 length = bigEndian32(png, at);
        if (length > quint32(png.size() - at - kChunkOverhead)) {
            return false;
        }
        const QByteArray type = png.mid(at + 4, 4);
        visit(type, QByteArrayView(png).sliced(at, kChunkOverhead + qsizetype(length)));
        sawEnd = type == "IEND";
        at += kChunkOverhead + qsizetype(length);
    }
    return sawEnd;
}

} // namespace

std::optional<QByteArrayList> pngChunkTypes(const QByteArray &png)
{
    QByteArrayList types;
    if (!forEachChunk(png, [&](const QByteArray &type, QByteArrayView) { types.append(type); })) {
        return std::nullopt;
    }
    return types;
}

std::optional<QByteArray> withoutAncillaryChunks(const QByteArray &png)
{
    static const QByteArrayList kept = {"IHDR", "PLTE", "tRNS", "IDAT", "IEND"};
    QByteArray stripped = kSignature.toByteArray();
    stripped.reserve(png.size());
    const bool wellFormed = forEachChunk(png, [&](const QByteArray &type, QByteArrayView chunk) {
        if (kept.contains(type)) {
            stripped.append(chunk);
        }
    });
    if (!wellFormed) {
        return std::nullopt;
    }
    return stripped;
}

} // namespace transcendence::server::avatar
