// The app's offline play, with no server: LocalMatch runs the common engine at this keyboard or
// against the computer; SeatKeys turns keys into the key each seat holds; PlaySettings checks
// settings with the engine's own rules; frames are interpolated between two states.
#include "play/LocalMatch.h"

#include "engine/Match.h"
#include "play/FrameInterpolation.h"
#include "play/LocalTournament.h"
#include "play/PlaySettings.h"
#include "play/SeatKeys.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace transcendence;
using namespace transcendence::client;

namespace {

QVariantMap quickSettings(int scoreLimit)
{
    QVariantMap config = PlaySettings::classic();
    config.insert(QStringLiteral("scoreLimit"), scoreLimit);
    config.insert(QStringLiteral("ballSpeed"), 120);
    config.insert(QStringLiteral("ballMaxSpeed"), 200);
    config.insert(QStringLiteral("serveDelay"), 0.5);
    return config;
}

// Runs a match that is not in real time until it ends (at most ten minutes of match time).
void runToEnd(LocalMatch &match)
{
    for (int i = 0; i < 600 && !match.isOver(); ++i) {
        match.advance(engine::kStepsPerSecond);
    }
}

QVariantMap standing(const MatchSession &match, int seat)
{
    return match.standings().at(seat).toMap();
}

double paddleOf(const LocalMatch &match, int seat)
{
    return match.match()->snapshot().players[std::size_t(seat)].paddlePosition;
}

} // namespace

class LocalMatchTest : public QObject {
    Q_OBJECT

private slots:
    void anAiMatchEndsWithAWinnerAtTheScoreLimit()
    {
        LocalMatch match;
        match.setRealTime(false);
        match.setSeed(20240501);
        QSignalSpy over(&match, &MatchSession::overChanged);
        QSignalSpy points(&match, &MatchSession::pointScored);
        QVERIFY2(match.start(quickSettings(3), {0, 1}, QStringLiteral("hard")),
                 qPrintable(match.startError()));
        over.clear(); // start() announces the fresh state
        QCOMPARE(match.kind(), QStringLiteral("ai"));
        QCOMPARE(match.phase(), QStringLiteral("running"));
        QCOMPARE(match.seatLabel(0), QStringLiteral("AI (hard)"));

        runToEnd(match);
        QVERIFY(match.isOver());
        QCOMPARE(match.phase(), QStringLiteral("over"));
        QCOMPARE(match.endReason(), QStringLiteral("completed"));
        QCOMPARE(over.count(), 1);
        const int winner = match.winnerSeat();
        QVERIFY2(winner == 0 || winner == 1, qPrintable(QString::number(winner)));
        QCOMPARE(standing(match, winner).value(QStringLiteral("score")).toInt(), 3);
        const int loserScore = standing(match, 1 - winner).value(QStringLiteral("score")).toInt();
        QVERIFY(loserScore < 3);
        QCOMPARE(points.count(), 3 + loserScore);

        // Nothing moves after the end; a new start begins from nothing.
        const qint64 finalTick = match.tick();
        QCOMPARE(match.advance(120), 0);
        QCOMPARE(match.tick(), finalTick);
    }

    void theSameSeedPlaysTheSameMatch()
    {
        std::uint64_t hashes[2] = {};
        qint64 ticks[2] = {};
        for (int run = 0; run < 2; ++run) {
            LocalMatch match;
            match.setRealTime(false);
            match.setSeed(77);
            QVERIFY(match.start(quickSettings(2), {0, 1}, QStringLiteral("normal")));
            runToEnd(match);
            QVERIFY(match.isOver());
            hashes[run] = match.match()->stateHash();
            ticks[run] = match.tick();
        }
        QCOMPARE(hashes[0], hashes[1]);
        QCOMPARE(ticks[0], ticks[1]);
    }

    void theComputerBeatsAPlayerWhoDoesNothing()
    {
        LocalMatch match;
        match.setRealTime(false);
        match.setSeed(5);
        QVERIFY(
            match.start(quickSettings(2), {1}, QStringLiteral("easy"), {QStringLiteral("Ada")}));
        QCOMPARE(match.seatLabel(0), QStringLiteral("Ada"));
        QCOMPARE(match.controlledSeats(), std::vector<int>{0});
        runToEnd(match);
        QVERIFY(match.isOver());
        QCOMPARE(match.winnerSeat(), 1);
    }

