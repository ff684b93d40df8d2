// How rooms produce traffic. Encode once, send to all: a room serializes each snapshot once for
// all its connections (once per encoding in use: JSON text, binary frames), and each recipient
// still gets exactly the JSON it always got (its own lastInputSeq included), or the binary frame
// with its lastInputSeq in the header. One clock per game thread: rooms have no timers of their
// own; the thread's GameClock ticks them all, and an ended room leaves it.
#include "engine/Match.h"
#include "play/GameClock.h"
#include "play/MatchRoom.h"
#include "play/SnapshotDelivery.h"
#include "protocol/BinarySnapshot.h"
#include "protocol/Envelope.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <utility>

using namespace transcendence;
using namespace transcendence::server;

namespace {

protocol::MatchSnapshot playedSnapshot(std::vector<engine::MatchEvent> &events)
{
    engine::Match match(engine::MatchConfig{}, 7);
    match.setInput(0, engine::Input::Up);
    for (int step = 0; step < 200; ++step) {
        match.step();
        events.insert(events.end(), match.events().begin(), match.events().end());
    }
    protocol::MatchSnapshot snapshot;
    snapshot.roomId = QStringLiteral("room-1");
    snapshot.tick = match.currentStep();
    snapshot.state = match.snapshot();
    for (const engine::MatchEvent &event : events) {
        snapshot.events.append(event.toJson());
    }
    snapshot.phase = protocol::RoomPhase::Running;
    return snapshot;
}

MatchRoomSetup remoteRoom(const QString &roomId = QStringLiteral("room-2"))
{
    MatchRoomSetup setup;
    setup.roomId = roomId;
    setup.kind = protocol::RoomKind::Remote;
    setup.recordKind = MatchKind::Remote;
    setup.seed = 3;
    setup.seats = {MatchSeat{0, SeatKind::User, 1, QStringLiteral("ada")},
                   MatchSeat{1, SeatKind::User, 2, QStringLiteral("bob")}};
    setup.controllers = {roomId + QStringLiteral("-a"), roomId + QStringLiteral("-b")};
    setup.countdownMs = 60'000; // stays in the countdown: 10 snapshots a second
    return setup;
}

} // namespace

class RoomTrafficTest : public QObject {
    Q_OBJECT

private slots:
    void eachRecipientGetsTheExactPerRecipientJson()
    {
        std::vector<engine::MatchEvent> events;
        protocol::MatchSnapshot snapshot = playedSnapshot(events);
        QVERIFY(!snapshot.events.isEmpty()); // events come before lastInputSeq in the text
        const SnapshotDelivery delivery = SnapshotDelivery::encode(snapshot, events, true, true);
        const QByteArray body = protocol::encodeBinarySnapshotBody(snapshot, events);
        for (qint64 seq : {qint64(-1), qint64(0), qint64(12), qint64(9007199254740991)}) {
            snapshot.lastInputSeq = seq < 0 ? std::nullopt : std::optional<qint64>(seq);
            QCOMPARE(delivery.textFor(seq).toUtf8(), protocol::serialize(snapshot.toJson()));
            QCOMPARE(delivery.binaryFor(seq),
                     protocol::binarySnapshotFrame(body, snapshot.lastInputSeq));
        }
        // Recipients without a seq (spectators) share one frame: the same bytes, not copies.
        QVERIFY(delivery.binaryFor(-1).isSharedWith(delivery.binaryFor(-1)));
    }

    void onlyTheEncodingsInUseAreEncoded()
    {
        std::vector<engine::MatchEvent> events;
        const protocol::MatchSnapshot snapshot = playedSnapshot(events);
        const auto binaryOnly = SnapshotDelivery::encodeFor(
            snapshot, events, {{QStringLiteral("a"), 3, true}, {QStringLiteral("b"), -1, true}});
        QVERIFY(binaryOnly.head.isEmpty() && binaryOnly.tail.isEmpty());
        QVERIFY(!binaryOnly.binaryBody.isEmpty());
        const auto jsonOnly =
            SnapshotDelivery::encodeFor(snapshot, events, {{QStringLiteral("a"), 3, false}});
        QVERIFY(!jsonOnly.head.isEmpty());
        QVERIFY(jsonOnly.binaryBody.isEmpty());
    }

