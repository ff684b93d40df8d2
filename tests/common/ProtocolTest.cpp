// What every client and the server rely on when they exchange WebSocket messages: the envelope
// check, and that each connection message survives a round trip and refuses bad fields.
#include "protocol/ConnectionMessages.h"
#include "protocol/Envelope.h"
#include "protocol/ProtocolError.h"
#include "protocol/ProtocolVersion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace transcendence::protocol;

namespace {

QJsonObject objectFrom(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.object();
}

// Formats the "expected an error, got a message" failure so the test says what was accepted.
template <typename Message>
QString describe(const std::variant<Message, ProtocolError> &result)
{
    if (const auto *error = std::get_if<ProtocolError>(&result)) {
        return error->code + QStringLiteral(": ") + error->message;
    }
    return QString::fromUtf8(serialize(std::get<Message>(result).toJson()));
}

} // namespace

class ProtocolTest : public QObject {
    Q_OBJECT

private slots:
    void envelopeRefusesBadInput_data();
    void envelopeRefusesBadInput();
    void envelopeAcceptsObjectWithType();
    void envelopeSizeLimitIsInclusive();

    void helloRoundTrip();
    void helloWithoutClientIsAccepted();
    void helloRefusesBadFields_data();
    void helloRefusesBadFields();

    void welcomeRoundTrip();
    void welcomeRefusesBadFields_data();
    void welcomeRefusesBadFields();

    void pingRoundTrip_data();
    void pingRoundTrip();
    void pingRefusesBadSeq_data();
    void pingRefusesBadSeq();

    void pongRoundTrip();
    void pongRefusesBadFields_data();
    void pongRefusesBadFields();

    void errorMessageRoundTrip();
    void errorMessageOmitsEmptyRef();
    void errorMessageRequiresCode();
};

void ProtocolTest::envelopeRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("code");

    const QByteArray oversized = "{\"type\":\"ping\",\"pad\":\"" + QByteArray(100, 'x') + "\"}";
    QTest::newRow("oversized") << oversized << 64 << error_code::MessageTooLarge;
    QTest::newRow("oversized-even-if-not-json")
        << QByteArray(kMaxMessageBytes + 1, 'x') << kMaxMessageBytes << error_code::MessageTooLarge;
    QTest::newRow("empty") << QByteArray() << kMaxMessageBytes << error_code::MalformedJson;
    QTest::newRow("not-json") << QByteArray("hello there") << kMaxMessageBytes
                              << error_code::MalformedJson;
    QTest::newRow("truncated-object")
        << QByteArray("{\"type\":\"ping\"") << kMaxMessageBytes << error_code::MalformedJson;
    QTest::newRow("array") << QByteArray("[{\"type\":\"ping\"}]") << kMaxMessageBytes
                           << error_code::MalformedJson;
    QTest::newRow("number") << QByteArray("42") << kMaxMessageBytes << error_code::MalformedJson;
    QTest::newRow("string") << QByteArray("\"ping\"") << kMaxMessageBytes
                            << error_code::MalformedJson;
    QTest::newRow("null") << QByteArray("null") << kMaxMessageBytes << error_code::MalformedJson;
    QTest::newRow("trailing-garbage")
        << QByteArray("{\"type\":\"ping\"} x") << kMaxMessageBytes << error_code::MalformedJson;
    QTest::newRow("no-type") << QByteArray("{\"seq\":1}") << kMaxMessageBytes
                             << error_code::MissingType;
    QTest::newRow("empty-type") << QByteArray("{\"type\":\"\"}") << kMaxMessageBytes
                                << error_code::MissingType;
    QTest::newRow("number-type") << QByteArray("{\"type\":7}") << kMaxMessageBytes
                                 << error_code::MissingType;
    QTest::newRow("null-type") << QByteArray("{\"type\":null}") << kMaxMessageBytes
                               << error_code::MissingType;
    QTest::newRow("object-type") << QByteArray("{\"type\":{\"name\":\"ping\"}}") << kMaxMessageBytes
                                 << error_code::MissingType;
    QTest::newRow("array-type") << QByteArray("{\"type\":[\"ping\"]}") << kMaxMessageBytes
                                << error_code::MissingType;
}

