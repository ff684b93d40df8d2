// How rooms produce traffic. Encode once, send to all: a room serializes each snapshot once for
// all its connections, and each recipient still gets exactly the JSON it always got (its own
// lastInputSeq included). One clock per game thread: rooms have no timers of their own; the
// thread's GameClock ticks them all, and an ended room leaves it.
#include "engine/Match.h"
#include "play/GameClock.h"
#include "play/MatchRoom.h"
#include "play/SnapshotDelivery.h"
#include "protocol/Envelope.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace transcendence;
using namespace transcendence::server;

namespace {

protocol::MatchSnapshot playedSnapshot()
{
    engine::Match match(engine::MatchConfig{}, 7);
    match.setInput(0, engine::Input::Up);
    QJsonArray events;
    for (int step = 0; step < 200; ++step) {
        match.step();
        for (const engine::MatchEvent &event : match.events()) {
            events.append(event.toJson());
        }
    }
    protocol::MatchSnapshot snapshot;
    snapshot.roomId = QStringLiteral("room-1");
    snapshot.tick = match.currentStep();
    snapshot.state = match.snapshot();
    snapshot.events = events;
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
        protocol::MatchSnapshot snapshot = playedSnapshot();
        QVERIFY(!snapshot.events.isEmpty()); // events come before lastInputSeq in the text
        const SnapshotDelivery delivery = SnapshotDelivery::encode(snapshot);
        for (qint64 seq : {qint64(-1), qint64(0), qint64(12), qint64(9007199254740991)}) {
            snapshot.lastInputSeq = seq < 0 ? std::nullopt : std::optional<qint64>(seq);
            QCOMPARE(delivery.textFor(seq).toUtf8(), protocol::serialize(snapshot.toJson()));
        }
    }

    void aRoomEncodesOnceForPlayersAndSpectators()
    {
        MatchRoom room(remoteRoom());
        QSignalSpy shared(&room, &MatchRoom::snapshotsReady);
        QSignalSpy single(&room, &MatchRoom::snapshotReady);
        room.start();
        QCOMPARE(shared.size(), 1);
        room.addSpectator(QStringLiteral("conn-c")); // its first snapshot at once, alone
        QCOMPARE(single.size(), 1);
        room.applyInput(QStringLiteral("room-2-a"), 41, 0, engine::Input::Up);
        room.applyInput(QStringLiteral("room-2-b"), 7, 0, engine::Input::Up); // not its seat
        shared.clear();
        QVERIFY(shared.wait(2000)); // the next countdown snapshot
        const auto delivery = shared.first().first().value<SnapshotDelivery>();
        QCOMPARE(delivery.recipients.size(), 3);
        QHash<QString, qint64> seqs;
        for (const auto &recipient : delivery.recipients) {
            seqs.insert(recipient.connectionId, recipient.lastInputSeq);
        }
        QCOMPARE(seqs.value(QStringLiteral("room-2-a")), 41);
        QCOMPARE(seqs.value(QStringLiteral("room-2-b")), -1);
        QCOMPARE(seqs.value(QStringLiteral("conn-c")), -1);
        const QJsonObject forA = QJsonDocument::fromJson(delivery.textFor(41).toUtf8()).object();
        QCOMPARE(forA.value(QStringLiteral("type")).toString(), QStringLiteral("snapshot"));
        QCOMPARE(forA.value(QStringLiteral("lastInputSeq")).toInteger(), 41);
        QCOMPARE(forA.value(QStringLiteral("phase")).toString(), QStringLiteral("countdown"));
        room.abandon();
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