    void keysMoveTheSeatsAtOneKeyboard()
    {
        LocalMatch match;
        match.setRealTime(false);
        QVERIFY(match.start(PlaySettings::classic()));
        QCOMPARE(match.kind(), QStringLiteral("local"));
        QCOMPARE(match.controlledSeats(), (std::vector<int>{0, 1}));
        const double left = paddleOf(match, 0);
        const double right = paddleOf(match, 1);

        QVERIFY(match.handleKey(Qt::Key_W, true));
        QVERIFY(match.handleKey(Qt::Key_Down, true));
        QVERIFY(!match.handleKey(Qt::Key_Space, true)); // not a paddle key: left to the page
        QCOMPARE(match.heldKey(0), QStringLiteral("up"));
        QCOMPARE(match.heldKey(1), QStringLiteral("down"));
        match.advance(30);
        QVERIFY(paddleOf(match, 0) < left);
        QVERIFY(paddleOf(match, 1) > right);

        match.handleKey(Qt::Key_W, false);
        match.handleKey(Qt::Key_Down, false);
        QCOMPARE(match.heldKey(0), QStringLiteral("none"));
        const double stopped = paddleOf(match, 0);
        match.advance(30);
        QCOMPARE(paddleOf(match, 0), stopped);

        // A finger on the on-screen button holds the key like a keyboard key.
        match.press(1, true, QStringLiteral("touch-1-up"));
        QCOMPARE(match.heldKey(1), QStringLiteral("up"));
        match.releaseAll();
        QCOMPARE(match.heldKey(1), QStringLiteral("none"));
    }

    void pausingStopsTheMatchAndLeavingEndsIt()
    {
        LocalMatch match;
        match.setRealTime(false);
        QVERIFY(match.start(PlaySettings::classic(), {1}, QStringLiteral("normal")));
        QVERIFY(match.canPause());
        match.advance(60);
        match.pause();
        QCOMPARE(match.phase(), QStringLiteral("paused"));
        QCOMPARE(match.pauseReason(), QStringLiteral("requested"));
        const qint64 tick = match.tick();
        QCOMPARE(match.advance(60), 0);
        QCOMPARE(match.tick(), tick);
        match.resume();
        QCOMPARE(match.phase(), QStringLiteral("running"));
        QCOMPARE(match.pauseReason(), QString());
        QCOMPARE(match.advance(60), 60);

        // Giving up against the computer is a forfeit: the computer wins.
        match.leave();
        QVERIFY(match.isOver());
        QCOMPARE(match.winnerSeat(), 1);
        QCOMPARE(match.endReason(), QStringLiteral("left"));

        // At one keyboard nobody wins a match left before its end.
        LocalMatch local;
        local.setRealTime(false);
        QVERIFY(local.start(PlaySettings::classic()));
        local.leave();
        QCOMPARE(local.winnerSeat(), -1);
        QCOMPARE(local.endReason(), QStringLiteral("left"));
    }

    void runsOnTheClockInRealTime()
    {
        LocalMatch match;
        QVERIFY(match.start(PlaySettings::classic(), {0, 1}, QStringLiteral("hard")));
        QVERIFY(match.isAnimating());
        QTRY_VERIFY_WITH_TIMEOUT(match.tick() > 10, 5000);
        engine::Snapshot frame;
        QVERIFY(match.frameAt(match.nowNs(), frame));
        QVERIFY(frame.step <= match.tick());
        match.pause();
        const qint64 paused = match.tick();
        QTest::qWait(100);
        QCOMPARE(match.tick(), paused);
    }

    void refusesSettingsTheEngineRefuses()
    {
        LocalMatch match;
        QVariantMap config = PlaySettings::classic();
        config.insert(QStringLiteral("ballSpeed"), 1000);
        QVERIFY(!match.start(config));
        QVERIFY(match.startError().contains(QStringLiteral("ballSpeed")));
        QVERIFY(!match.start(PlaySettings::classic(), {5}));
        QVERIFY(!match.start(PlaySettings::classic(), {}, QStringLiteral("impossible")));
        QVERIFY(match.start(PlaySettings::classic()));
        QCOMPARE(match.startError(), QString());
    }

    void fourPlayersAtOneKeyboard()
    {
        LocalMatch match;
        match.setRealTime(false);
        QVERIFY(match.start(PlaySettings::classic(QStringLiteral("four_players")), {1, 2, 3}));
        QVERIFY(match.isFourPlayers());
        QCOMPARE(match.arenaWidth(), 120.0);
        QCOMPARE(standing(match, 0).value(QStringLiteral("lives")).toInt(), 5);
        // One seat at this keyboard: the arrow keys move it too.
        QVERIFY(match.handleKey(Qt::Key_Up, true));
        QCOMPARE(match.heldKey(0), QStringLiteral("up"));
        runToEnd(match);
        QVERIFY(match.isOver());
        QVERIFY(match.winnerSeat() >= 1);
    }
};

