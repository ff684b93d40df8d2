#include "users/avatar/AvatarProcessor.h"

#include "users/avatar/AvatarPng.h"
#include "users/avatar/ImageFormatSniffer.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QImageReader>

#include <mutex>

namespace transcendence::server::avatar {

namespace {

AvatarError error(AvatarErrorCode code, const QString &message)
{
    return AvatarError{code, message};
}

AvatarError corrupt()
{
    return error(AvatarErrorCode::Corrupt, QStringLiteral("The image could not be decoded."));
}

QString mebibytes(qsizetype bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}

// The largest centred square, in the image's displayed orientation.
QImage centreSquare(const QImage &image)
{
    const int side = qMin(image.width(), image.height());
    return image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
}

// libjpeg can decode at 1/2, 1/4 or 1/8 scale for a fraction of the time and memory: ask for
// the smallest image whose short side still covers the avatar. Qt then finishes with a smooth
// scale (it does so from quality 50 up). Other formats would decode fully and scale anyway.
void decodeJpegNoLargerThanNeeded(QImageReader &reader, QSize declared, int outputSize)
{
    if (qMin(declared.width(), declared.height()) <= outputSize) {
        return;
    }
    reader.setScaledSize(declared.scaled(outputSize, outputSize, Qt::KeepAspectRatioByExpanding));
    reader.setQuality(75);
}

} // namespace

AvatarProcessor::AvatarProcessor(AvatarLimits limits)
    : m_limits(limits)
{
    // Second line of defence behind the header check: no image reader in this process may
    // allocate more than an accepted avatar needs. The setting is global, so set it once.
    static std::once_flag allocationLimitSet;
    std::call_once(allocationLimitSet,
                   [&] { QImageReader::setAllocationLimit(allocationLimitMiB(m_limits)); });
}

int AvatarProcessor::allocationLimitMiB(const AvatarLimits &limits)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    return int((limits.maxPixels * 8 + mebibyte - 1) / mebibyte);
}

AvatarFormatSupport AvatarProcessor::formatSupport()
{
    const QList<QByteArray> readable = QImageReader::supportedImageFormats();
    AvatarFormatSupport support;
    for (const QByteArray &format : acceptedFormats()) {
        (readable.contains(format) ? support.available : support.missing).append(format);
    }
    return support;
}

bool AvatarProcessor::exceedsLimits(QSize declared) const
{
    return declared.width() > m_limits.maxSide || declared.height() > m_limits.maxSide ||
           qint64(declared.width()) * declared.height() > m_limits.maxPixels;
}

AvatarError AvatarProcessor::dimensionsTooLarge(QSize declared) const
{
    return error(AvatarErrorCode::DimensionsTooLarge,
                 QStringLiteral("The image is %1 × %2 pixels; at most %3 pixels on a side and "
                                "%4 megapixels are accepted.")
                     .arg(declared.width())
                     .arg(declared.height())
                     .arg(m_limits.maxSide)
                     .arg(QString::number(double(m_limits.maxPixels) / 1e6, 'f', 1)));
}

std::variant<QImage, AvatarError>
AvatarProcessor::decodeWithinLimits(const QByteArray &upload, const QByteArray &format) const
{
    // The header alone: a decompression bomb (a small file declaring a huge image) stops here,
    // before any pixel memory is allocated.
    if (const std::optional<QSize> canvas = webpCanvasSize(upload);
        canvas && exceedsLimits(*canvas)) {
        return dimensionsTooLarge(*canvas);
    }
    QBuffer buffer;
    buffer.setData(upload);
    buffer.open(QIODevice::ReadOnly);
    // Only the sniffed format's decoder may look at the bytes: no guessing from other plugins.
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false);
    reader.setAutoTransform(true);
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty()) {
        return corrupt();
    }
    if (exceedsLimits(declared)) {
        return dimensionsTooLarge(declared);
    }

    if (format == "jpeg") {
        decodeJpegNoLargerThanNeeded(reader, declared, m_limits.outputSize);
    }
    QImage image; // animated images: the first frame
    if (!reader.read(&image) || image.isNull()) {
        return corrupt();
    }
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace::SRgb) {
        image.convertToColorSpace(QColorSpace::SRgb);
    }
    return image;
}

std::variant<ProcessedAvatar, AvatarError> AvatarProcessor::process(const QByteArray &upload) const
{
    if (upload.size() > m_limits.maxUploadBytes) {
        return error(AvatarErrorCode::TooLarge, QStringLiteral("The avatar must be at most %1 MiB.")
                                                    .arg(mebibytes(m_limits.maxUploadBytes)));
    }

    const SniffedFormat sniffed = sniffImageFormat(upload);
    if (sniffed.kind == SniffedFormat::Kind::Unknown) {
        return error(AvatarErrorCode::NotAnImage,
                     QStringLiteral("The file is not an image. Use PNG, JPEG or WebP."));
    }
    if (sniffed.kind == SniffedFormat::Kind::Refused ||
        !QImageReader::supportedImageFormats().contains(sniffed.name)) {
        return error(AvatarErrorCode::UnsupportedFormat,
                     QStringLiteral("%1 images are not supported. Use PNG, JPEG or WebP.")
                         .arg(QString::fromLatin1(sniffed.name.toUpper())));
    }

    auto decoded = decodeWithinLimits(upload, sniffed.name);
    if (auto *refusal = std::get_if<AvatarError>(&decoded)) {
        return *refusal;
    }
    const QImage &image = std::get<QImage>(decoded);

    const int size = m_limits.outputSize;
    const QImage square =
        centreSquare(image).scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    ProcessedAvatar avatar;
    avatar.png = encodeAvatarPng(square);
    if (avatar.png.isEmpty()) {
        return error(AvatarErrorCode::EncodingFailed,
                     QStringLiteral("The avatar could not be stored."));
    }
    avatar.etag = avatarEtag(avatar.png);
    avatar.size = size;
    return avatar;
}

} // namespace transcendence::server::avatar
