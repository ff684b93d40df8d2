#include "users/avatar/DefaultAvatar.h"

#include "users/avatar/AvatarPng.h"

#include <QColor>
#include <QCryptographicHash>

#include <array>
#include <bit>

namespace transcendence::server::avatar {

namespace {

constexpr int kCell = 40;
constexpr int kMargin = (DefaultAvatar::kSize - DefaultAvatar::kGrid * kCell) / 2;
// Columns 0..2 are chosen, 3 and 4 mirror 1 and 0: 15 free cells.
constexpr int kFreeColumns = (DefaultAvatar::kGrid + 1) / 2;
constexpr int kFreeCells = kFreeColumns * DefaultAvatar::kGrid;

struct Identicon {
    QRgb foreground;
    QRgb background;
    std::array<bool, DefaultAvatar::kGrid * DefaultAvatar::kGrid> filled{};
};

// 15 bits of the digest that make a pattern neither too empty nor too full; the digest has
// enough windows that the fallback is practically never used.
quint32 patternBits(const QByteArray &digest)
{
    for (int first = 4; first + 2 <= digest.size(); first += 2) {
        const quint32 bits =
            ((quint32(quint8(digest[first])) << 8) | quint8(digest[first + 1])) & 0x7FFF;
        const int count = std::popcount(bits);
        if (count >= 5 && count <= 11) {
            return bits;
        }
    }
    return 0b101010101010101;
}

Identicon identiconFor(const QString &seed)
{
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    const int hue = ((quint8(digest[0]) << 8) | quint8(digest[1])) % 360;
    const int saturation = 140 + quint8(digest[2]) % 60; // of 255: clearly coloured, not loud
    const int lightness = 105 + quint8(digest[3]) % 35;  // dark enough against the pale tint

    Identicon identicon;
    identicon.foreground = QColor::fromHsl(hue, saturation, lightness).rgb();
    identicon.background = QColor::fromHsl(hue, 90, 238).rgb();
    const quint32 bits = patternBits(digest);
    for (int cell = 0; cell < kFreeCells; ++cell) {
        const int row = cell / kFreeColumns;
        const int column = cell % kFreeColumns;
        const bool filled = (bits >> cell) & 1U;
        identicon.filled[row * DefaultAvatar::kGrid + column] = filled;
        identicon.filled[row * DefaultAvatar::kGrid + (DefaultAvatar::kGrid - 1 - column)] = filled;
    }
    return identicon;
}

} // namespace

QImage DefaultAvatar::image(const QString &seed)
{
    const Identicon identicon = identiconFor(seed);
    QImage image(kSize, kSize, QImage::Format_RGB32);
    for (int y = 0; y < kSize; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int row = (y - kMargin) / kCell;
        const bool rowInGrid = y >= kMargin && row < kGrid;
        for (int x = 0; x < kSize; ++x) {
            const int column = (x - kMargin) / kCell;
            const bool inGrid = rowInGrid && x >= kMargin && column < kGrid;
            line[x] = inGrid && identicon.filled[row * kGrid + column] ? identicon.foreground
                                                                       : identicon.background;
        }
    }
    return image;
}

QByteArray DefaultAvatar::render(const QString &seed)
{
    return encodeAvatarPng(image(seed));
}

QByteArray DefaultAvatar::render(quint64 userId)
{
    return render(QStringLiteral("user:%1").arg(userId));
}

} // namespace transcendence::server::avatar
