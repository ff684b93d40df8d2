#include "auth/oauth/UrlSafeRandom.h"

#include <QRandomGenerator>

namespace transcendence::server::oauth {

QByteArray toBase64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray urlSafeRandom(int byteCount)
{
    QByteArray bytes(byteCount, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < byteCount; ++i) {
        bytes[i] = char(generator->bounded(256));
    }
    return toBase64Url(bytes);
}

} // namespace transcendence::server::oauth