void ProtocolTest::envelopeRefusesBadInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxBytes);
    QFETCH(QString, code);

    const ParsedEnvelope parsed = parseEnvelope(input, maxBytes);
    const auto *error = std::get_if<ProtocolError>(&parsed);
    QVERIFY2(error, "a bad message was accepted");
    QCOMPARE(error->code, code);
    QVERIFY(!error->message.isEmpty());
}

void ProtocolTest::envelopeAcceptsObjectWithType()
{
    const ParsedEnvelope parsed =
        parseEnvelope(R"({"type":"ping","seq":3,"extra":{"a":[1,2]}})", kMaxMessageBytes);
    const auto *envelope = std::get_if<Envelope>(&parsed);
    QVERIFY(envelope);
    QCOMPARE(envelope->type, QStringLiteral("ping"));
    QCOMPARE(envelope->body.value(QStringLiteral("type")).toString(), QStringLiteral("ping"));
    QCOMPARE(envelope->body.value(QStringLiteral("seq")).toInt(), 3);
    QCOMPARE(envelope->body.value(QStringLiteral("extra")).toObject().value(QStringLiteral("a")),
             QJsonValue(QJsonArray{1, 2}));
}

void ProtocolTest::envelopeSizeLimitIsInclusive()
{
    QByteArray message = R"({"type":"ping","pad":""})";
    message.insert(message.size() - 2, QByteArray(64 - message.size(), 'x'));
    QCOMPARE(message.size(), 64);
    QVERIFY(std::holds_alternative<Envelope>(parseEnvelope(message, 64)));
    QVERIFY(std::holds_alternative<ProtocolError>(parseEnvelope(message, 63)));
}

void ProtocolTest::helloRoundTrip()
{
    const Hello hello{kProtocolVersion, QStringLiteral("qml/0.1.0"), {}};
    const QJsonObject json = hello.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), message_type::Hello);

    // Through the wire form, as a receiver sees it.
    const ParsedEnvelope parsed = parseEnvelope(serialize(json), kMaxMessageBytes);
    QVERIFY(std::holds_alternative<Envelope>(parsed));
    const auto &envelope = std::get<Envelope>(parsed);
    QCOMPARE(envelope.type, message_type::Hello);

    const auto result = Hello::fromJson(envelope.body);
    QVERIFY2(std::holds_alternative<Hello>(result), qPrintable(describe(result)));
    QCOMPARE(std::get<Hello>(result).version, kProtocolVersion);
    QCOMPARE(std::get<Hello>(result).client, QStringLiteral("qml/0.1.0"));
    QVERIFY(!json.contains(QStringLiteral("ticket"))); // a guest's hello

    // A signed-in client's hello carries its ticket.
    const Hello signedIn{kProtocolVersion, QStringLiteral("qml/0.1.0"), QStringLiteral("t-123")};
    const auto withTicket = Hello::fromJson(signedIn.toJson());
    QVERIFY2(std::holds_alternative<Hello>(withTicket), qPrintable(describe(withTicket)));
    QCOMPARE(std::get<Hello>(withTicket).ticket, QStringLiteral("t-123"));
}

void ProtocolTest::helloWithoutClientIsAccepted()
{
    const auto result = Hello::fromJson(objectFrom(R"({"type":"hello","version":1})"));
    QVERIFY2(std::holds_alternative<Hello>(result), qPrintable(describe(result)));
    QCOMPARE(std::get<Hello>(result).version, 1);
    QVERIFY(std::get<Hello>(result).client.isEmpty());
}

