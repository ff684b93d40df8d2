#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace transcendence::server {

// Writes one JSON object straight into bytes, exactly as QJsonDocument::toJson(Compact) writes
// the same QJsonObject, without building one (hot paths: the per-request log line, GET
// /api/users/me). QJsonObject orders keys by code point, so callers add fields in that order
// (tests/server/CompactJsonTest compares both writers byte for byte).
class CompactJsonObject {
public:
    explicit CompactJsonObject(QByteArray &out);

    // Keys are ASCII literals without characters that need escaping.
    CompactJsonObject &add(QByteArrayView key, QStringView value);
    CompactJsonObject &addLatin1(QByteArrayView key, QByteArrayView value);
    CompactJsonObject &add(QByteArrayView key, qint64 value);
    CompactJsonObject &add(QByteArrayView key, int value) { return add(key, qint64(value)); }
    CompactJsonObject &add(QByteArrayView key, double value);
    CompactJsonObject &add(QByteArrayView key, bool value);
    CompactJsonObject &addNull(QByteArrayView key);
    // An already-serialized JSON value (an object or array written elsewhere).
    CompactJsonObject &addRaw(QByteArrayView key, QByteArrayView json);
    void finish(); // the closing brace

    // A JSON string literal, quotes included, as QJsonDocument writes it.
    static void appendString(QByteArray &out, QStringView value);
    static void appendLatin1String(QByteArray &out, QByteArrayView value);
    static void appendDouble(QByteArray &out, double value);

private:
    void key(QByteArrayView name);

    QByteArray &m_out;
    bool m_first = true;
};

} // namespace transcendence::server
