#pragma once

#include "protocol/ConnectionMessages.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>

namespace transcendence::client {

// The connection-level protocol of one WebSocket connection, without the socket: what to send
// (hello, pings) and what the server's welcome/pong/error messages mean. Times are passed in by
// the caller (milliseconds of a monotonic clock) so the logic is testable without a server.
class RealtimeSession : public QObject {
    Q_OBJECT

public:
    // Pings the server has not answered are forgotten beyond this many.
    static constexpr int kMaxOutstandingPings = 8;

    explicit RealtimeSession(QString clientName, QObject *parent = nullptr);

    // Forgets everything about the previous connection.
    void reset();

    // A guest hello without a ticket; with one, the connection belongs to its account. It asks
    // for snapshots in this encoding (binary unless told otherwise).
    QByteArray helloMessage(const QString &ticket = {}) const;
    void setSnapshotEncoding(protocol::SnapshotEncoding encoding) { m_snapshotEncoding = encoding; }
    protocol::SnapshotEncoding snapshotEncoding() const { return m_snapshotEncoding; }
    // Builds the next ping and remembers when it was sent.
    QByteArray pingMessage(qint64 nowMs);
    // Handles one text frame from the server; emits at most one of the signals below.
    void receive(const QByteArray &text, qint64 nowMs);

    bool isWelcomed() const { return m_welcomed; }

signals:
    void welcomed(const transcendence::protocol::Welcome &welcome);
    void pingMeasured(int roundTripMs);
    // ref: the type of the message the error answers (empty when it answers none).
    void serverError(const QString &code, const QString &message, const QString &ref);
    // The server sent something this client cannot make sense of; the connection is unusable.
    void protocolViolation(const QString &reason);
    // Any other message after the welcome (play, social, tournaments): the features' business.
    void message(const QString &type, const QJsonObject &body);

private:
    void handleWelcome(const QJsonObject &body);
    void handlePong(const QJsonObject &body, qint64 nowMs);
    void handleError(const QJsonObject &body);

    QString m_clientName;
    protocol::SnapshotEncoding m_snapshotEncoding = protocol::SnapshotEncoding::Binary;
    bool m_welcomed = false;
    qint64 m_nextPingSeq = 0;
    QMap<qint64, qint64> m_pingSentAtMs; // seq -> send time
};

} // namespace transcendence::client
