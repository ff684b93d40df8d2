#include "RealtimeSessionTest.h"

#include "network/RealtimeSession.h"
#include "protocol/ProtocolVersion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using transcendence::client::RealtimeSession;
namespace protocol = transcendence::protocol;

namespace {

const QByteArray kWelcome = R"({"type":"welcome","version":1,"server":"transcendence/0.1.0",)"
                            R"("connectionId":"c-42","heartbeatIntervalMs":15000,)"
                            R"("serverTime":"2025-01-01T12:00:00.000Z"})";

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray pong(qint64 seq)
{
    return QStringLiteral(R"({"type":"pong","seq":%1,"serverTime":"2025-01-01T12:00:01.000Z"})")
        .arg(seq)
        .toUtf8();
}

} // namespace

void RealtimeSessionTest::saysHelloWithTheProtocolVersion()
{
    RealtimeSession session(QStringLiteral("qml/0.1.0"));
    const QJsonObject hello = parse(session.helloMessage());
    QCOMPARE(hello.value(QLatin1String("type")).toString(), QStringLiteral("hello"));
    QCOMPARE(hello.value(QLatin1String("version")).toInt(), protocol::kProtocolVersion);
    QCOMPARE(hello.value(QLatin1String("client")).toString(), QStringLiteral("qml/0.1.0"));
    // A guest hello has no ticket; a signed-in one carries the ticket it was given.
    QVERIFY(!hello.contains(QLatin1String("ticket")));
    const QJsonObject signedIn = parse(session.helloMessage(QStringLiteral("t1ck3t")));
    QCOMPARE(signedIn.value(QLatin1String("ticket")).toString(), QStringLiteral("t1ck3t"));
    // Snapshots in binary frames unless told otherwise (a tool may want JSON).
    QCOMPARE(hello.value(QLatin1String("encoding")).toString(), QStringLiteral("binary"));
    session.setSnapshotEncoding(protocol::SnapshotEncoding::Json);
    QVERIFY(!parse(session.helloMessage()).contains(QLatin1String("encoding")));
}

void RealtimeSessionTest::acceptsAWelcome()
{
    RealtimeSession session(QStringLiteral("qml/test"));
    QSignalSpy welcomed(&session, &RealtimeSession::welcomed);
    QSignalSpy violations(&session, &RealtimeSession::protocolViolation);
    session.receive(kWelcome, 0);
    QCOMPARE(violations.count(), 0);
    QCOMPARE(welcomed.count(), 1);
    const auto welcome = welcomed.first().first().value<protocol::Welcome>();
    QCOMPARE(welcome.connectionId, QStringLiteral("c-42"));
    QCOMPARE(welcome.heartbeatIntervalMs, 15000);
    QVERIFY(session.isWelcomed());

    session.receive(kWelcome, 1);
    QCOMPARE(violations.count(), 1); // a second welcome makes no sense
}

// A signed-in app sends its ticket in the hello and learns its account from the welcome.
void RealtimeSessionTest::signsInWithATicket()
{
    RealtimeSession session(QStringLiteral("qml/test"));
    QCOMPARE(parse(session.helloMessage(QStringLiteral("t1ck3t")))
                 .value(QLatin1String("ticket"))
                 .toString(),
             QStringLiteral("t1ck3t"));
    QVERIFY(!parse(session.helloMessage()).contains(QLatin1String("ticket")));

    QSignalSpy welcomed(&session, &RealtimeSession::welcomed);
    session.receive(QByteArray(kWelcome).replace(R"("connectionId")",
                                                 R"("user":{"id":42,"displayName":"Ada"},)"
                                                 R"("connectionId")"),
                    0);
    QCOMPARE(welcomed.count(), 1);
    const auto welcome = welcomed.first().first().value<protocol::Welcome>();
    QCOMPARE(welcome.userId, qint64(42));
    QCOMPARE(welcome.displayName, QStringLiteral("Ada"));
}

void RealtimeSessionTest::refusesAnInvalidWelcome_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("other version")
        << QByteArray(kWelcome).replace(R"("version":1)", R"("version":2)");
    QTest::newRow("no heartbeat") << QByteArray(kWelcome).replace(R"("heartbeatIntervalMs":15000,)",
                                                                  "");
    QTest::newRow("heartbeat as text") << QByteArray(kWelcome).replace(
        R"("heartbeatIntervalMs":15000)", R"("heartbeatIntervalMs":"15000")");
    QTest::newRow("bad time") << QByteArray(kWelcome).replace("2025-01-01T12:00:00.000Z", "noon");
}

