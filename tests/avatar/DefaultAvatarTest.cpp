// The generated avatar of users without an upload: stable per user, different between users.
#include "users/avatar/DefaultAvatar.h"

#include "users/avatar/PngChunks.h"

#include <QBuffer>
#include <QImageReader>
#include <QSet>
#include <QTest>

#include <array>
#include <cstdlib>

using namespace transcendence::server::avatar;

namespace {

constexpr int kGrid = DefaultAvatar::kGrid;

QImage decode(const QByteArray &png)
{
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    return reader.read();
}

// What a person sees: which cells are coloured, and in what colour.
struct Looks {
    std::array<bool, kGrid * kGrid> filled{};
    QRgb foreground = 0;
    QRgb background = 0;
};

Looks looksOf(const QImage &image)
{
    Looks looks;
    looks.background = image.pixel(0, 0);
    const int cell = 40;
    const int margin = (image.width() - kGrid * cell) / 2;
    for (int row = 0; row < kGrid; ++row) {
        for (int column = 0; column < kGrid; ++column) {
            const QRgb pixel =
                image.pixel(margin + column * cell + cell / 2, margin + row * cell + cell / 2);
            const bool filled = pixel != looks.background;
            looks.filled[row * kGrid + column] = filled;
            if (filled) {
                looks.foreground = pixel;
            }
        }
    }
    return looks;
}

int colourDistance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
           std::abs(qBlue(a) - qBlue(b));
}

} // namespace

class DefaultAvatarTest : public QObject {
    Q_OBJECT

private slots:
    void isASquarePngWithoutMetadata()
    {
        const QByteArray png = DefaultAvatar::render(quint64(42));
        const std::optional<QByteArrayList> chunks = pngChunkTypes(png);
        QVERIFY(chunks.has_value());
        QCOMPARE(*chunks, QByteArrayList({"IHDR", "IDAT", "IEND"}));
        const QImage image = decode(png);
        QCOMPARE(image.size(), QSize(256, 256));
        QVERIFY(!image.hasAlphaChannel());
    }

    void sameSeedSameBytes()
    {
        QCOMPARE(DefaultAvatar::render(quint64(7)), DefaultAvatar::render(quint64(7)));
        QCOMPARE(DefaultAvatar::render(quint64(7)),
                 DefaultAvatar::render(QStringLiteral("user:7")));
        QCOMPARE(DefaultAvatar::render(QStringLiteral("marvin")),
                 DefaultAvatar::render(QStringLiteral("marvin")));
    }

    void patternIsMirroredAndNeitherEmptyNorFull()
    {
        for (quint64 id = 1; id <= 200; ++id) {
            const Looks looks = looksOf(DefaultAvatar::image(QStringLiteral("user:%1").arg(id)));
            int filled = 0;
            for (int row = 0; row < kGrid; ++row) {
                for (int column = 0; column < kGrid; ++column) {
                    QCOMPARE(looks.filled[row * kGrid + column],
                             looks.filled[row * kGrid + kGrid - 1 - column]);
                    filled += looks.filled[row * kGrid + column] ? 1 : 0;
                }
            }
            QVERIFY2(filled >= 5 && filled <= 20, qPrintable(QString::number(id)));
            // The shape stands out from its background.
            QVERIFY(colourDistance(looks.foreground, looks.background) >= 150);
        }
    }

    // Neighbouring users (ids 1..100) get avatars that differ in shape or clearly in colour.
    void differentSeedsLookDifferent()
    {
        std::vector<Looks> all;
        QSet<QByteArray> pngs;
        for (quint64 id = 1; id <= 100; ++id) {
            const QByteArray png = DefaultAvatar::render(id);
            pngs.insert(png);
            all.push_back(looksOf(decode(png)));
        }
        QCOMPARE(pngs.size(), 100);
        for (std::size_t a = 0; a < all.size(); ++a) {
            for (std::size_t b = a + 1; b < all.size(); ++b) {
                const bool sameShape = all[a].filled == all[b].filled;
                QVERIFY2(!sameShape || colourDistance(all[a].foreground, all[b].foreground) >= 60,
                         qPrintable(QStringLiteral("user:%1 and user:%2").arg(a + 1).arg(b + 1)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(DefaultAvatarTest)
#include "DefaultAvatarTest.moc"