class LocalTournamentTest : public QObject {
    Q_OBJECT

private slots:
    void checksTheAliases()
    {
        QVERIFY(LocalTournament::problems(
                    {QStringLiteral("Ada"), QStringLiteral("Bob"), QStringLiteral("Cy")})
                    .isEmpty());
        const QVariantMap two =
            LocalTournament::problems({QStringLiteral("Ada"), QStringLiteral("Bob")});
        QCOMPARE(two.value(QStringLiteral("list")).toString(),
                 QStringLiteral("Enter 3 to 16 players, one per line."));
        const QVariantMap bad =
            LocalTournament::problems({QStringLiteral("Ada"), QStringLiteral(" ada"),
                                       QStringLiteral(""), QString(33, QLatin1Char('x'))});
        QCOMPARE(bad.value(QStringLiteral("1")).toString(), QStringLiteral("ada appears twice."));
        QCOMPARE(bad.value(QStringLiteral("2")).toString(), QStringLiteral("Name 3 is empty."));
        QVERIFY(bad.value(QStringLiteral("3")).toString().contains(QStringLiteral("32")));
        LocalTournament tournament;
        QVERIFY(
            !tournament.start({QStringLiteral("Ada"), QStringLiteral("ada"), QStringLiteral("Cy")},
                              PlaySettings::classic()));
        QVERIFY(!tournament.isStarted());
    }

    // Five players: byes for the top three seeds, every match played at the keyboard (here
    // nobody touches a key: the serves decide), a match left before its end decides nothing,
    // and the winner of the final wins the tournament.
    void playsEveryMatchToAChampion()
    {
        LocalTournament tournament;
        const QStringList players{QStringLiteral("Ada"), QStringLiteral("Bob"),
                                  QStringLiteral("Cy"), QStringLiteral("Dee"),
                                  QStringLiteral("Eve")};
        QVERIFY(tournament.start(players, quickSettings(1)));
        QCOMPARE(tournament.rounds().size(), 3); // 8 places: quarter-finals, semis, final
        QVariantMap next = tournament.nextMatch();
        QCOMPARE(next.value(QStringLiteral("players")).toStringList(),
                 (QStringList{QStringLiteral("Dee"), QStringLiteral("Eve")}));
        QCOMPARE(tournament.announcement(), QStringLiteral("Dee vs Eve"));

        LocalMatch *match = tournament.match();
        match->setRealTime(false);
        QVERIFY(tournament.playNextMatch());
        QVERIFY(!tournament.playNextMatch()); // one at a time
        QCOMPARE(match->seatLabel(0), QStringLiteral("Dee"));
        QCOMPARE(match->controlledSeats(), (std::vector<int>{0, 1}));
        match->leave();
        QCOMPARE(tournament.nextMatch(), next); // left: the same match again

        int played = 0;
        while (!tournament.isFinished()) {
            QVERIFY(tournament.playNextMatch());
            runToEnd(*match);
            QVERIFY(match->isOver());
            QVERIFY(match->winnerSeat() == 0 || match->winnerSeat() == 1);
            ++played;
            QVERIFY(played <= 4);
        }
        QCOMPARE(played, 4);
        QVERIFY(tournament.nextMatch().isEmpty());
        QVERIFY(players.contains(tournament.champion()));
        const QVariantMap final = tournament.rounds()
                                      .last()
                                      .toMap()
                                      .value(QStringLiteral("matches"))
                                      .toList()
                                      .first()
                                      .toMap();
        QCOMPARE(final.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        const int side = final.value(QStringLiteral("winnerSide")).toInt();
        QCOMPARE(final.value(QStringLiteral("players")).toStringList().at(side),
                 tournament.champion());
        QCOMPARE(match->seatLabel(side), tournament.champion());
    }
};

class SeatKeysTest : public QObject {
    Q_OBJECT

private slots:
    void theLastKeyStillHeldWins()
    {
        SeatKeys keys;
        keys.setSeats({0});
        QCOMPARE(keys.press(0, engine::Input::Up, QStringLiteral("w")), std::vector<int>{0});
        QCOMPARE(keys.press(0, engine::Input::Down, QStringLiteral("s")), std::vector<int>{0});
        QCOMPARE(keys.held(0), engine::Input::Down);
        QCOMPARE(keys.press(0, engine::Input::Down, QStringLiteral("s")), std::vector<int>{});
        QCOMPARE(keys.release(QStringLiteral("s")), std::vector<int>{0});
        QCOMPARE(keys.held(0), engine::Input::Up); // still holding W
        QCOMPARE(keys.release(QStringLiteral("w")), std::vector<int>{0});
        QCOMPARE(keys.held(0), engine::Input::None);
        QCOMPARE(keys.press(3, engine::Input::Up, QStringLiteral("x")), std::vector<int>{});
    }

