#pragma once

#include "protocol/ConnectionMessages.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QWebSocket>

namespace transcendence::testing {

// A WebSocket peer for tests: connect, send, and wait for the next message or the close.
//
// Snapshot encoding: a client whose encoding is binary adds "encoding": "binary" to every hello
// it sends, and decodes the binary snapshots it gets with the common codec
// (protocol/BinarySnapshot.h) into the JSON "snapshot" object a JSON client gets, marked
// "encoding": "binary" with "frameBytes". What a frame does not carry is filled in so that the
// state is a valid engine snapshot for bots (ball speed 1, directions made unit again, a
// non-zero random state). The default encoding comes from TRANSCENDENCE_TEST_SNAPSHOT_ENCODING
// ("json" when unset), so a suite runs in either encoding unchanged. A frame that does not
// decode, or names a room this client never entered, is queued as a message of type
// "malformed_binary" or "binary_of_unknown_room": a test that expects snapshots sees it.
class WebSocketTestClient : public QObject {
    Q_OBJECT
public:
    explicit WebSocketTestClient(const QString &origin = {});

    bool open(const QString &url, int timeoutMs = 10'000);
    void sendJson(const QJsonObject &message);
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);
    void setSnapshotEncoding(protocol::SnapshotEncoding encoding) { m_encoding = encoding; }
    protocol::SnapshotEncoding snapshotEncoding() const { return m_encoding; }
    int binaryFrames() const { return m_binaryFrames; }
    qsizetype largestBinaryFrame() const { return m_largestBinaryFrame; }
    // Closes normally (1000), as a client leaving the page would.
    void close() { m_socket.close(); }

    // The next message received (waits up to timeoutMs); empty object if none came.
    QJsonObject next(int timeoutMs = 5'000);
    // Waits until the server closes; returns its close code (-1 if still open).
    int waitForClose(int timeoutMs = 5'000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QString closeReason() const { return m_socket.closeReason(); }

private:
    QWebSocket m_socket;
    void onBinary(const QByteArray &frame);

    QList<QJsonObject> m_received;
    bool m_closed = false;
    protocol::SnapshotEncoding m_encoding;
    QHash<quint32, QString> m_rooms; // binaryRoomTag -> roomId of every matchStarted received
    int m_binaryFrames = 0;
    qsizetype m_largestBinaryFrame = 0;
};

} // namespace transcendence::testing
