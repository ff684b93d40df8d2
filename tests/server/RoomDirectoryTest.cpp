// The play feature's room directory: its account index (who has a seat where) follows every
// seat change it makes or hears of — a seat given up, forfeited, taken by another connection, a
// room ended — so no caller ever has to keep it in step.
#include "play/RoomDirectory.h"

#include <QTest>

#include <memory>

using namespace transcendence;
using namespace transcendence::server;

namespace {

const QString kRoom = QStringLiteral("room-1");
const QString kOther = QStringLiteral("room-2");

// A room on this thread that is never started: what the directory queues to it is dropped with
// it (the tests look at the directory, the integration suites at the rooms).
struct Rooms {
    std::vector<std::unique_ptr<MatchRoom>> objects;

    RoomDirectory::Room make(const QString &roomId, std::vector<qint64> owners,
                             std::vector<QString> controllers, bool fourPlayers = false)
    {
        MatchRoomSetup setup;
        setup.roomId = roomId;
        setup.kind = protocol::RoomKind::Remote;
        if (fourPlayers) {
            setup.config.mode = engine::GameMode::FourPlayers;
        }
        for (int seat = 0; seat < int(owners.size()); ++seat) {
            setup.seats.push_back(MatchSeat{seat, SeatKind::User, owners[std::size_t(seat)],
                                            QStringLiteral("p%1").arg(seat)});
        }
        setup.controllers = controllers;
        objects.push_back(std::make_unique<MatchRoom>(setup));
        RoomDirectory::Room room;
        room.room = objects.back().get();
        room.kind = setup.kind;
        room.config = setup.config;
        room.seats = setup.seats;
        room.seatOwners = std::move(owners);
        room.controllers = std::move(controllers);
        return room;
    }
};

// kRoom, a 1v1 of accounts 11 and 12 played from connections "a" and "b", seated as launch()
// seats them.
void addSeatedPair(Rooms &rooms, RoomDirectory &directory)
{
    directory.add(kRoom, rooms.make(kRoom, {11, 12}, {QStringLiteral("a"), QStringLiteral("b")}));
    directory.seat(kRoom, QStringLiteral("a"));
    directory.seat(kRoom, QStringLiteral("b"));
}

} // namespace

class RoomDirectoryTest : public QObject {
    Q_OBJECT

private slots:
    void aNewRoomIndexesItsOwnersAndSeatsItsControllers()
    {
        Rooms rooms;
        RoomDirectory directory;
        directory.add(kRoom, rooms.make(kRoom, {11, 12}, {QStringLiteral("a"), QString()}));
        directory.seat(kRoom, QStringLiteral("a"));
        QCOMPARE(directory.roomOf(11), kRoom);
        QCOMPARE(directory.roomOf(12), kRoom); // not entered yet, but it has its seat
        QVERIFY(!directory.hasSeat(13));
        QCOMPARE(directory.participant(QStringLiteral("a"))->roomId, kRoom);
        QVERIFY(!directory.participant(QStringLiteral("a"))->spectator);
        QVERIFY(directory.pacing(QStringLiteral("a"))->window.isValid());
        QCOMPARE(directory.connectionsIn(kRoom), QStringList{QStringLiteral("a")});
    }

    void givingUpFreesTheAccountAtOnce()
    {
        Rooms rooms;
        RoomDirectory directory;
        addSeatedPair(rooms, directory);
        QCOMPARE(directory.giveUp(kRoom, QStringLiteral("a"), 11), std::optional<bool>(true));
        QVERIFY(!directory.hasSeat(11));
        QCOMPARE(directory.roomOf(12), kRoom);
        QVERIFY(!directory.participant(QStringLiteral("a")));
        const RoomDirectory::Room *room = directory.running(kRoom);
        QCOMPARE(room->seatOwners, (std::vector<qint64>{0, 12}));
        QCOMPARE(room->controllers, (std::vector<QString>{QString(), QStringLiteral("b")}));
        // Once more: it has no seat here any more (the room still runs).
        QCOMPARE(directory.giveUp(kRoom, QStringLiteral("a"), 11), std::optional<bool>(false));
        directory.end(kRoom);
        QCOMPARE(directory.giveUp(kRoom, QStringLiteral("b"), 12), std::nullopt); // ended
    }