    void bindingsFollowTheSeatsAtTheKeyboard()
    {
        using Binding = SeatKeys::Binding;
        const auto seatOf = [](const std::vector<int> &seats, int key) {
            const auto binding = SeatKeys::bindingFor(seats, key);
            return binding ? binding->seat : -1;
        };
        QCOMPARE(seatOf({0, 1}, Qt::Key_W), 0);
        QCOMPARE(seatOf({0, 1}, Qt::Key_Up), 1);
        QCOMPARE(seatOf({0, 1}, Qt::Key_C), -1);
        QCOMPARE(seatOf({0, 1, 2, 3}, Qt::Key_V), 2);
        QCOMPARE(seatOf({0, 1, 2, 3}, Qt::Key_N), 3);
        QCOMPARE(seatOf({1}, Qt::Key_W), 1);
        QCOMPARE(seatOf({1}, Qt::Key_Left), -1);
        const std::optional<Binding> top = SeatKeys::bindingFor({2}, Qt::Key_Left);
        QVERIFY(top && top->seat == 2 && top->direction == engine::Input::Up);
        QVERIFY(!SeatKeys::bindingFor({}, Qt::Key_W));
    }
};

class PlaySettingsTest : public QObject {
    Q_OBJECT

private slots:
    void explainsEveryProblem()
    {
        QVERIFY(PlaySettings::problems(PlaySettings::classic()).isEmpty());
        QVariantMap config = PlaySettings::classic();
        config.insert(QStringLiteral("scoreLimit"), 2.5);
        config.insert(QStringLiteral("paddleLength"), 100);
        config.insert(QStringLiteral("ballMaxSpeed"), 40);
        const QVariantMap problems = PlaySettings::problems(config);
        QCOMPARE(problems.value(QStringLiteral("scoreLimit")).toString(),
                 QStringLiteral("Enter a whole number."));
        QCOMPARE(problems.value(QStringLiteral("paddleLength")).toString(),
                 QStringLiteral("Enter a number from 4 to 48."));
        QCOMPARE(problems.value(QStringLiteral("ballMaxSpeed")).toString(),
                 QStringLiteral("Must be at least the ball speed."));
        QCOMPARE(problems.size(), 3);
    }

    void describesTheSettings()
    {
        QCOMPARE(PlaySettings::summary(PlaySettings::classic()),
                 QStringLiteral("1 vs 1 · map Classic · first to 11 · ball speed 75 · paddle 16 · "
                                "no power-ups"));
        QVariantMap config = PlaySettings::classic(QStringLiteral("four_players"));
        config.insert(QStringLiteral("powerUps"), QStringList{QStringLiteral("multi_ball")});
        QVERIFY(PlaySettings::summary(config).contains(QStringLiteral("Multi-ball")));
        QVERIFY(PlaySettings::summary(config).contains(QStringLiteral("5 lives")));
        const QVariantMap limits = PlaySettings::limits();
        QCOMPARE(limits.value(QStringLiteral("lives")).toMap().value(QStringLiteral("max")).toInt(),
                 20);
    }
};

class FrameInterpolationTest : public QObject {
    Q_OBJECT

private slots:
    void glidesBetweenStatesButNotAcrossAServe()
    {
        engine::Snapshot from;
        from.players = {engine::PlayerState{}, engine::PlayerState{}};
        from.players[0].paddlePosition = 40;
        from.balls = {engine::BallState{}};
        from.balls[0].id = 1;
        from.balls[0].position = {10, 10};
        engine::Snapshot to = from;
        to.players[0].paddlePosition = 50;
        to.balls[0].position = {20, 30};
        engine::BallState served;
        served.id = 2;
        served.position = {80, 60};
        to.balls.push_back(served);

        const engine::Snapshot middle = interpolateSnapshot(from, to, 0.5);
        QCOMPARE(middle.players[0].paddlePosition, 45.0);
        QCOMPARE(middle.balls[0].position.x, 15.0);
        QCOMPARE(middle.balls[0].position.y, 20.0);
        QCOMPARE(middle.balls[1].position.x, 80.0); // new: where it is

        to.balls[0].position = {100, 10}; // a jump is a new serve, not a flight
        QCOMPARE(interpolateSnapshot(from, to, 0.5).balls[0].position.x, 100.0);
        QCOMPARE(interpolateSnapshot(from, to, 7.0).players[0].paddlePosition, 50.0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    LocalMatchTest localMatch;
    failures += QTest::qExec(&localMatch, argc, argv);
    LocalTournamentTest tournament;
    failures += QTest::qExec(&tournament, argc, argv);
    SeatKeysTest seatKeys;
    failures += QTest::qExec(&seatKeys, argc, argv);
    PlaySettingsTest settings;
    failures += QTest::qExec(&settings, argc, argv);
    FrameInterpolationTest interpolation;
    failures += QTest::qExec(&interpolation, argc, argv);
    return failures == 0 ? 0 : 1;
}

#include "LocalMatchTest.moc"
