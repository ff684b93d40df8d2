// A running room's checkpoint (what another instance resumes after the host died): it names the
// match's setup and replays, from the seed and the inputs, to exactly the state the room had;
// a room started from it continues at that step with everyone missing; and anything that is not
// a checkpoint this code wrote is refused with a message, never a crash.
#include "play/MatchCheckpoint.h"

#include "play/MatchRoom.h"
#include "play/SnapshotDelivery.h"
#include "replay/InputLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace transcendence;
using namespace transcendence::server;

namespace {

MatchRoomSetup playedRoom()
{
    MatchRoomSetup setup;
    setup.roomId = QStringLiteral("room-cp");
    setup.kind = protocol::RoomKind::Remote;
    setup.recordKind = MatchKind::Remote;
    setup.seed = 0x5eed;
    setup.seats = {MatchSeat{0, SeatKind::User, 11, QStringLiteral("ada")},
                   MatchSeat{1, SeatKind::User, 12, QStringLiteral("bo")}};
    setup.controllers = {QStringLiteral("conn-a"), QStringLiteral("@other/conn-b")};
    setup.owners = {11, 12};
    setup.countdownMs = 0; // play at the first tick
    setup.checkpoints = true;
    return setup;
}

// The countdowns of the matchResumed messages the room sent (one per message, whoever got it).
QList<int> resumedCountdownMs(const QSignalSpy &messages)
{
    QSet<int> countdowns;
    for (const QList<QVariant> &message : messages) {
        const QJsonObject json = QJsonDocument::fromJson(message.at(1).toByteArray()).object();
        if (json.value(QStringLiteral("type")).toString() == QStringLiteral("matchResumed")) {
            countdowns.insert(json.value(QStringLiteral("startsInMs")).toInt());
        }
    }
    return countdowns.values();
}

} // namespace

class MatchCheckpointTest : public QObject {
    Q_OBJECT

private slots:
    void aCheckpointReplaysToTheRoomsState()
    {
        MatchRoom room(playedRoom());
        QSignalSpy checkpoints(&room, &MatchRoom::checkpointReady);
        room.start();
        room.applyInput(QStringLiteral("conn-a"), 1, 0, engine::Input::Up);
        room.applyInput(QStringLiteral("@other/conn-b"), 1, 1, engine::Input::Down);
        // The first comes at the first tick, the next a second later (or after a point).
        QTRY_VERIFY_WITH_TIMEOUT(checkpoints.size() >= 2, 5000);
        room.abandon();
        const QByteArray bytes = checkpoints.last().at(1).toByteArray();
        QCOMPARE(checkpoints.last().at(0).toString(), QStringLiteral("room-cp"));

        MatchRoomSetup decoded;
        QCOMPARE(decodeCheckpoint(bytes, decoded), QString());
        QCOMPARE(decoded.roomId, QStringLiteral("room-cp"));
        QCOMPARE(decoded.kind, protocol::RoomKind::Remote);
        QCOMPARE(decoded.recordKind, MatchKind::Remote);
        QCOMPARE(decoded.seed, std::uint64_t(0x5eed));
        QCOMPARE(decoded.owners, (std::vector<qint64>{11, 12}));
        QCOMPARE(decoded.seats.size(), std::size_t(2));
        QCOMPARE(decoded.seats[1].label, QStringLiteral("bo"));
        QCOMPARE(decoded.controllers, (std::vector<QString>{QString(), QString()}));
        QVERIFY(decoded.resume.has_value());
        const MatchResume &resume = *decoded.resume;
        QVERIFY(resume.step > 0);
        QCOMPARE(resume.log.endStep(), resume.step);
        QVERIFY(!resume.log.changes().empty()); // the two keys
        // The engine is deterministic: seed + inputs give the state the room had.
        const auto replayed = replay::replayMatch(decoded.config, decoded.seed, resume.log);
        QVERIFY(std::holds_alternative<engine::Match>(replayed));
        QCOMPARE(std::get<engine::Match>(replayed).currentStep(), resume.step);
        QCOMPARE(std::get<engine::Match>(replayed).stateHash(), resume.stateHash);
    }

