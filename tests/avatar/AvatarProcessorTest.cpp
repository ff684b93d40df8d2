// Avatar uploads: what is refused (and with which code), and what an accepted avatar looks like.
#include "users/avatar/AvatarProcessor.h"

#include "AvatarSamples.h"
#include "users/avatar/PngChunks.h"

#include <QColorSpace>
#include <QImageReader>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <thread>

using namespace transcendence::server::avatar;
using namespace avatar_samples;

Q_DECLARE_METATYPE(transcendence::server::avatar::AvatarErrorCode)

namespace {

constexpr qsizetype kTwoMiB = 2 * 1024 * 1024;

QString describe(const std::variant<ProcessedAvatar, AvatarError> &result)
{
    if (const auto *error = std::get_if<AvatarError>(&result)) {
        return error->codeName() + QStringLiteral(": ") + error->message;
    }
    return QStringLiteral("accepted");
}

} // namespace

class AvatarProcessorTest : public QObject {
    Q_OBJECT

private:
    AvatarProcessor m_processor;

    ProcessedAvatar accept(const QByteArray &upload)
    {
        const auto result = m_processor.process(upload);
        if (!std::holds_alternative<ProcessedAvatar>(result)) {
            qWarning("refused: %s", qPrintable(describe(result)));
            return {};
        }
        return std::get<ProcessedAvatar>(result);
    }

private slots:
    void formatsIncludeWebP()
    {
        const AvatarFormatSupport support = AvatarProcessor::formatSupport();
        QVERIFY2(support.complete(),
                 qPrintable(QStringLiteral("missing image plugins for: %1 (WebP needs Debian's "
                                           "qt6-image-formats-plugins)")
                                .arg(QString::fromLatin1(support.missing.join(", ")))));
        QCOMPARE(support.available, QByteArrayList({"png", "jpeg", "webp"}));
    }

