#include "core/CompactJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace transcendence::server {
namespace {

// What QJsonDocument writes for one value: the array "[value]" without its brackets. Used for
// the rare strings that need more than plain ASCII, so those stay byte-identical to Qt's writer.
void appendThroughQt(QByteArray &out, const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, array.size() - 2);
}

// ASCII from the space up (DEL included) apart from the quote and the backslash: written as
// they are.
constexpr bool isPlain(char16_t c)
{
    return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\';
}

char hexDigit(int value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// The escapes QJsonDocument uses for ASCII control characters, the quote and the backslash.
void appendEscapedAscii(QByteArray &out, char c)
{
    out.append('\\');
    switch (c) {
    case '"':
        out.append('"');
        return;
    case '\\':
        out.append('\\');
        return;
    case '\b':
        out.append('b');
        return;
    case '\f':
        out.append('f');
        return;
    case '\n':
        out.append('n');
        return;
    case '\r':
        out.append('r');
        return;
    case '\t':
        out.append('t');
        return;
    default:
        out.append("u00", 3);
        out.append(hexDigit((c >> 4) & 0xf));
        out.append(hexDigit(c & 0xf));
    }
}

} // namespace

CompactJsonObject::CompactJsonObject(QByteArray &out)
    : m_out(out)
{
    m_out.append('{');
}

void CompactJsonObject::key(QByteArrayView name)
{
    if (!m_first) {
        m_out.append(',');
    }
    m_first = false;
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
}

CompactJsonObject &CompactJsonObject::add(QByteArrayView name, QStringView value)
{
    key(name);
    appendString(m_out, value);
    return *this;
}

CompactJsonObject &CompactJsonObject::addLatin1(QByteArrayView name, QByteArrayView value)
{
    key(name);
    appendLatin1String(m_out, value);
    return *this;
}

CompactJsonObject &CompactJsonObject::add(QByteArrayView name, qint64 value)
{
    key(name);
    m_out.append(QByteArray::number(value));
    return *this;
}

CompactJsonObject &CompactJsonObject::add(QByteArrayView name, double value)
{
    key(name);
    appendDouble(m_out, value);
    return *this;
}

CompactJsonObject &CompactJsonObject::add(QByteArrayView name, bool value)
{
    key(name);
    if (value) {
        m_out.append("true", 4);
    } else {
        m_out.append("false", 5);
    }
    return *this;
}

CompactJsonObject &CompactJsonObject::addNull(QByteArrayView name)
{
    key(name);
    m_out.append("null", 4);
    return *this;
}

CompactJsonObject &CompactJsonObject::addRaw(QByteArrayView name, QByteArrayView json)
{
    key(name);
    m_out.append(json);
    return *this;
}

void CompactJsonObject::finish()
{
    m_out.append('}');
}

void CompactJsonObject::appendString(QByteArray &out, QStringView value)
{
    for (const QChar c : value) {
        if (c.unicode() >= 0x80) {
            appendThroughQt(out, QJsonValue(value.toString()));
            return;
        }
    }
    out.reserve(out.size() + value.size() + 2);
    out.append('"');
    for (const QChar c : value) {
        const char16_t unit = c.unicode();
        if (isPlain(unit)) {
            out.append(char(unit));
        } else {
            appendEscapedAscii(out, char(unit));
        }
    }
    out.append('"');
}

void CompactJsonObject::appendLatin1String(QByteArray &out, QByteArrayView value)
{
    for (const char c : value) {
        if (uchar(c) >= 0x80) {
            appendThroughQt(out, QJsonValue(QString::fromLatin1(value)));
            return;
        }
    }
    out.reserve(out.size() + value.size() + 2);
    out.append('"');
    for (const char c : value) {
        if (isPlain(char16_t(uchar(c)))) {
            out.append(c);
        } else {
            appendEscapedAscii(out, c);
        }
    }
    out.append('"');
}

void CompactJsonObject::appendDouble(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null", 4); // as QJsonDocument (RFC 8259 has no infinities or NaN)
        return;
    }
    out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

} // namespace transcendence::server
