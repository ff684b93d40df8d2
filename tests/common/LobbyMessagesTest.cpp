// The server's lobby messages as a client reads them (docs/protocol.md, "Play"): each survives a
// round trip through toJson and fromJson, and a message missing a field is refused, naming it.
#include "protocol/LobbyMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace transcendence;
using namespace transcendence::protocol;

namespace {

template <typename Message>
QString errorOf(const std::variant<Message, ProtocolError> &result)
{
    if (const auto *error = std::get_if<ProtocolError>(&result)) {
        return error->code + QStringLiteral(": ") + error->message;
    }
    return QStringLiteral("(accepted)");
}

template <typename Message>
Message decoded(const QJsonObject &json)
{
    const auto parsed = Message::fromJson(json);
    if (!std::holds_alternative<Message>(parsed)) {
        qWarning().noquote() << errorOf(parsed);
        return Message{};
    }
    return std::get<Message>(parsed);
}

template <typename Message>
QString refusalOf(QJsonObject json, const QString &removedField)
{
    json.remove(removedField);
    return errorOf(Message::fromJson(json));
}

} // namespace

class LobbyMessagesTest : public QObject {
    Q_OBJECT

private slots:
    void queuedRoundTrip()
    {
        Queued queued;
        queued.mode = QueueMode::FourPlayers;
        queued.config.mode = engine::GameMode::FourPlayers;
        queued.config.lives = 3;
        queued.rating = 1530;
        queued.window = 150;
        queued.waiting = 3;
        queued.waitedMs = 5200;
        const Queued back = decoded<Queued>(queued.toJson());
        QCOMPARE(back.mode, QueueMode::FourPlayers);
        QVERIFY(back.config == queued.config);
        QCOMPARE(back.rating, 1530);
        QCOMPARE(back.window, 150);
        QCOMPARE(back.waiting, 3);
        QCOMPARE(back.waitedMs, qint64(5200));
        QVERIFY(refusalOf<Queued>(queued.toJson(), QStringLiteral("window")).contains("window"));
    }

    void queueLeftRoundTrip()
    {
        const QueueLeft back =
            decoded<QueueLeft>(QueueLeft{QueueMode::OneVsOne, "matched"}.toJson());
        QCOMPARE(back.reason, QStringLiteral("matched"));
        QVERIFY(refusalOf<QueueLeft>(QueueLeft{QueueMode::OneVsOne, "left"}.toJson(),
                                     QStringLiteral("reason"))
                    .contains("reason"));
    }

    void invitationRoundTrip()
    {
        InvitationNotice notice;
        notice.inviteId = QStringLiteral("inv-1");
        notice.fromUserId = 7;
        notice.fromName = QStringLiteral("Ada");
        notice.toUserId = 9;
        notice.toName = QStringLiteral("Bob");
        notice.config.scoreLimit = 5;
        notice.expiresInMs = 60'000;
        const QJsonObject json = notice.toJson(message_type::Invitation);
        const InvitationNotice back = decoded<InvitationNotice>(json);
        QCOMPARE(back.inviteId, notice.inviteId);
        QCOMPARE(back.fromUserId, qint64(7));
        QCOMPARE(back.fromName, QStringLiteral("Ada"));
        QCOMPARE(back.toUserId, qint64(9));
        QCOMPARE(back.toName, QStringLiteral("Bob"));
        QCOMPARE(back.config.scoreLimit, 5);
        QCOMPARE(back.expiresInMs, qint64(60'000));
        QVERIFY(refusalOf<InvitationNotice>(json, QStringLiteral("from")).contains("from"));
        const InviteClosed closed =
            decoded<InviteClosed>(InviteClosed{"inv-1", "declined"}.toJson());
        QCOMPARE(closed.reason, QStringLiteral("declined"));
    }

    void roomNoticesRoundTrip()
    {
        const ActiveMatch active = decoded<ActiveMatch>(
            ActiveMatch{"room-1", RoomKind::Private, RoomPhase::Paused}.toJson());
        QCOMPARE(active.roomId, QStringLiteral("room-1"));
        QCOMPARE(active.kind, RoomKind::Private);
        QCOMPARE(active.phase, RoomPhase::Paused);

        MatchPaused paused;
        paused.roomId = QStringLiteral("room-1");
        paused.reason = QStringLiteral("disconnected");
        paused.missing = {{1, QStringLiteral("Bob"), 29'000}};
        const MatchPaused pausedBack = decoded<MatchPaused>(paused.toJson());
        QCOMPARE(pausedBack.reason, QStringLiteral("disconnected"));
        QCOMPARE(pausedBack.missing.size(), std::size_t(1));
        QCOMPARE(pausedBack.missing[0].seat, 1);
        QCOMPARE(pausedBack.missing[0].label, QStringLiteral("Bob"));
        QCOMPARE(pausedBack.missing[0].forfeitInMs, qint64(29'000));

        QCOMPARE(decoded<MatchResumed>(MatchResumed{"room-1", 3000}.toJson()).startsInMs,
                 qint64(3000));
        QCOMPARE(decoded<MatchMoved>(MatchMoved{"room-1"}.toJson()).roomId,
                 QStringLiteral("room-1"));
        QVERIFY(refusalOf<MatchResumed>(MatchResumed{"room-1", 3000}.toJson(),
                                        QStringLiteral("startsInMs"))
                    .contains("startsInMs"));
    }

    void latencyKeepsUnknownPings()
    {
        LatencyReport report;
        report.roomId = QStringLiteral("room-1");
        report.seats = {{0, 12}, {1, std::nullopt}};
        const LatencyReport back = decoded<LatencyReport>(report.toJson());
        QCOMPARE(back.seats.size(), std::size_t(2));
        QCOMPARE(back.seats[0].pingMs, std::optional<int>(12));
        QVERIFY(!back.seats[1].pingMs);
        QJsonObject bad = report.toJson();
        bad.insert(QStringLiteral("seats"), QJsonArray{QJsonObject{{QStringLiteral("seat"), 9}}});
        QVERIFY(std::holds_alternative<ProtocolError>(LatencyReport::fromJson(bad)));
    }
};

QTEST_GUILESS_MAIN(LobbyMessagesTest)
#include "LobbyMessagesTest.moc"
