#pragma once

#include "protocol/ProtocolError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

// The connection-level messages every client speaks: hello/welcome, ping/pong, error.
// Field names and meanings are documented in docs/protocol.md.
namespace transcendence::protocol {

namespace message_type {
inline const QString Hello = QStringLiteral("hello");
inline const QString Welcome = QStringLiteral("welcome");
inline const QString Ping = QStringLiteral("ping");
inline const QString Pong = QStringLiteral("pong");
inline const QString Error = QStringLiteral("error");
} // namespace message_type

// How a connection receives match snapshots, chosen in hello for the whole connection: JSON
// text frames (tools, old clients: the default) or compact binary frames
// (protocol/BinarySnapshot.h). Every other message is JSON either way.
enum class SnapshotEncoding { Json, Binary };
QString snapshotEncodingName(SnapshotEncoding encoding);
std::optional<SnapshotEncoding> snapshotEncodingFromName(const QString &name);

// client -> server, first message on a connection.
struct Hello {
    int version = 0;
    QString client; // e.g. "web/0.1.0", "qml/0.1.0"; informational, at most 64 characters
    QString ticket; // single-use ticket from POST /api/auth/ws-ticket; empty: a guest connection
    SnapshotEncoding encoding = SnapshotEncoding::Json; // "encoding": "json" or "binary"

    QJsonObject toJson() const;
    static std::variant<Hello, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client, answer to a hello the server accepts.
struct Welcome {
    int version = 0;
    QString server;
    QString connectionId;
    int heartbeatIntervalMs = 0;
    QDateTime serverTime;
    qint64 userId = 0; // 0: a guest connection
    QString displayName;
    SnapshotEncoding encoding = SnapshotEncoding::Json; // what this connection's snapshots use

    QJsonObject toJson() const;
    static std::variant<Welcome, ProtocolError> fromJson(const QJsonObject &object);
};

// client -> server heartbeat; the server echoes seq in a pong so the client can measure ping.
struct Ping {
    qint64 seq = 0;

    QJsonObject toJson() const;
    static std::variant<Ping, ProtocolError> fromJson(const QJsonObject &object);
};

struct Pong {
    qint64 seq = 0;
    QDateTime serverTime;

    QJsonObject toJson() const;
    static std::variant<Pong, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client. "ref" names the type of the message that caused it, when there was one.
struct ErrorMessage {
    QString code;
    QString message;
    QString ref;

    QJsonObject toJson() const;
    static std::variant<ErrorMessage, ProtocolError> fromJson(const QJsonObject &object);
};

} // namespace transcendence::protocol
