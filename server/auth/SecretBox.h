#pragma once

#include <QByteArray>

#include <optional>

namespace transcendence::server {

// Authenticated encryption (libsodium secretbox: XSalsa20-Poly1305) for secrets the server must
// read back, such as TOTP keys. The key is derived from the server's secret key and a purpose,
// so each use has its own key. Sealed form: 24-byte random nonce, then the ciphertext.
class SecretBox {
public:
    SecretBox(const QByteArray &serverSecret, const QByteArray &purpose);

    QByteArray seal(const QByteArray &plain) const;
    std::optional<QByteArray>
    open(const QByteArray &sealed) const; // nullopt: tampered or wrong key

    // A keyed-hash key for the same purpose scheme (e.g. the recovery-code pepper).
    static QByteArray deriveKey(const QByteArray &serverSecret, const QByteArray &purpose);

private:
    QByteArray m_key;
};

} // namespace transcendence::server
