#include "auth/PasswordHasher.h"

#include <QRandomGenerator>

#include <sodium.h>

namespace transcendence::server {
namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimitBytes = 19 * 1024 * 1024;

} // namespace

bool PasswordHasher::initialize()
{
    return sodium_init() >= 0;
}

QByteArray PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              kOpsLimit, kMemLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return {};
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &phcString, const QString &password)
{
    if (!phcString.startsWith("$argon2id$")) {
        return false;
    }
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(phcString.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

const QByteArray &PasswordHasher::decoyHash()
{
    static const QByteArray decoy = [] {
        QByteArray random(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 6);
        return hash(QString::fromLatin1(random.toBase64()));
    }();
    return decoy;
}

} // namespace transcendence::server