void ProtocolTest::helloRefusesBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("version-missing") << QByteArray(R"({"type":"hello"})") << "version";
    QTest::newRow("version-0") << QByteArray(R"({"type":"hello","version":0})") << "version";
    QTest::newRow("version-negative")
        << QByteArray(R"({"type":"hello","version":-1})") << "version";
    QTest::newRow("version-fractional")
        << QByteArray(R"({"type":"hello","version":1.5})") << "version";
    QTest::newRow("version-string") << QByteArray(R"({"type":"hello","version":"1"})") << "version";
    QTest::newRow("version-null") << QByteArray(R"({"type":"hello","version":null})") << "version";
    QTest::newRow("version-huge") << QByteArray(R"({"type":"hello","version":1e300})") << "version";
    QTest::newRow("version-past-int")
        << QByteArray(R"({"type":"hello","version":4294967297})") << "version";
    const QByteArray longClient = QByteArray(65, 'c');
    QTest::newRow("client-65-chars")
        << QByteArray(R"({"type":"hello","version":1,"client":")" + longClient + "\"}") << "client";
    QTest::newRow("client-number")
        << QByteArray(R"({"type":"hello","version":1,"client":5})") << "client";
    QTest::newRow("client-object")
        << QByteArray(R"({"type":"hello","version":1,"client":{}})") << "client";
    QTest::newRow("client-null") << QByteArray(R"({"type":"hello","version":1,"client":null})")
                                 << "client";
}

void ProtocolTest::helloRefusesBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);

    const auto result = Hello::fromJson(objectFrom(json));
    const auto *error = std::get_if<ProtocolError>(&result);
    QVERIFY2(error, qPrintable(QStringLiteral("accepted: ") + describe(result)));
    QCOMPARE(error->code, error_code::InvalidField);
    QVERIFY2(error->message.contains(QStringLiteral("hello.") + field), qPrintable(error->message));
}

void ProtocolTest::welcomeRoundTrip()
{
    Welcome welcome;
    welcome.version = kProtocolVersion;
    welcome.server = QStringLiteral("transcendence/0.1.0");
    welcome.connectionId = QStringLiteral("c-42");
    welcome.heartbeatIntervalMs = kHeartbeatIntervalMs;
    welcome.serverTime = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), Qt::UTC);

    const QJsonObject json = welcome.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), message_type::Welcome);
    QCOMPARE(json.value(QStringLiteral("serverTime")).toString(),
             QStringLiteral("2024-02-29T23:59:58.123Z"));

    const auto result = Welcome::fromJson(objectFrom(serialize(json)));
    QVERIFY2(std::holds_alternative<Welcome>(result), qPrintable(describe(result)));
    const Welcome &back = std::get<Welcome>(result);
    QCOMPARE(back.version, welcome.version);
    QCOMPARE(back.server, welcome.server);
    QCOMPARE(back.connectionId, welcome.connectionId);
    QCOMPARE(back.heartbeatIntervalMs, welcome.heartbeatIntervalMs);
    QCOMPARE(back.serverTime, welcome.serverTime);
    QCOMPARE(back.userId, qint64(0)); // a guest

    // A connection welcomed as an account learns which.
    welcome.userId = 42;
    welcome.displayName = QStringLiteral("Ada");
    const auto signedIn = Welcome::fromJson(objectFrom(serialize(welcome.toJson())));
    QVERIFY2(std::holds_alternative<Welcome>(signedIn), qPrintable(describe(signedIn)));
    QCOMPARE(std::get<Welcome>(signedIn).userId, qint64(42));
    QCOMPARE(std::get<Welcome>(signedIn).displayName, QStringLiteral("Ada"));
    QJsonObject badUser = welcome.toJson();
    badUser.insert(QStringLiteral("user"), QStringLiteral("ada"));
    QVERIFY(std::holds_alternative<ProtocolError>(Welcome::fromJson(badUser)));
}

