// The per-match timeline is the engine's own account of a recorded match: every point in order
// with the standings after it, paddle hits and rallies, matching a live run of the same match.
#include "matches/MatchTimeline.h"

#include "engine/BallTrackingBot.h"
#include "engine/Match.h"
#include "replay/InputLog.h"

#include <QJsonArray>
#include <QTest>

using namespace transcendence;

namespace {

struct Played {
    replay::InputLog log{2};
    int hits[2] = {0, 0};
    int points = 0;
    std::vector<int> finalScores;
};

// Two ball-tracking bots, the second one clumsy (it stands still every other second), recorded
// like the play feature records a match.
Played play(const engine::MatchConfig &config, std::uint64_t seed)
{
    Played out;
    engine::Match match(config, seed);
    engine::BallTrackingBot left(config, 0);
    engine::BallTrackingBot right(config, 1);
    engine::Input held[2] = {engine::Input::None, engine::Input::None};
    while (!match.isOver() && match.currentStep() < 120 * 600) {
        const engine::Snapshot state = match.snapshot();
        engine::Input wanted[2] = {left.decide(state), right.decide(state)};
        if ((match.currentStep() / engine::kStepsPerSecond) % 2 == 1) {
            wanted[1] = engine::Input::None;
        }
        for (int seat = 0; seat < 2; ++seat) {
            if (wanted[seat] != held[seat]) {
                held[seat] = wanted[seat];
                match.setInput(seat, wanted[seat]);
                out.log.record(match.currentStep(), seat, wanted[seat]);
            }
        }
        match.step();
        for (const engine::MatchEvent &event : match.events()) {
            if (event.type == engine::MatchEvent::Type::PaddleHit) {
                ++out.hits[event.player];
            } else if (event.type == engine::MatchEvent::Type::PointScored) {
                ++out.points;
            }
        }
    }
    out.log.finish(match.currentStep());
    for (const engine::PlayerState &player : match.snapshot().players) {
        out.finalScores.push_back(player.score);
    }
    return out;
}

} // namespace

class MatchTimelineTest : public QObject {
    Q_OBJECT

private slots:
    void pointsHitsAndRalliesOfARecordedMatch()
    {
        engine::MatchConfig config;
        config.scoreLimit = 3;
        config.ballSpeed = 120;
        const Played played = play(config, 42);
        QVERIFY(played.points >= 3);

        const auto computed = server::matchTimeline(config, 42, played.log);
        QVERIFY(std::holds_alternative<QJsonObject>(computed));
        const QJsonObject timeline = std::get<QJsonObject>(computed);
        const QJsonArray points = timeline.value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), played.points);
        // In time order, each with the standings after it; the last one is the final score.
        double previous = 0;
        int sum = 0;
        for (const QJsonValue &entry : points) {
            const QJsonObject point = entry.toObject();
            QCOMPARE(point.value(QStringLiteral("kind")).toString(), QStringLiteral("point"));
            QVERIFY(point.value(QStringLiteral("atSeconds")).toDouble() >= previous);
            previous = point.value(QStringLiteral("atSeconds")).toDouble();
            const QJsonArray scores = point.value(QStringLiteral("scores")).toArray();
            QCOMPARE(scores.at(0).toInt() + scores.at(1).toInt(), ++sum);
        }
        const QJsonArray last = points.last().toObject().value(QStringLiteral("scores")).toArray();
        QCOMPARE(last.at(0).toInt(), played.finalScores[0]);
        QCOMPARE(last.at(1).toInt(), played.finalScores[1]);
        const QJsonArray hits = timeline.value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.at(0).toInt(), played.hits[0]);
        QCOMPARE(hits.at(1).toInt(), played.hits[1]);
        const QJsonObject rallies = timeline.value(QStringLiteral("rallies")).toObject();
        QCOMPARE(rallies.value(QStringLiteral("count")).toInt(), played.points);
        QVERIFY(rallies.value(QStringLiteral("longest")).toInt() >= 1);
        QCOMPARE(timeline.value(QStringLiteral("endStep")).toInteger(), played.log.endStep());
        QCOMPARE(timeline.value(QStringLiteral("durationSeconds")).toDouble(),
                 double(played.log.endStep()) / engine::kStepsPerSecond);
    }

    void aLogForOtherPlayersIsRefused()
    {
        engine::MatchConfig config;
        replay::InputLog fourPlayers(4);
        fourPlayers.finish(10);
        QVERIFY(std::holds_alternative<QString>(server::matchTimeline(config, 1, fourPlayers)));
        config.scoreLimit = 0; // invalid
        replay::InputLog two(2);
        two.finish(10);
        QVERIFY(std::holds_alternative<QString>(server::matchTimeline(config, 1, two)));
    }
};

QTEST_GUILESS_MAIN(MatchTimelineTest)
#include "MatchTimelineTest.moc"
