#include "auth/twofactor/Base32.h"

namespace transcendence::server::twofactor::base32 {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int kBitsPerSymbol = 5;

// The 5-bit value of one symbol, or -1 when the character is not in the alphabet.
int symbolValue(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'a' && c <= u'z') {
        return c - u'a';
    }
    if (c >= u'2' && c <= u'7') {
        return 26 + (c - u'2');
    }
    return -1;
}

// A final group of 8 symbols holds 1..5 bytes in 2, 4, 5, 7 or 8 symbols; 1, 3 and 6 symbols
// cannot come out of any encoder.
bool isPossibleTailLength(qsizetype symbols)
{
    const qsizetype tail = symbols % 8;
    return tail != 1 && tail != 3 && tail != 6;
}

} // namespace

QString encode(QByteArrayView bytes)
{
    QString out;
    out.reserve((bytes.size() * 8 + kBitsPerSymbol - 1) / kBitsPerSymbol);
    quint32 buffer = 0;
    int bitsInBuffer = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bitsInBuffer += 8;
        while (bitsInBuffer >= kBitsPerSymbol) {
            bitsInBuffer -= kBitsPerSymbol;
            out += QLatin1Char(kAlphabet[(buffer >> bitsInBuffer) & 0x1F]);
        }
    }
    if (bitsInBuffer > 0) {
        out += QLatin1Char(kAlphabet[(buffer << (kBitsPerSymbol - bitsInBuffer)) & 0x1F]);
    }
    return out;
}

std::optional<QByteArray> decode(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * kBitsPerSymbol / 8);
    quint32 buffer = 0;
    int bitsInBuffer = 0;
    qsizetype symbols = 0;
    bool paddingSeen = false;
    for (const QChar character : text) {
        const char16_t c = character.unicode();
        if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n') {
            continue;
        }
        if (c == u'=') {
            paddingSeen = true;
            continue;
        }
        const int value = symbolValue(c);
        if (value < 0 || paddingSeen) {
            return std::nullopt;
        }
        buffer = (buffer << kBitsPerSymbol) | static_cast<quint32>(value);
        bitsInBuffer += kBitsPerSymbol;
        ++symbols;
        if (bitsInBuffer >= 8) {
            bitsInBuffer -= 8;
            out += static_cast<char>((buffer >> bitsInBuffer) & 0xFF);
        }
    }
    const quint32 leftoverBits = buffer & ((1U << bitsInBuffer) - 1U);
    if (!isPossibleTailLength(symbols) || leftoverBits != 0) {
        return std::nullopt;
    }
    return out;
}

} // namespace transcendence::server::twofactor::base32