    void aRestoredRoomGoesOnFromTheCheckpointWithEveryoneMissing()
    {
        MatchRoom room(playedRoom());
        QSignalSpy checkpoints(&room, &MatchRoom::checkpointReady);
        room.start();
        room.applyInput(QStringLiteral("conn-a"), 1, 0, engine::Input::Up);
        QTRY_VERIFY_WITH_TIMEOUT(checkpoints.size() >= 2, 5000);
        room.abandon();
        MatchRoomSetup decoded;
        QCOMPARE(decodeCheckpoint(checkpoints.last().at(1).toByteArray(), decoded), QString());
        const std::int64_t step = decoded.resume->step;
        decoded.countdownMs = 3'000; // this test's rooms play at once; not a restored one's

        MatchRoom restored(decoded);
        QSignalSpy status(&restored, &MatchRoom::statusChanged);
        restored.start();
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().at(1).toJsonObject().value(QStringLiteral("phase")).toString(),
                 QStringLiteral("paused"));
        // Ada comes back: she gets the snapshot at the checkpoint's step, Bo is still missing.
        QSignalSpy mine(&restored, &MatchRoom::snapshotsReady);
        restored.attach(QStringLiteral("conn-a2"), {0});
        QVERIFY(!mine.isEmpty());
        const auto delivery = mine.first().first().value<SnapshotDelivery>();
        QCOMPARE(delivery.recipients.size(), 1);
        QCOMPARE(delivery.recipients.first().connectionId, QStringLiteral("conn-a2"));
        const QJsonObject first = QJsonDocument::fromJson(delivery.textFor(-1).toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("tick")).toInteger(), step);
        QCOMPARE(first.value(QStringLiteral("missingSeats")).toArray(), QJsonArray{1});

        // Bo comes back too: the first resume after a takeover counts down for a shorter time
        // (the players have just waited for the takeover); any later one as usual.
        QSignalSpy messages(&restored, &MatchRoom::messageReady);
        restored.attach(QStringLiteral("@other/conn-b2"), {1});
        QCOMPARE(resumedCountdownMs(messages), QList<int>{decoded.takeoverCountdownMs});
        QCOMPARE_LT(decoded.takeoverCountdownMs, decoded.countdownMs);
        messages.clear();
        restored.detach(QStringLiteral("@other/conn-b2"));
        restored.attach(QStringLiteral("@other/conn-b3"), {1});
        QCOMPARE(resumedCountdownMs(messages), QList<int>{decoded.countdownMs});
        restored.abandon();
    }

    // A tournament room waits for its players to enter (showUpMs): its checkpoints carry the
    // requester's note (the bracket match) and the show-up deadline, and a room restored before
    // play ever started still waits for them until that deadline, then ends by walkover.
    void aRestoredTournamentRoomKeepsItsNoteAndShowUpDeadline()
    {
        MatchRoomSetup setup = playedRoom();
        setup.kind = protocol::RoomKind::Tournament;
        setup.recordKind = MatchKind::Tournament;
        setup.tournamentId = 7;
        setup.controllers = {QString(), QString()}; // nobody entered yet
        setup.showUpMs = 60'000;
        setup.requested = true;
        const QJsonObject tag{{QStringLiteral("round"), 1}, {QStringLiteral("slot"), 1}};
        setup.requesterTag = tag;
        MatchRoom room(setup);
        QSignalSpy checkpoints(&room, &MatchRoom::checkpointReady);
        room.start();
        // Ada enters and holds a key while Bo is awaited: no step has run since (the key is in
        // no step of the log), yet the engine holds it; the checkpoint keeps it.
        room.attach(QStringLiteral("conn-a"), {0});
        room.applyInput(QStringLiteral("conn-a"), 1, 0, engine::Input::Up);
        checkpoints.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!checkpoints.isEmpty(), 5000);
        room.abandon();
        MatchRoomSetup decoded;
        QCOMPARE(decodeCheckpoint(checkpoints.last().at(1).toByteArray(), decoded), QString());
        QCOMPARE(decoded.resume->step, std::int64_t(0));
        QCOMPARE(decoded.resume->held,
                 (std::vector<engine::Input>{engine::Input::Up, engine::Input::None}));
        QVERIFY(decoded.requested);
        QCOMPARE(decoded.requesterTag, tag);
        QCOMPARE(decoded.tournamentId, std::optional<qint64>(7));
        QVERIFY(!decoded.resume->everRan);
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(decoded.resume->showUpBy);
        QVERIFY2(left > 50'000 && left <= 60'000, qPrintable(QString::number(left)));

        {
            MatchRoom restored(decoded);
            QSignalSpy status(&restored, &MatchRoom::statusChanged);
            QSignalSpy messages(&restored, &MatchRoom::messageReady);
            QSignalSpy snapshots(&restored, &MatchRoom::snapshotsReady);
            restored.start();
            QCOMPARE(status.last().at(1).toJsonObject().value(QStringLiteral("phase")).toString(),
                     QStringLiteral("waiting"));
            snapshots.clear();
            restored.attach(QStringLiteral("conn-a"), {0});
            // Restored, not started afresh: the engine holds Ada's key again.
            const auto delivery = snapshots.first().first().value<SnapshotDelivery>();
            const QJsonObject first =
                QJsonDocument::fromJson(delivery.textFor(-1).toUtf8()).object();
            QCOMPARE(first.value(QStringLiteral("state"))
                         .toObject()
                         .value(QStringLiteral("players"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("input"))
                         .toString(),
                     QStringLiteral("up"));
            QVERIFY(!messages.isEmpty());
            const QJsonObject paused =
                QJsonDocument::fromJson(messages.last().at(1).toByteArray()).object();
            QCOMPARE(paused.value(QStringLiteral("type")).toString(),
                     QStringLiteral("matchPaused"));
            const QJsonArray missing = paused.value(QStringLiteral("missing")).toArray();
            QCOMPARE(missing.size(), 1);
            // Bo still has until the deadline he was given, not a fresh grace time.
            QVERIFY(missing.first().toObject().value(QStringLiteral("forfeitInMs")).toInteger() >
                    decoded.graceMs);
            restored.abandon();
        }

        // Past the deadline: whoever has not entered loses by walkover at once.
        decoded.resume->showUpBy = QDateTime::currentDateTimeUtc().addSecs(-1);
        MatchRoom late(decoded);
        QSignalSpy ended(&late, &MatchRoom::ended);
        late.start();
        late.attach(QStringLiteral("conn-a"), {0});
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 5000);
        const auto result = ended.first().first().value<MatchRoomResult>();
        QVERIFY(result.walkover);
        QCOMPARE(result.record.winnerSeat, 0);
    }

    void anythingElseIsRefused()
    {
        MatchRoom room(playedRoom());
        QSignalSpy checkpoints(&room, &MatchRoom::checkpointReady);
        room.start();
        QTRY_VERIFY_WITH_TIMEOUT(!checkpoints.isEmpty(), 5000);
        room.abandon();
        const QJsonObject good =
            QJsonDocument::fromJson(checkpoints.first().at(1).toByteArray()).object();
        MatchRoomSetup setup;
        QVERIFY(!decodeCheckpoint(QByteArray(), setup).isEmpty());
        QVERIFY(!decodeCheckpoint("not json at all", setup).isEmpty());
        QVERIFY(!decodeCheckpoint(QByteArray(5000, '\xff'), setup).isEmpty());
        const auto without = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject changed = good;
            if (value.isUndefined()) {
                changed.remove(key);
            } else {
                changed.insert(key, value);
            }
            return QJsonDocument(changed).toJson(QJsonDocument::Compact);
        };
        QVERIFY(!decodeCheckpoint(without(QStringLiteral("version"), 2), setup).isEmpty());
        QVERIFY(!decodeCheckpoint(without(QStringLiteral("seed"), QStringLiteral("zz")), setup)
                     .isEmpty());
        QVERIFY(!decodeCheckpoint(without(QStringLiteral("inputs"), QStringLiteral("AAAA")), setup)
                     .isEmpty());
        QVERIFY(!decodeCheckpoint(without(QStringLiteral("seats"), QJsonArray()), setup).isEmpty());
        QVERIFY(
            !decodeCheckpoint(without(QStringLiteral("owners"), QJsonArray{1}), setup).isEmpty());
        QVERIFY(!decodeCheckpoint(without(QStringLiteral("step"), 999999), setup).isEmpty());
        QVERIFY(!decodeCheckpoint(without(QStringLiteral("config"),
                                          QJsonObject{{QStringLiteral("scoreLimit"), 0}}),
                                  setup)
                     .isEmpty());
        // A state hash that does not match: the room starts afresh rather than resume a lie.
        MatchRoomSetup lying;
        QCOMPARE(decodeCheckpoint(without(QStringLiteral("stateHash"), QStringLiteral("1")), lying),
                 QString());
        MatchRoom restored(lying);
        QSignalSpy status(&restored, &MatchRoom::statusChanged);
        restored.start();
        QCOMPARE(status.last().at(1).toJsonObject().value(QStringLiteral("phase")).toString(),
                 QStringLiteral("waiting"));
        restored.abandon();
    }
};

QTEST_GUILESS_MAIN(MatchCheckpointTest)
#include "MatchCheckpointTest.moc"
