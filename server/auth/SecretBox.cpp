#include "auth/SecretBox.h"

#include <QMessageAuthenticationCode>

#include <sodium.h>

namespace transcendence::server {

QByteArray SecretBox::deriveKey(const QByteArray &serverSecret, const QByteArray &purpose)
{
    return QMessageAuthenticationCode::hash(purpose, serverSecret, QCryptographicHash::Sha256);
}

SecretBox::SecretBox(const QByteArray &serverSecret, const QByteArray &purpose)
    : m_key(deriveKey(serverSecret, purpose))
{
    static_assert(crypto_secretbox_KEYBYTES == 32, "the derived key is a SHA-256 output");
}

QByteArray SecretBox::seal(const QByteArray &plain) const
{
    QByteArray sealed(qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) +
                          plain.size(),
                      Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()), nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    return sealed;
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed) const
{
    const qsizetype overhead = qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (sealed.size() < overhead) {
        return std::nullopt;
    }
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(sealed.size()) - crypto_secretbox_NONCEBYTES, nonce,
            reinterpret_cast<const unsigned char *>(m_key.constData())) != 0) {
        return std::nullopt;
    }
    return plain;
}

} // namespace transcendence::server
