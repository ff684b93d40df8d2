// How long a worker thread is busy per avatar upload, and per generated default avatar.
// See bench/README.md.
#include "users/avatar/AvatarProcessor.h"
#include "users/avatar/DefaultAvatar.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>
#include <cmath>

namespace {

using namespace transcendence::server::avatar;

// Photo-like pixels: smooth colour gradients plus sensor-like noise, which is what makes
// JPEG/PNG files of real photos large.
QImage photoLike(int width, int height, int noise)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator generator(2024);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const double u = double(x) / width;
            const double v = double(y) / height;
            const int grain = int(generator.bounded(2 * noise + 1)) - noise;
            const int r = int(128 + 100 * std::sin(6.0 * u + 2.0 * v)) + grain;
            const int g = int(128 + 100 * std::sin(4.0 * v - 3.0 * u)) + grain;
            const int b = int(128 + 100 * std::cos(5.0 * u * v + 1.0)) + grain;
            line[x] = qRgb(qBound(0, r, 255), qBound(0, g, 255), qBound(0, b, 255));
        }
    }
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality, bool progressive = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.setProgressiveScanWrite(progressive);
    writer.write(image);
    return bytes;
}

void processUpload(benchmark::State &state, const QByteArray &upload)
{
    const AvatarProcessor processor;
    if (!std::holds_alternative<ProcessedAvatar>(processor.process(upload))) {
        state.SkipWithError("the sample upload was refused");
        return;
    }
    for (auto _ : state) {
        auto result = processor.process(upload);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(state.iterations() * upload.size());
    state.counters["upload_KiB"] = double(upload.size()) / 1024.0;
}

// A 12-megapixel phone photo compressed to just under the 2 MiB limit.
void BM_ProcessJpeg12MP(benchmark::State &state)
{
    static const QByteArray upload = encode(photoLike(4000, 3000, 8), "jpeg", 85);
    processUpload(state, upload);
}

// The same photo as a progressive JPEG: libjpeg must keep every coefficient in memory and
// cannot skip work when decoding at a reduced scale.
void BM_ProcessJpeg12MPProgressive(benchmark::State &state)
{
    static const QByteArray upload = encode(photoLike(4000, 3000, 8), "jpeg", 83, true);
    processUpload(state, upload);
}

void BM_ProcessJpeg3MP(benchmark::State &state)
{
    static const QByteArray upload = encode(photoLike(2048, 1536, 6), "jpeg", 88);
    processUpload(state, upload);
}

void BM_ProcessPng1024(benchmark::State &state)
{
    static const QByteArray upload = encode(photoLike(1024, 1024, 4), "png", -1);
    processUpload(state, upload);
}

void BM_ProcessWebp3MP(benchmark::State &state)
{
    static const QByteArray upload = encode(photoLike(2048, 1536, 6), "webp", 85);
    processUpload(state, upload);
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xFFFFFFFFU;
    for (char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1U) ? 0xEDB88320U ^ (crc >> 1) : crc >> 1;
        }
    }
    return crc ^ 0xFFFFFFFFU;
}

// A 30000 × 30000 PNG in a few hundred bytes: refused from the header alone.
void BM_RefusePngBomb(benchmark::State &state)
{
    static const QByteArray upload = [] {
        QByteArray png = encode(QImage(1, 1, QImage::Format_RGB32), "png", -1);
        // IHDR: length at 8, type at 12, width and height (big endian) at 16 and 20, CRC at 29.
        const char huge[] = {0, 0, 0x75, 0x30};
        png.replace(16, 4, huge, 4);
        png.replace(20, 4, huge, 4);
        const quint32 crc = crc32(QByteArrayView(png).sliced(12, 17));
        for (int i = 0; i < 4; ++i) {
            png[29 + i] = char(crc >> (24 - 8 * i));
        }
        return png;
    }();
    const AvatarProcessor processor;
    const auto first = processor.process(upload);
    const auto *error = std::get_if<AvatarError>(&first);
    if (!error || error->code != AvatarErrorCode::DimensionsTooLarge) {
        state.SkipWithError("the bomb was not refused for its dimensions");
        return;
    }
    for (auto _ : state) {
        auto result = processor.process(upload);
        benchmark::DoNotOptimize(result);
    }
}

void BM_DefaultAvatar(benchmark::State &state)
{
    quint64 userId = 1;
    for (auto _ : state) {
        QByteArray png = DefaultAvatar::render(userId++);
        benchmark::DoNotOptimize(png);
    }
}

} // namespace

BENCHMARK(BM_ProcessJpeg12MP)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProcessJpeg12MPProgressive)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProcessJpeg3MP)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProcessPng1024)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProcessWebp3MP)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RefusePngBomb)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DefaultAvatar)->Unit(benchmark::kMillisecond);

// Image plugins (JPEG, WebP) are found through the application object, as in the server.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
