#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace transcendence::oauth::pkce {
namespace {

constexpr int kVerifierRandomBytes = 48;

bool isUnreserved(char character)
{
    return (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z') ||
           (character >= '0' && character <= '9') || character == '-' || character == '.' ||
           character == '_' || character == '~';
}

QByteArray toBase64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray generateVerifier()
{
    QByteArray bytes(kVerifierRandomBytes, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < kVerifierRandomBytes; ++i) {
        bytes[i] = char(generator->bounded(256));
    }
    return toBase64Url(bytes);
}

bool isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < kMinVerifierLength || verifier.size() > kMaxVerifierLength) {
        return false;
    }
    return std::all_of(verifier.begin(), verifier.end(), isUnreserved);
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return toBase64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

bool verifierMatches(const QByteArray &verifier, const QByteArray &challenge)
{
    if (!isValidVerifier(verifier)) {
        return false;
    }
    const QByteArray computed = challengeS256(verifier);
    if (computed.size() != challenge.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < computed.size(); ++i) {
        difference |= static_cast<unsigned char>(computed[i] ^ challenge[i]);
    }
    return difference == 0;
}

} // namespace transcendence::oauth::pkce
