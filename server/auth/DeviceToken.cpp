#include "auth/DeviceToken.h"

#include "auth/SecretBox.h"
#include "auth/twofactor/ConstantTime.h"

#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace transcendence::server {
namespace {

constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray signature(const QByteArray &key, const QByteArray &payload)
{
    return QMessageAuthenticationCode::hash(payload, key, QCryptographicHash::Sha256)
        .toBase64(kEncoding);
}

} // namespace

DeviceTokens::DeviceTokens(const QByteArray &serverSecret)
    : m_key(SecretBox::deriveKey(serverSecret, QByteArrayLiteral("transcendence device tokens v1")))
{}

QByteArray DeviceTokens::issue(qint64 userId) const
{
    QByteArray id(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(id.data()),
                                          id.size() / int(sizeof(quint32)));
    const QByteArray payload = "d1." + QByteArray::number(userId) + '.' + id.toBase64(kEncoding);
    return payload + '.' + signature(m_key, payload);
}

std::optional<DeviceTokens::Device> DeviceTokens::verify(const QByteArray &token) const
{
    if (token.size() > 200) {
        return std::nullopt;
    }
    const qsizetype lastDot = token.lastIndexOf('.');
    if (lastDot <= 0) {
        return std::nullopt;
    }
    const QByteArray payload = token.left(lastDot);
    if (!twofactor::constantTimeEquals(signature(m_key, payload), token.mid(lastDot + 1))) {
        return std::nullopt;
    }
    const QList<QByteArray> parts = payload.split('.');
    bool ok = false;
    const qint64 userId =
        parts.size() == 3 && parts.at(0) == "d1" ? parts.at(1).toLongLong(&ok) : 0;
    if (!ok || userId <= 0 || parts.at(2).isEmpty()) {
        return std::nullopt;
    }
    return Device{userId, parts.at(2)};
}

} // namespace transcendence::server
