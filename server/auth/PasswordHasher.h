#pragma once

#include <QByteArray>
#include <QString>

namespace transcendence::server {

// Argon2id (libsodium) at OWASP's minimum: m = 19 MiB, t = 2, p = 1, a random salt per hash,
// stored as a PHC string ("$argon2id$v=19$m=19456,t=2,p=1$..."). Hashing takes tens of
// milliseconds on purpose: call it on a DatabaseWorkers thread, never on the event loop.
class PasswordHasher {
public:
    static bool initialize(); // sodium_init(); false if libsodium cannot run here

    static QByteArray hash(const QString &password); // empty if memory ran out
    static bool verify(const QByteArray &phcString, const QString &password);
    // A hash of a random password: verifying against it costs what a real verification costs,
    // so "no such user" and "wrong password" take the same time.
    static const QByteArray &decoyHash();
};

} // namespace transcendence::server
