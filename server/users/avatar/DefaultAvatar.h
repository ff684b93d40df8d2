#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace transcendence::server::avatar {

// The avatar of everyone who has not uploaded one: a symmetric 5 × 5 identicon in a colour of
// its own on a pale tint of that colour, 256 × 256 PNG. Deterministic per seed; no fonts, so it
// renders the same on every server.
class DefaultAvatar {
public:
    static constexpr int kSize = 256;
    static constexpr int kGrid = 5;

    // Seeded by the user id (the seed "user:<id>").
    static QByteArray render(quint64 userId);
    static QByteArray render(const QString &seed);

    // The pixels behind render(seed), before PNG encoding.
    static QImage image(const QString &seed);
};

} // namespace transcendence::server::avatar