    void aRoomEncodesOnceForPlayersAndSpectators()
    {
        MatchRoomSetup setup = remoteRoom();
        setup.binaryControllers = {QStringLiteral("room-2-b")}; // it said so in its hello
        MatchRoom room(setup);
        QSignalSpy shared(&room, &MatchRoom::snapshotsReady);
        room.start();
        QCOMPARE(shared.size(), 1);
        room.addSpectator(QStringLiteral("conn-c"),
                          protocol::SnapshotEncoding::Binary); // its first snapshot at once, alone
        QCOMPARE(shared.size(), 2);
        const auto first = shared.last().first().value<SnapshotDelivery>();
        QCOMPARE(first.recipients.size(), 1);
        QVERIFY(first.recipients.first().binary);
        QVERIFY(first.head.isEmpty()); // nobody to write JSON for
        QVERIFY(std::holds_alternative<protocol::BinarySnapshot>(
            protocol::decodeBinarySnapshot(first.binaryFor(-1))));
        room.applyInput(QStringLiteral("room-2-a"), 41, 0, engine::Input::Up);
        room.applyInput(QStringLiteral("room-2-b"), 7, 0, engine::Input::Up); // not its seat
        shared.clear();
        QVERIFY(shared.wait(2000)); // the next countdown snapshot
        const auto delivery = shared.first().first().value<SnapshotDelivery>();
        QCOMPARE(delivery.recipients.size(), 3);
        QHash<QString, qint64> seqs;
        QHash<QString, bool> binary;
        for (const auto &recipient : delivery.recipients) {
            seqs.insert(recipient.connectionId, recipient.lastInputSeq);
            binary.insert(recipient.connectionId, recipient.binary);
        }
        QCOMPARE(seqs.value(QStringLiteral("room-2-a")), 41);
        QCOMPARE(seqs.value(QStringLiteral("room-2-b")), -1);
        QCOMPARE(seqs.value(QStringLiteral("conn-c")), -1);
        QCOMPARE(binary.value(QStringLiteral("room-2-a")), false); // JSON unless told
        QCOMPARE(binary.value(QStringLiteral("room-2-b")), true);
        QCOMPARE(binary.value(QStringLiteral("conn-c")), true);
        // The spectator's binary frame and the players' JSON come from the same state.
        const auto frame = protocol::decodeBinarySnapshot(delivery.binaryFor(-1));
        QVERIFY(std::holds_alternative<protocol::BinarySnapshot>(frame));
        const protocol::BinarySnapshot &decoded = std::get<protocol::BinarySnapshot>(frame);
        QCOMPARE(decoded.roomTag, protocol::binaryRoomTag(QStringLiteral("room-2")));
        QCOMPARE(decoded.snapshot.phase, protocol::RoomPhase::Countdown);
        const QJsonObject forA = QJsonDocument::fromJson(delivery.textFor(41).toUtf8()).object();
        QCOMPARE(forA.value(QStringLiteral("type")).toString(), QStringLiteral("snapshot"));
        QCOMPARE(forA.value(QStringLiteral("lastInputSeq")).toInteger(), 41);
        QCOMPARE(forA.value(QStringLiteral("phase")).toString(), QStringLiteral("countdown"));
        // The room keeps its recipients between snapshots: one who goes is gone from the next.
        room.detach(QStringLiteral("room-2-b"));
        room.removeSpectator(QStringLiteral("conn-c"));
        shared.clear();
        QVERIFY(shared.wait(2000));
        const auto after = shared.last().first().value<SnapshotDelivery>();
        QCOMPARE(after.recipients.size(), 1);
        QCOMPARE(after.recipients.first().connectionId, QStringLiteral("room-2-a"));
        QCOMPARE(after.recipients.first().lastInputSeq, 41);
        room.abandon();
    }