void ProtocolTest::welcomeRefusesBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const auto welcome = [](const char *version, const char *heartbeat, const char *serverTime) {
        return QByteArray(R"({"type":"welcome","server":"s","connectionId":"c")") + version +
               heartbeat + serverTime + "}";
    };
    const char *goodVersion = R"(,"version":1)";
    const char *goodHeartbeat = R"(,"heartbeatIntervalMs":15000)";
    const char *goodTime = R"(,"serverTime":"2024-01-02T03:04:05.006Z")";

    QTest::newRow("version-missing") << welcome("", goodHeartbeat, goodTime) << "version";
    QTest::newRow("version-0") << welcome(R"(,"version":0)", goodHeartbeat, goodTime) << "version";
    QTest::newRow("heartbeat-missing")
        << welcome(goodVersion, "", goodTime) << "heartbeatIntervalMs";
    QTest::newRow("heartbeat-0") << welcome(goodVersion, R"(,"heartbeatIntervalMs":0)", goodTime)
                                 << "heartbeatIntervalMs";
    QTest::newRow("heartbeat-fractional")
        << welcome(goodVersion, R"(,"heartbeatIntervalMs":1.5)", goodTime) << "heartbeatIntervalMs";
    QTest::newRow("serverTime-missing") << welcome(goodVersion, goodHeartbeat, "") << "serverTime";
    QTest::newRow("serverTime-garbage")
        << welcome(goodVersion, goodHeartbeat, R"(,"serverTime":"yesterday")") << "serverTime";
    QTest::newRow("serverTime-empty")
        << welcome(goodVersion, goodHeartbeat, R"(,"serverTime":"")") << "serverTime";
    QTest::newRow("serverTime-number")
        << welcome(goodVersion, goodHeartbeat, R"(,"serverTime":1700000000)") << "serverTime";
    QTest::newRow("serverTime-bad-month")
        << welcome(goodVersion, goodHeartbeat, R"(,"serverTime":"2024-13-02T03:04:05Z")")
        << "serverTime";
}

void ProtocolTest::welcomeRefusesBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);

    const auto result = Welcome::fromJson(objectFrom(json));
    const auto *error = std::get_if<ProtocolError>(&result);
    QVERIFY2(error, qPrintable(QStringLiteral("accepted: ") + describe(result)));
    QCOMPARE(error->code, error_code::InvalidField);
    QVERIFY2(error->message.contains(QStringLiteral("welcome.") + field),
             qPrintable(error->message));
}

void ProtocolTest::pingRoundTrip_data()
{
    QTest::addColumn<qint64>("seq");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("one") << qint64(1);
    QTest::newRow("past-32-bit") << qint64(5'000'000'000);
    QTest::newRow("largest-exact-double") << (qint64(1) << 53) - 1;
}

void ProtocolTest::pingRoundTrip()
{
    QFETCH(qint64, seq);

    const QJsonObject json = Ping{seq}.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), message_type::Ping);
    const auto result = Ping::fromJson(objectFrom(serialize(json)));
    QVERIFY2(std::holds_alternative<Ping>(result), qPrintable(describe(result)));
    QCOMPARE(std::get<Ping>(result).seq, seq);
}

void ProtocolTest::pingRefusesBadSeq_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("missing") << QByteArray(R"({"type":"ping"})");
    QTest::newRow("negative") << QByteArray(R"({"type":"ping","seq":-1})");
    QTest::newRow("fractional") << QByteArray(R"({"type":"ping","seq":2.5})");
    QTest::newRow("2^53") << QByteArray(R"({"type":"ping","seq":9007199254740992})");
    QTest::newRow("1e300") << QByteArray(R"({"type":"ping","seq":1e300})");
    QTest::newRow("string") << QByteArray(R"({"type":"ping","seq":"1"})");
    QTest::newRow("null") << QByteArray(R"({"type":"ping","seq":null})");
    QTest::newRow("bool") << QByteArray(R"({"type":"ping","seq":true})");
}

void ProtocolTest::pingRefusesBadSeq()
{
    QFETCH(QByteArray, json);

    const auto result = Ping::fromJson(objectFrom(json));
    const auto *error = std::get_if<ProtocolError>(&result);
    QVERIFY2(error, qPrintable(QStringLiteral("accepted: ") + describe(result)));
    QCOMPARE(error->code, error_code::InvalidField);
    QVERIFY2(error->message.contains(QStringLiteral("ping.seq")), qPrintable(error->message));
}