    void aForfeitFreesAnAccountOnceItHasNoSeatLeft()
    {
        Rooms rooms;
        RoomDirectory directory;
        // Four players: account 11 plays two seats at one keyboard.
        directory.add(kRoom, rooms.make(kRoom, {11, 11, 12, 13},
                                        {QStringLiteral("a"), QStringLiteral("a"),
                                         QStringLiteral("b"), QStringLiteral("c")},
                                        true));
        QVERIFY(directory.forfeit(kRoom, {0}).empty());
        QCOMPARE(directory.roomOf(11), kRoom); // seat 1 is still its own
        QCOMPARE(directory.forfeit(kRoom, {1, 2}), (std::vector<qint64>{11, 12}));
        QVERIFY(!directory.hasSeat(11));
        QVERIFY(!directory.hasSeat(12));
        QCOMPARE(directory.roomOf(13), kRoom);
        QCOMPARE(directory.running(kRoom)->controllers,
                 (std::vector<QString>{QString(), QString(), QString(), QStringLiteral("c")}));
    }

    void theIndexNeverPointsAtAnotherAccountsNewRoom()
    {
        Rooms rooms;
        RoomDirectory directory;
        directory.add(kRoom, rooms.make(kRoom, {11, 12}, {QStringLiteral("a"), QString()}));
        QCOMPARE(directory.giveUp(kRoom, QStringLiteral("a"), 11), std::optional<bool>(true));
        // Account 11 plays elsewhere now; its old room forfeiting or ending leaves that alone.
        directory.add(kOther, rooms.make(kOther, {11, 14}, {QStringLiteral("a2"), QString()}));
        QVERIFY(directory.forfeit(kRoom, {0}).empty());
        const auto ended = directory.end(kRoom);
        QVERIFY(ended);
        QCOMPARE(ended->freed, std::vector<qint64>{12});
        QVERIFY(ended->room.ended);
        QCOMPARE(directory.roomOf(11), kOther);
        QCOMPARE(directory.roomOf(14), kOther);
        QVERIFY(!directory.end(kRoom)); // once
    }

    void anEndedRoomStaysUntilItsObjectIsGone()
    {
        Rooms rooms;
        RoomDirectory directory;
        addSeatedPair(rooms, directory);
        directory.watch(kRoom, QStringLiteral("s"), protocol::SnapshotEncoding::Json);
        directory.end(kRoom);
        QVERIFY(!directory.running(kRoom));
        QVERIFY(directory.find(kRoom));
        QVERIFY(!directory.hasSeat(11) && !directory.hasSeat(12));
        // Its connections stay in it until matchOver went out, then leave together.
        auto taken = directory.takeParticipants(kRoom);
        std::sort(taken.begin(), taken.end());
        QCOMPARE(taken, (QList<std::pair<QString, bool>>{{QStringLiteral("a"), true},
                                                         {QStringLiteral("b"), true},
                                                         {QStringLiteral("s"), false}}));
        QVERIFY(directory.connectionsIn(kRoom).isEmpty());
        QCOMPARE(directory.remove(kRoom), std::optional(protocol::RoomKind::Remote));
        QCOMPARE(directory.size(), 0);
        QCOMPARE(directory.remove(kRoom), std::nullopt);
    }