    // Inputs come from the server thread into the room's inbox, with no event and no wake-up: the
    // room applies them at its next tick, after whatever was queued to it before them, even when
    // both arrive while its thread is already ticking its rooms.
    void postedInputsFollowWhatWasQueuedBefore()
    {
        MatchRoom other(remoteRoom(QStringLiteral("room-6")));
        MatchRoomSetup setup = remoteRoom(QStringLiteral("room-5"));
        setup.controllers[1].clear(); // bob has not entered yet
        MatchRoom room(setup);
        other.start(); // ticked before room at every step of the clock
        room.start();
        QSignalSpy snapshots(&room, &MatchRoom::snapshotsReady);
        // While the clock ticks the other room (its snapshot, 10 a second in the countdown), as
        // the server thread would: bob enters (a queued call), then sends an input at once; ada
        // sends one too, and one for bob's seat, which is not hers.
        bool sent = false;
        connect(
            &other, &MatchRoom::snapshotsReady, &room,
            [&room, &sent] {
                if (std::exchange(sent, true)) {
                    return;
                }
                QMetaObject::invokeMethod(
                    &room, [&room] { room.attach(QStringLiteral("room-5-b"), {1}); },
                    Qt::QueuedConnection);
                room.postInput(QStringLiteral("room-5-b"), 9, 1, engine::Input::Down);
                room.postInput(QStringLiteral("room-5-a"), 4, 0, engine::Input::Up);
                room.postInput(QStringLiteral("room-5-a"), 5, 1, engine::Input::Up);
            },
            Qt::DirectConnection);
        const auto seqOf = [&snapshots](const QString &connectionId) {
            if (snapshots.isEmpty()) {
                return qint64(-2);
            }
            const auto delivery = snapshots.last().first().value<SnapshotDelivery>();
            for (const SnapshotDelivery::Recipient &recipient : delivery.recipients) {
                if (recipient.connectionId == connectionId) {
                    return recipient.lastInputSeq;
                }
            }
            return qint64(-2);
        };
        QTRY_VERIFY_WITH_TIMEOUT(sent && seqOf(QStringLiteral("room-5-a")) == 4, 5000);
        QCOMPARE(seqOf(QStringLiteral("room-5-b")), 9); // entered first, then played
        room.abandon();
        other.abandon();
    }

    void roomsOnAThreadShareOneClock()
    {
        GameClock *clock = GameClock::forCurrentThread();
        const int before = clock->roomCount();
        MatchRoomSetup first = remoteRoom(QStringLiteral("room-3"));
        MatchRoomSetup second = remoteRoom(QStringLiteral("room-4"));
        first.countdownMs = second.countdownMs = 0; // play at the first tick
        MatchRoom one(first);
        MatchRoom two(second);
        one.start();
        two.start();
        QCOMPARE(clock->roomCount(), before + 2);
        QVERIFY(one.findChildren<QTimer *>().isEmpty()); // no timer of its own
        QVERIFY(two.findChildren<QTimer *>().isEmpty());

        // Both play: their snapshots' ticks advance, driven by the one clock.
        const auto tickOf = [](const QSignalSpy &spy) {
            const auto delivery = spy.last().first().value<SnapshotDelivery>();
            return QJsonDocument::fromJson(delivery.textFor(-1).toUtf8())
                .object()
                .value(QStringLiteral("tick"))
                .toInteger();
        };
        QSignalSpy oneSnapshots(&one, &MatchRoom::snapshotsReady);
        QSignalSpy twoSnapshots(&two, &MatchRoom::snapshotsReady);
        const qint64 wakeUpsBefore = clock->wakeUps();
        QTRY_VERIFY_WITH_TIMEOUT(oneSnapshots.size() >= 5 && twoSnapshots.size() >= 5, 5000);
        QVERIFY(tickOf(oneSnapshots) > 0);
        QVERIFY(tickOf(twoSnapshots) > 0);
        QVERIFY(clock->wakeUps() > wakeUpsBefore);

        one.abandon(); // an ended room leaves the clock; the other keeps playing
        QCOMPARE(clock->roomCount(), before + 1);
        twoSnapshots.clear();
        QVERIFY(twoSnapshots.wait(2000));
        two.abandon();
        QCOMPARE(clock->roomCount(), before);
    }
};

QTEST_GUILESS_MAIN(RoomTrafficTest)
#include "RoomTrafficTest.moc"
