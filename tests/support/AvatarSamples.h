#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>

// Upload bytes built in memory for the avatar tests (tests/avatar, and the uploads of
// tests/integration/users_test.cpp): valid images of each format, and crafted hostile ones
// (bombs, truncations, forged headers).
namespace avatar_samples {

// A four-quadrant image: top-left red, top-right green, bottom-left blue, bottom-right white.
QImage quadrants(int width, int height);

QByteArray encode(const QImage &image, const char *format, int quality = -1);

// A PNG chunk with its length and CRC.
QByteArray pngChunk(const QByteArray &type, const QByteArray &data);
// A valid PNG signature and IHDR declaring width × height RGB, with one small IDAT (a few
// hundred bytes of deflate) and IEND: a decompression bomb.
QByteArray pngDeclaring(quint32 width, quint32 height);
// The JPEG with its frame header (SOFn) rewritten to declare width × height.
QByteArray jpegDeclaring(const QByteArray &jpeg, quint16 width, quint16 height);
// The lossy WebP with its VP8 frame header rewritten to declare width × height (≤ 16383).
QByteArray webpDeclaring(const QByteArray &webp, quint16 width, quint16 height);
// An animated WebP (VP8X + ANIM + one ANMF per frame, lossless frames) on a canvas of the
// given size, which may be larger than the frames (up to 2^24 a side: a header bomb).
QByteArray animatedWebp(const QList<QImage> &frames, QSize canvas);
// The JPEG with an EXIF APP1 segment holding only an Orientation tag (1..8).
QByteArray jpegWithExifOrientation(const QByteArray &jpeg, quint16 orientation);
// A minimal 1 × 1 GIF89a.
QByteArray tinyGif();

// Reads the image back, or a null image.
QImage decode(const QByteArray &bytes);
// Colour type byte from a PNG's IHDR (2 = RGB, 6 = RGBA).
int pngColourType(const QByteArray &png);

bool similar(QRgb actual, QColor expected, int tolerance);

} // namespace avatar_samples
