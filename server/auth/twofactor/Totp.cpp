#include "auth/twofactor/Totp.h"

#include "auth/twofactor/ConstantTime.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

#include <array>

namespace transcendence::server::twofactor::totp {

namespace {

constexpr int kMinimumDigits = 6; // RFC 4226 section 5.3
constexpr int kMaximumDigits = 8;

constexpr std::array<quint32, kMaximumDigits + 1> kPowersOfTen{
    1, 10, 100, 1'000, 10'000, 100'000, 1'000'000, 10'000'000, 100'000'000};

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

QByteArray generateSecret()
{
    std::array<quint32, kSecretBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), kSecretBytes);
}

QString hotp(QByteArrayView secret, quint64 counter, int digits)
{
    if (digits < kMinimumDigits || digits > kMaximumDigits) {
        return {};
    }
    QByteArray message(sizeof(quint64), Qt::Uninitialized);
    qToBigEndian(counter, message.data());
    const QByteArray mac =
        QMessageAuthenticationCode::hash(message, secret.toByteArray(), QCryptographicHash::Sha1);
    // Dynamic truncation (RFC 4226 section 5.3): the low nibble of the last byte picks 4 bytes.
    const int offset = static_cast<quint8>(mac[mac.size() - 1]) & 0x0F;
    const quint32 truncated = qFromBigEndian<quint32>(mac.constData() + offset) & 0x7FFF'FFFFU;
    const quint32 value = truncated % kPowersOfTen[static_cast<std::size_t>(digits)];
    return QStringLiteral("%1").arg(value, digits, 10, QLatin1Char('0'));
}

qint64 timeStep(qint64 unixTime, int periodSeconds)
{
    const qint64 step = unixTime / periodSeconds;
    return (unixTime % periodSeconds < 0) ? step - 1 : step; // floor, also before 1970
}

QString code(QByteArrayView secret, qint64 unixTime, int digits, int periodSeconds)
{
    if (unixTime < 0 || periodSeconds <= 0) {
        return {};
    }
    return hotp(secret, static_cast<quint64>(timeStep(unixTime, periodSeconds)), digits);
}

std::optional<QString> normalizeCode(QStringView presented, int digits)
{
    QString code;
    for (const QChar character : presented) {
        const char16_t c = character.unicode();
        if (isAsciiSpace(c)) {
            continue;
        }
        // Only ASCII digits: QChar::isDigit() would also let through other scripts' digits.
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        code += character;
    }
    if (code.size() != digits) {
        return std::nullopt;
    }
    return code;
}

std::optional<qint64> verify(QByteArrayView secret, QStringView presentedCode, qint64 unixTime,
                             qint64 lastUsedStep)
{
    const std::optional<QString> presented = normalizeCode(presentedCode);
    if (secret.isEmpty() || !presented || unixTime < 0) {
        return std::nullopt;
    }
    const QByteArray presentedDigits = presented->toLatin1();
    const qint64 current = timeStep(unixTime);
    std::optional<qint64> matched;
    // Every candidate is computed and compared, so the time taken does not say which one matched.
    for (qint64 step = current - kAcceptedDriftSteps; step <= current + kAcceptedDriftSteps;
         ++step) {
        if (step < 0) {
            continue;
        }
        const QByteArray expected = hotp(secret, static_cast<quint64>(step)).toLatin1();
        const bool equal = constantTimeEquals(expected, presentedDigits);
        if (equal && step > lastUsedStep && !matched) {
            matched = step;
        }
    }
    return matched;
}

} // namespace transcendence::server::twofactor::totp