void RealtimeSessionTest::refusesAnInvalidWelcome()
{
    QFETCH(QByteArray, message);
    RealtimeSession session(QStringLiteral("qml/test"));
    QSignalSpy welcomed(&session, &RealtimeSession::welcomed);
    QSignalSpy violations(&session, &RealtimeSession::protocolViolation);
    session.receive(message, 0);
    QCOMPARE(welcomed.count(), 0);
    QCOMPARE(violations.count(), 1);
    QVERIFY(!session.isWelcomed());
}

void RealtimeSessionTest::requiresAWelcomeFirst()
{
    RealtimeSession session(QStringLiteral("qml/test"));
    QSignalSpy violations(&session, &RealtimeSession::protocolViolation);
    QSignalSpy pings(&session, &RealtimeSession::pingMeasured);
    session.pingMessage(0);
    session.receive(pong(0), 5);
    QCOMPARE(pings.count(), 0);
    QCOMPARE(violations.count(), 1);
}

void RealtimeSessionTest::measuresPingFromPong()
{
    RealtimeSession session(QStringLiteral("qml/test"));
    session.receive(kWelcome, 0);
    QSignalSpy pings(&session, &RealtimeSession::pingMeasured);

    const QJsonObject first = parse(session.pingMessage(1000));
    QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("ping"));
    QCOMPARE(first.value(QLatin1String("seq")).toInt(), 0);
    const QJsonObject second = parse(session.pingMessage(2000));
    QCOMPARE(second.value(QLatin1String("seq")).toInt(), 1);

    session.receive(pong(0), 1042);
    QCOMPARE(pings.count(), 1);
    QCOMPARE(pings.takeFirst().first().toInt(), 42);
    session.receive(pong(1), 2007);
    QCOMPARE(pings.takeFirst().first().toInt(), 7);
}

void RealtimeSessionTest::ignoresUnknownAndForgottenPongs()
{
    RealtimeSession session(QStringLiteral("qml/test"));
    session.receive(kWelcome, 0);
    QSignalSpy pings(&session, &RealtimeSession::pingMeasured);
    QSignalSpy violations(&session, &RealtimeSession::protocolViolation);

    session.receive(pong(99), 10); // never sent
    for (int i = 0; i <= RealtimeSession::kMaxOutstandingPings; ++i) {
        session.pingMessage(100 + i);
    }
    session.receive(pong(0), 500); // given up on: beyond kMaxOutstandingPings
    session.receive(pong(1), 500);
    session.receive(pong(1), 600);                                  // answered already
    session.receive(R"({"type":"chat.message","text":"hi"})", 700); // a later feature's message
    QCOMPARE(violations.count(), 0);
    QCOMPARE(pings.count(), 1);
    QCOMPARE(pings.first().first().toInt(), 399);
}

void RealtimeSessionTest::reportsServerErrors()
{
    RealtimeSession session(QStringLiteral("qml/test"));
    QSignalSpy errors(&session, &RealtimeSession::serverError);
    // The server may refuse the hello before any welcome.
    session.receive(R"({"type":"error","code":"unsupported_version","message":"use version 1",)"
                    R"("ref":"hello"})",
                    0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().at(0).toString(), QStringLiteral("unsupported_version"));
    QCOMPARE(errors.first().at(1).toString(), QStringLiteral("use version 1"));
    QCOMPARE(errors.first().at(2).toString(), QStringLiteral("hello"));
}

void RealtimeSessionTest::reportsMalformedFrames()
{
    RealtimeSession session(QStringLiteral("qml/test"));
    session.receive(kWelcome, 0);
    QSignalSpy violations(&session, &RealtimeSession::protocolViolation);
    session.receive("not json", 1);
    session.receive(R"({"no":"type"})", 2);
    session.receive(R"({"type":"pong","seq":-1,"serverTime":"2025-01-01T12:00:01.000Z"})", 3);
    session.receive(R"({"type":"error","message":"no code"})", 4);
    QCOMPARE(violations.count(), 4);
}

void RealtimeSessionTest::resetForgetsTheConnection()
{
    RealtimeSession session(QStringLiteral("qml/test"));
    session.receive(kWelcome, 0);
    session.pingMessage(10);
    session.reset();
    QVERIFY(!session.isWelcomed());
    QSignalSpy pings(&session, &RealtimeSession::pingMeasured);
    session.receive(kWelcome, 20);
    session.receive(pong(0), 30); // the ping was sent on the previous connection
    QCOMPARE(pings.count(), 0);
    QCOMPARE(parse(session.pingMessage(40)).value(QLatin1String("seq")).toInt(), 0);
}
