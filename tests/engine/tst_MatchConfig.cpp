#include "engine/MatchConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace transcendence::engine;

class MatchConfigTest : public QObject {
    Q_OBJECT

private slots:
    void defaultIsTheClassicGame()
    {
        const MatchConfig config;
        QVERIFY(config.validate().isEmpty());
        QCOMPARE(config.mode, GameMode::OneVsOne);
        QCOMPARE(config.map, MapId::Classic);
        QCOMPARE(config.scoreLimit, 11);
        QVERIFY(!config.winByTwo);
        QVERIFY(config.powerUps.empty());
        QCOMPARE(config.playerCount(), 2);
    }

    void jsonRoundTripKeepsEveryField()
    {
        MatchConfig config;
        config.mode = GameMode::FourPlayers;
        config.map = MapId::Crossroads;
        config.ballSpeed = 70.5;
        config.ballSpeedIncrement = 2.25;
        config.ballMaxSpeed = 200;
        config.paddleLength = 20;
        config.paddleSpeed = 100;
        config.scoreLimit = 7;
        config.winByTwo = true;
        config.lives = 3;
        config.serveDelay = 0.5;
        config.powerUps = {PowerUpKind::MultiBall, PowerUpKind::BiggerPaddle};
        config.powerUpSpawnInterval = 4;
        config.powerUpLifetime = 6;
        config.powerUpDuration = 5;
        const QByteArray wire = QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact);
        const auto parsed = MatchConfig::fromJson(QJsonDocument::fromJson(wire).object());
        QVERIFY(std::holds_alternative<MatchConfig>(parsed));
        QVERIFY(std::get<MatchConfig>(parsed) == config);
    }

    void missingFieldsKeepClassicValues()
    {
        const auto parsed = MatchConfig::fromJson({{QStringLiteral("scoreLimit"), 5}});
        QVERIFY(std::holds_alternative<MatchConfig>(parsed));
        MatchConfig expected;
        expected.scoreLimit = 5;
        QVERIFY(std::get<MatchConfig>(parsed) == expected);
    }

    void reportsTheBadField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reportedField");

        auto row = [](const char *name, const char *field, QJsonValue value,
                      const char *reported = nullptr) {
            QTest::newRow(name) << QString::fromLatin1(field) << value
                                << QString::fromLatin1(reported ? reported : field);
        };
        row("ball too slow", "ballSpeed", 10);
        row("ball speed not a number", "ballSpeed", QStringLiteral("fast"));
        row("max below serve speed", "ballMaxSpeed", 30, "ballMaxSpeed");
        row("huge paddle", "paddleLength", 100);
        row("negative increment", "ballSpeedIncrement", -1);
        row("fractional score limit", "scoreLimit", 2.5);
        row("zero score limit", "scoreLimit", 0);
        row("too many lives", "lives", 21);
        row("unknown mode", "mode", QStringLiteral("five_vs_five"));
        row("mode not a string", "mode", 2);
        row("unknown map", "map", QStringLiteral("moon"));
        row("unknown power-up", "powerUps", QJsonArray{QStringLiteral("laser")});
        row("repeated power-up", "powerUps",
            QJsonArray{QStringLiteral("multi_ball"), QStringLiteral("multi_ball")});
        row("power-ups not an array", "powerUps", QStringLiteral("multi_ball"));
        row("win by two not a bool", "winByTwo", QStringLiteral("yes"));
        row("long serve delay", "serveDelay", 6);
        row("unknown field", "gravity", 9.81);
    }

    void reportsTheBadField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reportedField);
        QJsonObject object{{QStringLiteral("ballSpeed"), 40}};
        object.insert(field, value);
        const auto parsed = MatchConfig::fromJson(object);
        QVERIFY(std::holds_alternative<FieldErrors>(parsed));
        const FieldErrors errors = std::get<FieldErrors>(parsed);
        QCOMPARE(errors.keys(), QStringList{reportedField});
        QVERIFY(!errors.value(reportedField).isEmpty());
    }

    void reportsEveryBadFieldAtOnce()
    {
        const QJsonObject object{{QStringLiteral("ballSpeed"), 1000},
                                 {QStringLiteral("lives"), 0},
                                 {QStringLiteral("map"), QStringLiteral("moon")}};
        const auto parsed = MatchConfig::fromJson(object);
        QVERIFY(std::holds_alternative<FieldErrors>(parsed));
        QCOMPARE(std::get<FieldErrors>(parsed).keys(),
                 (QStringList{QStringLiteral("ballSpeed"), QStringLiteral("lives"),
                              QStringLiteral("map")}));
    }

    void validateCatchesValuesSetInCode()
    {
        MatchConfig config;
        config.paddleSpeed = std::numeric_limits<double>::quiet_NaN();
        config.ballMaxSpeed = config.ballSpeed - 1;
        config.powerUps = {PowerUpKind::FasterBall, PowerUpKind::FasterBall};
        QCOMPARE(config.validate().keys(),
                 (QStringList{QStringLiteral("ballMaxSpeed"), QStringLiteral("paddleSpeed"),
                              QStringLiteral("powerUps")}));
    }

    // Forms check values against numericFieldLimits(): each limit is accepted, a step past it
    // is refused, and every numeric field of the JSON form is listed.
    void numericLimitsAreTheOnesValidated()
    {
        const std::vector<NumericFieldLimit> limits = numericFieldLimits();
        QCOMPARE(limits.size(), std::size_t(11));
        for (const NumericFieldLimit &limit : limits) {
            QVERIFY2(MatchConfig().toJson().value(limit.name).isDouble(), qPrintable(limit.name));
            // ballMaxSpeed must also stay at or above ballSpeed: test each end with room for it.
            const QJsonObject base{{QStringLiteral("ballSpeed"), 20},
                                   {QStringLiteral("ballMaxSpeed"), 320}};
            for (const double value : {limit.min, limit.max}) {
                QJsonObject object = base;
                object.insert(limit.name, value);
                QVERIFY2(std::holds_alternative<MatchConfig>(MatchConfig::fromJson(object)),
                         qPrintable(limit.name));
            }
            const double step = limit.integer ? 1.0 : 0.5;
            for (const double value : {limit.min - step, limit.max + step}) {
                QJsonObject object = base;
                object.insert(limit.name, value);
                const auto parsed = MatchConfig::fromJson(object);
                QVERIFY2(std::holds_alternative<FieldErrors>(parsed) &&
                             std::get<FieldErrors>(parsed).contains(limit.name),
                         qPrintable(limit.name));
            }
        }
    }

    void fieldErrorsBecomeTheJsonFieldsObject()
    {
        const FieldErrors errors{
            {QStringLiteral("lives"), QStringLiteral("must be between 1 and 20")}};
        const QJsonObject json = fieldErrorsToJson(errors);
        QCOMPARE(json.value(QStringLiteral("lives")).toString(),
                 QStringLiteral("must be between 1 and 20"));
        QCOMPARE(json.size(), 1);
    }

    void secondsBecomeWholeSteps()
    {
        QCOMPARE(secondsToSteps(1.0), std::int64_t(kStepsPerSecond));
        QCOMPARE(secondsToSteps(0.5), std::int64_t(kStepsPerSecond / 2));
        QCOMPARE(secondsToSteps(0.0), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(MatchConfigTest)
#include "tst_MatchConfig.moc"