    void allocationLimitIsLowered()
    {
        // Room for the largest accepted image at 8 bytes a pixel, below Qt's default of 256.
        QCOMPARE(QImageReader::allocationLimit(),
                 AvatarProcessor::allocationLimitMiB(m_processor.limits()));
        QCOMPARE(QImageReader::allocationLimit(), 128);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("upload");
        QTest::addColumn<AvatarErrorCode>("expected");

        const QByteArray png = encode(quadrants(64, 64), "png");
        const QByteArray jpeg = encode(quadrants(64, 64), "jpeg", 90);
        const QByteArray webp = encode(quadrants(64, 64), "webp", 80);

        QTest::newRow("empty") << QByteArray() << AvatarErrorCode::NotAnImage;
        QTest::newRow("text file")
            << QByteArray("display name: Marvin\nbio: bored\n") << AvatarErrorCode::NotAnImage;
        QTest::newRow("html") << QByteArray("<!doctype html><img src=x onerror=alert(1)>")
                              << AvatarErrorCode::NotAnImage;
        QByteArray random(4096, '\0');
        QRandomGenerator generator(42);
        for (char &byte : random) {
            byte = char(generator.bounded(256));
        }
        QTest::newRow("random bytes") << random << AvatarErrorCode::NotAnImage;
        QTest::newRow("RIFF but WAVE")
            << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << AvatarErrorCode::NotAnImage;

        QTest::newRow("2 MiB + 1 byte")
            << png + QByteArray(kTwoMiB + 1 - png.size(), '\0') << AvatarErrorCode::TooLarge;
        QTest::newRow("10 MiB") << QByteArray(10 * kTwoMiB, 'x') << AvatarErrorCode::TooLarge;

        QTest::newRow("gif") << tinyGif() << AvatarErrorCode::UnsupportedFormat;
        QTest::newRow("bmp") << encode(quadrants(16, 16), "bmp")
                             << AvatarErrorCode::UnsupportedFormat;
        QTest::newRow("tiff") << encode(quadrants(16, 16), "tiff")
                              << AvatarErrorCode::UnsupportedFormat;
        QTest::newRow("svg") << QByteArray("<?xml version=\"1.0\"?>\n<svg "
                                           "xmlns=\"http://www.w3.org/2000/svg\"/>")
                             << AvatarErrorCode::UnsupportedFormat;

        QTest::newRow("png bomb 30000x30000")
            << pngDeclaring(30000, 30000) << AvatarErrorCode::DimensionsTooLarge;
        QTest::newRow("png 1x20000")
            << pngDeclaring(1, 20000) << AvatarErrorCode::DimensionsTooLarge;
        QTest::newRow("png 8000x8000: sides fine, pixels not")
            << pngDeclaring(8000, 8000) << AvatarErrorCode::DimensionsTooLarge;
        QTest::newRow("png 1000000x1")
            << pngDeclaring(1'000'000, 1) << AvatarErrorCode::DimensionsTooLarge;
        // libpng refuses such a header itself (beyond 1,000,000 px a side): still nothing decoded.
        QTest::newRow("png 2^31-1 wide") << pngDeclaring(0x7FFFFFFF, 1) << AvatarErrorCode::Corrupt;
        QTest::newRow("jpeg bomb 60000x60000")
            << jpegDeclaring(jpeg, 60000, 60000) << AvatarErrorCode::DimensionsTooLarge;
        QTest::newRow("webp bomb 16383x16383")
            << webpDeclaring(webp, 16383, 16383) << AvatarErrorCode::DimensionsTooLarge;

        QTest::newRow("animated webp bomb: 16000x16000 canvas")
            << animatedWebp({quadrants(16, 16)}, QSize(16000, 16000))
            << AvatarErrorCode::DimensionsTooLarge;
        QTest::newRow("animated webp: 5000x5000 canvas")
            << animatedWebp({quadrants(16, 16)}, QSize(5000, 5000))
            << AvatarErrorCode::DimensionsTooLarge;
        QTest::newRow("truncated png") << png.left(png.size() / 2) << AvatarErrorCode::Corrupt;
        QTest::newRow("png signature only") << png.left(8) << AvatarErrorCode::Corrupt;
        QTest::newRow("png without IEND") << png.left(png.size() - 12) << AvatarErrorCode::Corrupt;
        QByteArray garbledPng = pngDeclaring(64, 64);
        garbledPng.replace(garbledPng.indexOf("IDAT") + 4, 16, QByteArray(16, '\x5A'));
        QTest::newRow("png with garbage pixel data") << garbledPng << AvatarErrorCode::Corrupt;
        QTest::newRow("2 MiB of garbage behind a png signature")
            << png.left(8) + QByteArray(kTwoMiB - 8, '\x11') << AvatarErrorCode::Corrupt;
        QTest::newRow("jpeg body behind a png signature")
            << png.left(8) + jpeg.mid(2) << AvatarErrorCode::Corrupt;
        QTest::newRow("truncated jpeg header") << jpeg.left(40) << AvatarErrorCode::Corrupt;
        QTest::newRow("truncated webp") << webp.left(webp.size() / 2) << AvatarErrorCode::Corrupt;
        QTest::newRow("webp header only") << webp.left(12) << AvatarErrorCode::Corrupt;
    }