    void attachingMovesTheSeatsAndTellsWhoLostThem()
    {
        Rooms rooms;
        RoomDirectory directory;
        addSeatedPair(rooms, directory);
        // Another client of account 11 was watching; it takes the seat over.
        directory.watch(kRoom, QStringLiteral("a2"), protocol::SnapshotEncoding::Json);
        QVERIFY(directory.running(kRoom)->spectators.contains(QStringLiteral("a2")));
        const QStringList displaced =
            directory.attach(kRoom, QStringLiteral("a2"), 11, protocol::SnapshotEncoding::Binary);
        QCOMPARE(displaced, QStringList{QStringLiteral("a")});
        QVERIFY(!directory.participant(QStringLiteral("a")));
        QVERIFY(!directory.participant(QStringLiteral("a2"))->spectator);
        QVERIFY(!directory.running(kRoom)->spectators.contains(QStringLiteral("a2")));
        QCOMPARE(directory.running(kRoom)->controllers,
                 (std::vector<QString>{QStringLiteral("a2"), QStringLiteral("b")}));
        QCOMPARE(directory.roomOf(11), kRoom);
        // The same connection again: nobody displaced.
        QVERIFY(directory.attach(kRoom, QStringLiteral("a2"), 11, protocol::SnapshotEncoding::Json)
                    .isEmpty());
        // A connection that drops keeps the account's seat (missing, not given up).
        directory.detach(kRoom, QStringLiteral("a2"));
        QVERIFY(!directory.participant(QStringLiteral("a2")));
        QCOMPARE(directory.running(kRoom)->controllers,
                 (std::vector<QString>{QString(), QStringLiteral("b")}));
        QCOMPARE(directory.roomOf(11), kRoom);
    }

    void spectatorsSwitchAndLeave()
    {
        Rooms rooms;
        RoomDirectory directory;
        directory.add(kRoom, rooms.make(kRoom, {11, 12}, {QString(), QString()}));
        directory.add(kOther, rooms.make(kOther, {13, 14}, {QString(), QString()}));
        directory.watch(kRoom, QStringLiteral("s"), protocol::SnapshotEncoding::Json);
        QCOMPARE(directory.stopWatching(QStringLiteral("s")), kRoom);
        QVERIFY(!directory.running(kRoom)->spectators.contains(QStringLiteral("s")));
        directory.watch(kOther, QStringLiteral("s"), protocol::SnapshotEncoding::Json);
        directory.leave(QStringLiteral("s"));
        QVERIFY(!directory.participant(QStringLiteral("s")));
        QVERIFY(directory.running(kOther)->spectators.isEmpty());
        QCOMPARE(directory.stopWatching(QStringLiteral("s")), QString()); // watched nothing
        // A player is not a spectator: stopWatching leaves it in its room.
        directory.seat(kRoom, QStringLiteral("p"));
        QCOMPARE(directory.stopWatching(QStringLiteral("p")), QString());
        QCOMPARE(directory.participant(QStringLiteral("p"))->roomId, kRoom);
    }

    // A room id the directory does not know makes no room: nothing is indexed, seated or marked.
    void anUnknownRoomIsNeverMadeUp()
    {
        RoomDirectory directory;
        QVERIFY(directory.attach(kRoom, QStringLiteral("a"), 11, protocol::SnapshotEncoding::Json)
                    .isEmpty());
        directory.markGuest(kOther, QStringLiteral("127.0.0.1"), QStringLiteral("g"));
        QVERIFY(!directory.watch(kOther, QStringLiteral("s"), protocol::SnapshotEncoding::Json));
        directory.seat(kRoom, QStringLiteral("p"));
        QCOMPARE(directory.size(), 0);
        QVERIFY(!directory.find(kRoom) && !directory.find(kOther));
        QVERIFY(!directory.participant(QStringLiteral("a")));
        QVERIFY(!directory.participant(QStringLiteral("s")));
        QVERIFY(!directory.participant(QStringLiteral("p")));
        QVERIFY(!directory.hasSeat(11));
    }
};

QTEST_GUILESS_MAIN(RoomDirectoryTest)
#include "RoomDirectoryTest.moc"
