// The server's listener sets TCP_NODELAY on every accepted socket (HTTP and, after the upgrade,
// WebSocket: the same socket). Without it small snapshot frames wait ~40 ms for delayed ACKs.
// Loopback only: a client connects, the test reads the option off the accepted socket.
#include "http/LowDelayTcpServer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace transcendence::server;

namespace {

// The socket the server accepted for one client connection.
QTcpSocket *acceptOne(QTcpServer &listener, QTcpSocket &client)
{
    client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
    if (!client.waitForConnected(5000)) {
        return nullptr;
    }
    if (!listener.hasPendingConnections() && !listener.waitForNewConnection(5000)) {
        return nullptr;
    }
    return listener.nextPendingConnection();
}

} // namespace

class LowDelayListenerTest : public QObject {
    Q_OBJECT

private slots:
    void acceptedSocketsHaveNoDelay()
    {
        LowDelayTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        for (int i = 0; i < 3; ++i) {
            QTcpSocket client;
            QTcpSocket *accepted = acceptOne(listener, client);
            QVERIFY(accepted);
            QVERIFY(hasNoDelay(accepted->socketDescriptor()));
            QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
            delete accepted;
        }
    }

    // What the listener exists for: a plain Qt listener leaves Nagle on (so the check above
    // can tell the two apart on this kernel).
    void plainListenerLeavesNagleOn()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        QTcpSocket *accepted = acceptOne(listener, client);
        QVERIFY(accepted);
        QVERIFY(!hasNoDelay(accepted->socketDescriptor()));
        delete accepted;
    }
};

QTEST_GUILESS_MAIN(LowDelayListenerTest)
#include "LowDelayListenerTest.moc"