    void refused()
    {
        QFETCH(QByteArray, upload);
        QFETCH(AvatarErrorCode, expected);
        // Refused before a decoder tried to allocate: Qt's allocation limit never had to act.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("allocation limit")));

        const auto result = m_processor.process(upload);
        QVERIFY2(std::holds_alternative<AvatarError>(result), "the upload was accepted");
        const AvatarError &error = std::get<AvatarError>(result);
        QCOMPARE(error.codeName(), avatarErrorCodeName(expected));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.codeName().startsWith(QLatin1String("avatar_")));
    }

    // Behind the header check, Qt's allocation limit still stops a bomb that a looser
    // configuration lets through to the decoder.
    void allocationLimitStopsBombsTheHeaderCheckAllows()
    {
        AvatarLimits loose;
        loose.maxSide = 100'000;
        loose.maxPixels = qint64(100'000) * 100'000;
        const AvatarProcessor looseProcessor(loose);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("allocation limit")));
        const auto result = looseProcessor.process(pngDeclaring(9000, 9000));
        QCOMPARE(describe(result).section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("avatar_corrupt"));
    }

    void exactlyTwoMiBIsAccepted()
    {
        // Bytes after IEND are ignored by decoders, which makes an upload of exactly the limit.
        const QByteArray png = encode(quadrants(64, 64), "png");
        const QByteArray upload = png + QByteArray(kTwoMiB - png.size(), '\0');
        QCOMPARE(upload.size(), kTwoMiB);
        QCOMPARE(accept(upload).size, 256);
    }

    void acceptedFormats_data()
    {
        QTest::addColumn<QByteArray>("upload");
        QTest::addColumn<int>("tolerance");

        QImage png = quadrants(300, 300);
        png.setText(QStringLiteral("Comment"), QStringLiteral("secret-comment"));
        png.setText(QStringLiteral("Author"), QStringLiteral("secret-author"));
        png.setText(QStringLiteral("LongText"),
                    QString(200, QLatin1Char('s')) + QStringLiteral("secret-compressed"));
        QTest::newRow("png with text chunks") << encode(png, "png") << 2;

        QImage jpeg = quadrants(300, 300);
        jpeg.setText(QStringLiteral("Description"), QStringLiteral("secret-description"));
        QTest::newRow("jpeg with EXIF and a comment")
            << jpegWithExifOrientation(encode(jpeg, "jpeg", 90), 1) << 24;
        QTest::newRow("jpeg quality 50") << encode(quadrants(300, 300), "jpeg", 50) << 32;
        QTest::newRow("lossy webp") << encode(quadrants(300, 300), "webp", 80) << 24;
        QTest::newRow("lossless webp") << encode(quadrants(300, 300), "webp", 100) << 2;
        QTest::newRow("16-bit png")
            << encode(quadrants(300, 300).convertToFormat(QImage::Format_RGBX64), "png") << 2;
        QTest::newRow("palette png")
            << encode(quadrants(300, 300).convertToFormat(QImage::Format_Indexed8), "png") << 2;
        QTest::newRow("tiny png, scaled up") << encode(quadrants(8, 8), "png") << 2;
    }

    // Every accepted upload becomes a 256 × 256 PNG with the chunks needed to show it and
    // nothing else (no text, EXIF, ICC profile, resolution), looking like the upload.
    void acceptedFormats()
    {
        QFETCH(QByteArray, upload);
        QFETCH(int, tolerance);

        const ProcessedAvatar avatar = accept(upload);
        QCOMPARE(avatar.size, 256);
        const std::optional<QByteArrayList> chunks = pngChunkTypes(avatar.png);
        QVERIFY(chunks.has_value());
        for (const QByteArray &type : *chunks) {
            QVERIFY2(QByteArrayList({"IHDR", "IDAT", "IEND"}).contains(type), type.constData());
        }
        QCOMPARE(chunks->first(), QByteArray("IHDR"));
        QCOMPARE(chunks->last(), QByteArray("IEND"));
        QVERIFY(!avatar.png.contains("secret"));
        QVERIFY(!avatar.png.contains("Exif"));
        QCOMPARE(pngColourType(avatar.png), 2); // opaque upload: RGB, no alpha channel

        const QImage image = decode(avatar.png);
        QCOMPARE(image.size(), QSize(256, 256));
        QVERIFY(image.textKeys().isEmpty());
        QVERIFY2(similar(image.pixel(40, 40), Qt::red, tolerance), "top-left");
        QVERIFY2(similar(image.pixel(215, 40), Qt::green, tolerance), "top-right");
        QVERIFY2(similar(image.pixel(40, 215), Qt::blue, tolerance), "bottom-left");
        QVERIFY2(similar(image.pixel(215, 215), Qt::white, tolerance), "bottom-right");
    }

    void exifOrientationIsApplied_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QColor>("topLeft");
        QTest::addColumn<QColor>("topRight");
        QTest::addColumn<QColor>("bottomLeft");
        QTest::addColumn<QColor>("bottomRight");
        // Stored: red green / blue white. The tag says how to turn it for display.
        QTest::newRow("1 as stored")
            << 1 << QColor(Qt::red) << QColor(Qt::green) << QColor(Qt::blue) << QColor(Qt::white);
        QTest::newRow("2 mirrored")
            << 2 << QColor(Qt::green) << QColor(Qt::red) << QColor(Qt::white) << QColor(Qt::blue);
        QTest::newRow("3 rotated 180")
            << 3 << QColor(Qt::white) << QColor(Qt::blue) << QColor(Qt::green) << QColor(Qt::red);
        QTest::newRow("6 rotate 90 clockwise")
            << 6 << QColor(Qt::blue) << QColor(Qt::red) << QColor(Qt::white) << QColor(Qt::green);
        QTest::newRow("8 rotate 90 anticlockwise")
            << 8 << QColor(Qt::green) << QColor(Qt::white) << QColor(Qt::red) << QColor(Qt::blue);
    }

    void exifOrientationIsApplied()
    {
        QFETCH(int, orientation);
        QFETCH(QColor, topLeft);
        QFETCH(QColor, topRight);
        QFETCH(QColor, bottomLeft);
        QFETCH(QColor, bottomRight);

        const QByteArray upload =
            jpegWithExifOrientation(encode(quadrants(240, 240), "jpeg", 90), quint16(orientation));
        const QImage image = decode(accept(upload).png);
        QCOMPARE(image.size(), QSize(256, 256));
        QVERIFY2(similar(image.pixel(40, 40), topLeft, 24), "top-left");
        QVERIFY2(similar(image.pixel(215, 40), topRight, 24), "top-right");
        QVERIFY2(similar(image.pixel(40, 215), bottomLeft, 24), "bottom-left");
        QVERIFY2(similar(image.pixel(215, 215), bottomRight, 24), "bottom-right");
    }

    // A landscape photo taken in portrait: turned first, then cropped to its centre.
    void rotatedLandscapeIsTurnedThenCropped()
    {
        QImage stored(400, 200, QImage::Format_RGB32);
        QPainter painter(&stored);
        painter.fillRect(0, 0, 400, 100, Qt::red);
        painter.fillRect(0, 100, 400, 100, Qt::blue);
        painter.end();
        const QByteArray upload = jpegWithExifOrientation(encode(stored, "jpeg", 90), 6);

        const QImage image = decode(accept(upload).png);
        QVERIFY(similar(image.pixel(40, 128), Qt::blue, 24));
        QVERIFY(similar(image.pixel(215, 128), Qt::red, 24));
    }

    void nonSquareIsCentreCropped_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("landscape") << QSize(600, 200);
        QTest::newRow("portrait") << QSize(200, 600);
    }

    void nonSquareIsCentreCropped()
    {
        QFETCH(QSize, size);
        // Red outer thirds, a green square in the middle: only green survives the crop.
        QImage stored(size, QImage::Format_RGB32);
        stored.fill(Qt::red);
        QPainter painter(&stored);
        painter.fillRect(
            QRect(QPoint(size.width() / 2 - 100, size.height() / 2 - 100), QSize(200, 200)),
            Qt::green);
        painter.end();

        const QImage image = decode(accept(encode(stored, "png")).png);
        QCOMPARE(image.size(), QSize(256, 256));
        for (const QPoint corner :
             {QPoint(0, 0), QPoint(255, 0), QPoint(0, 255), QPoint(255, 255), QPoint(128, 128)}) {
            QCOMPARE(image.pixel(corner), QColor(Qt::green).rgb());
        }
    }

    void animationGivesItsFirstFrame()
    {
        QImage first(64, 64, QImage::Format_RGB32);
        first.fill(Qt::red);
        QImage second(64, 64, QImage::Format_RGB32);
        second.fill(Qt::blue);
        const QByteArray upload = animatedWebp({first, second}, QSize(64, 64));

        const QImage image = decode(accept(upload).png);
        QCOMPARE(image.size(), QSize(256, 256));
        QVERIFY(similar(image.pixel(128, 128), Qt::red, 2));
    }

    // Colours are converted to sRGB before the profile is dropped, so they look the same.
    void colourProfileIsAppliedThenDropped()
    {
        QImage stored(64, 64, QImage::Format_RGB32);
        stored.fill(qRgb(40, 160, 90));
        stored.setColorSpace(QColorSpace::AdobeRgb);
        const QByteArray upload = encode(stored, "png");
        QVERIFY(pngChunkTypes(upload)->contains("iCCP"));

        const ProcessedAvatar avatar = accept(upload);
        QVERIFY(!pngChunkTypes(avatar.png)->contains("iCCP"));
        const QRgb expected = QColorSpace(QColorSpace::AdobeRgb)
                                  .transformationToColorSpace(QColorSpace::SRgb)
                                  .map(qRgb(40, 160, 90));
        QVERIFY(!similar(expected, QColor(40, 160, 90), 5)); // the profile makes a difference
        QVERIFY(similar(decode(avatar.png).pixel(128, 128), QColor(expected), 2));
    }

    void transparencyIsKept()
    {
        QImage stored(100, 100, QImage::Format_ARGB32);
        stored.fill(Qt::transparent);
        QPainter painter(&stored);
        painter.fillRect(50, 0, 50, 100, Qt::magenta);
        painter.end();

        const ProcessedAvatar avatar = accept(encode(stored, "png"));
        QCOMPARE(pngColourType(avatar.png), 6); // RGBA
        const QImage image = decode(avatar.png);
        QCOMPARE(qAlpha(image.pixel(10, 128)), 0);
        QCOMPARE(image.pixel(245, 128), QColor(Qt::magenta).rgba());
    }

    void sameUploadSameBytes()
    {
        const QByteArray upload = encode(quadrants(500, 300), "jpeg", 85);
        const ProcessedAvatar first = accept(upload);
        const ProcessedAvatar second = accept(upload);
        QVERIFY(!first.png.isEmpty());
        QCOMPARE(first.png, second.png);
        QCOMPARE(first.etag, second.etag);
        QCOMPARE(first.etag.size(), 66); // quoted hex SHA-256
        QVERIFY(first.etag.startsWith('"') && first.etag.endsWith('"'));

        const ProcessedAvatar other = accept(encode(quadrants(300, 500), "jpeg", 85));
        QVERIFY(other.etag != first.etag);
    }

    // The lead runs process() on worker threads: concurrent calls give the same result.
    void concurrentUploads()
    {
        const QByteArray upload = encode(quadrants(640, 480), "webp", 80);
        const QByteArray expected = accept(upload).png;
        QVERIFY(!expected.isEmpty());
        std::vector<QByteArray> results(4);
        std::vector<std::thread> workers;
        for (auto &result : results) {
            workers.emplace_back([&] {
                const auto processed = m_processor.process(upload);
                if (const auto *avatar = std::get_if<ProcessedAvatar>(&processed)) {
                    result = avatar->png;
                }
            });
        }
        for (auto &worker : workers) {
            worker.join();
        }
        for (const auto &result : results) {
            QCOMPARE(result, expected);
        }
    }
};

QTEST_GUILESS_MAIN(AvatarProcessorTest)
#include "AvatarProcessorTest.moc"
