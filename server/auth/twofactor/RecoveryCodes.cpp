#include "auth/twofactor/RecoveryCodes.h"

#include "auth/twofactor/ConstantTime.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>

namespace transcendence::server::twofactor::recoverycodes {

namespace {

// Crockford's base32: no i, l, o (read as 1, 1, 0) and no u.
constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
constexpr int kAlphabetSize = sizeof(kAlphabet) - 1;
static_assert(kAlphabetSize == 32);

constexpr char kHashDomain[] = "transcendence/2fa-recovery-code/v1:";

QString generateOne()
{
    QString code;
    code.reserve(kSymbols + kGroups - 1);
    for (int i = 0; i < kSymbols; ++i) {
        if (i > 0 && i % kGroupLength == 0) {
            code += QLatin1Char('-');
        }
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(kAlphabetSize)]);
    }
    return code;
}

// The canonical symbol for what was typed, or 0 when the character cannot be in a code.
char canonicalSymbol(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        c = static_cast<char16_t>(c - u'A' + u'a');
    }
    switch (c) {
    case u'o':
        return '0';
    case u'i':
    case u'l':
        return '1';
    case u'u':
        return 0;
    default:
        break;
    }
    if ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z')) {
        return static_cast<char>(c);
    }
    return 0;
}

} // namespace

QStringList generate(int count)
{
    QStringList codes;
    QSet<QString> seen;
    while (codes.size() < count) {
        QString code = generateOne();
        if (!seen.contains(code)) { // a repeat has odds of ~10^-17, but would waste a code
            seen.insert(code);
            codes << code;
        }
    }
    return codes;
}

std::optional<QString> normalize(QStringView presented)
{
    QString code;
    for (const QChar character : presented) {
        const char16_t c = character.unicode();
        if (c == u'-' || c == u' ' || c == u'\t') {
            continue;
        }
        const char symbol = canonicalSymbol(c);
        if (symbol == 0 || code.size() == kSymbols) {
            return std::nullopt;
        }
        code += QLatin1Char(symbol);
    }
    if (code.size() != kSymbols) {
        return std::nullopt;
    }
    return code;
}

QByteArray hash(QStringView code, QByteArrayView pepper)
{
    const std::optional<QString> normalized = normalize(code);
    if (!normalized || pepper.isEmpty()) {
        return {};
    }
    return QMessageAuthenticationCode::hash(QByteArray(kHashDomain) + normalized->toLatin1(),
                                            pepper.toByteArray(), QCryptographicHash::Sha256);
}

std::optional<qsizetype> find(QStringView presented, const QList<QByteArray> &storedHashes,
                              QByteArrayView pepper)
{
    const QByteArray presentedHash = hash(presented, pepper);
    if (presentedHash.isEmpty()) {
        return std::nullopt;
    }
    std::optional<qsizetype> matched;
    // No early exit: the time taken does not depend on which (or whether a) code matched.
    for (qsizetype i = 0; i < storedHashes.size(); ++i) {
        const bool equal = constantTimeEquals(storedHashes[i], presentedHash);
        if (equal && !matched) {
            matched = i;
        }
    }
    return matched;
}

} // namespace transcendence::server::twofactor::recoverycodes