void ProtocolTest::pongRoundTrip()
{
    const Pong pong{(qint64(1) << 53) - 1, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)};
    const QJsonObject json = pong.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), message_type::Pong);
    QCOMPARE(json.value(QStringLiteral("serverTime")).toString(),
             QStringLiteral("2030-01-01T00:00:00.000Z"));

    const auto result = Pong::fromJson(objectFrom(serialize(json)));
    QVERIFY2(std::holds_alternative<Pong>(result), qPrintable(describe(result)));
    QCOMPARE(std::get<Pong>(result).seq, pong.seq);
    QCOMPARE(std::get<Pong>(result).serverTime, pong.serverTime);
}

void ProtocolTest::pongRefusesBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("seq-missing")
        << QByteArray(R"({"type":"pong","serverTime":"2024-01-02T03:04:05.006Z"})") << "seq";
    QTest::newRow("seq-negative")
        << QByteArray(R"({"type":"pong","seq":-5,"serverTime":"2024-01-02T03:04:05.006Z"})")
        << "seq";
    QTest::newRow("serverTime-missing") << QByteArray(R"({"type":"pong","seq":1})") << "serverTime";
    QTest::newRow("serverTime-garbage")
        << QByteArray(R"({"type":"pong","seq":1,"serverTime":"not a time"})") << "serverTime";
    QTest::newRow("serverTime-object")
        << QByteArray(R"({"type":"pong","seq":1,"serverTime":{}})") << "serverTime";
}

void ProtocolTest::pongRefusesBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);

    const auto result = Pong::fromJson(objectFrom(json));
    const auto *error = std::get_if<ProtocolError>(&result);
    QVERIFY2(error, qPrintable(QStringLiteral("accepted: ") + describe(result)));
    QCOMPARE(error->code, error_code::InvalidField);
    QVERIFY2(error->message.contains(QStringLiteral("pong.") + field), qPrintable(error->message));
}

void ProtocolTest::errorMessageRoundTrip()
{
    const ErrorMessage message{error_code::UnknownType, QStringLiteral("no such type \"jump\""),
                               QStringLiteral("jump")};
    const QJsonObject json = message.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), message_type::Error);
    QCOMPARE(json.value(QStringLiteral("ref")).toString(), QStringLiteral("jump"));

    const auto result = ErrorMessage::fromJson(objectFrom(serialize(json)));
    QVERIFY2(std::holds_alternative<ErrorMessage>(result), qPrintable(describe(result)));
    QCOMPARE(std::get<ErrorMessage>(result).code, message.code);
    QCOMPARE(std::get<ErrorMessage>(result).message, message.message);
    QCOMPARE(std::get<ErrorMessage>(result).ref, message.ref);
}

void ProtocolTest::errorMessageOmitsEmptyRef()
{
    const ErrorMessage message{error_code::MalformedJson, QStringLiteral("bad"), QString()};
    const QJsonObject json = message.toJson();
    QVERIFY(!json.contains(QStringLiteral("ref")));
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("message"),
                                       QStringLiteral("type")}));

    const auto result = ErrorMessage::fromJson(json);
    QVERIFY2(std::holds_alternative<ErrorMessage>(result), qPrintable(describe(result)));
    QVERIFY(std::get<ErrorMessage>(result).ref.isEmpty());
}

void ProtocolTest::errorMessageRequiresCode()
{
    for (const QByteArray &json : {QByteArray(R"({"type":"error","message":"m"})"),
                                   QByteArray(R"({"type":"error","code":"","message":"m"})"),
                                   QByteArray(R"({"type":"error","code":3,"message":"m"})")}) {
        const auto result = ErrorMessage::fromJson(objectFrom(json));
        const auto *error = std::get_if<ProtocolError>(&result);
        QVERIFY2(error, json.constData());
        QCOMPARE(error->code, error_code::InvalidField);
        QVERIFY(error->message.contains(QStringLiteral("error.code")));
    }
}

QTEST_GUILESS_MAIN(ProtocolTest)
#include "ProtocolTest.moc"
