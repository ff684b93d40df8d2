#include "auth/oauth/Pkce.h"

#include "auth/oauth/UrlSafeRandom.h"

#include <QCryptographicHash>

#include <algorithm>

namespace transcendence::server::oauth::pkce {
namespace {

constexpr int kVerifierRandomBytes = 48;

bool isUnreserved(char character)
{
    return (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z') ||
           (character >= '0' && character <= '9') || character == '-' || character == '.' ||
           character == '_' || character == '~';
}

} // namespace

QByteArray generateVerifier()
{
    return urlSafeRandom(kVerifierRandomBytes);
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

} // namespace transcendence::server::oauth::pkce
