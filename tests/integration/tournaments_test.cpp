// Tournaments through the real server, PostgreSQL and WebSockets: a 5-player online bracket to
// its winner (a bye, a played match, walkovers, a player leaving, and who is told what), a
// 4-alias local tournament played at one keyboard, and a bracket that survives a restart.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"
#include "engine/BallTrackingBot.h"
#include "engine/SnapshotCodec.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <map>
#include <memory>

using namespace transcendence;
using namespace transcendence::testing;

namespace {

const QString kPublicUrl = QStringLiteral("https://localhost:9443");
constexpr int kShowUpSeconds = 3;

QJsonObject message(const QString &type, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("type"), type);
    return fields;
}

// Fast and unforgiving, so a match to 2 ends in seconds of real time.
engine::MatchConfig quickConfig()
{
    engine::MatchConfig config;
    config.scoreLimit = 2;
    config.ballSpeed = 200;
    config.ballMaxSpeed = 320;
    config.ballSpeedIncrement = 40;
    config.paddleSpeed = 40;
    config.paddleLength = 8;
    config.serveDelay = 0.2;
    return config;
}

QString typeOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("type")).toString();
}

// One signed-in player with a socket; every message but snapshots is kept to be looked at.
struct Player {
    ApiTestClient::Account account;
    std::unique_ptr<WebSocketTestClient> socket;
    QList<QJsonObject> inbox;

    // The first kept message of this type matching the predicate, waiting for it if needed;
    // it is removed from the inbox. Empty if none came in time.
    QJsonObject take(const QString &type, int timeoutMs = 10'000,
                     const std::function<bool(const QJsonObject &)> &match = {})
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            for (qsizetype i = 0; i < inbox.size(); ++i) {
                if (typeOf(inbox[i]) == type && (!match || match(inbox[i]))) {
                    return inbox.takeAt(i);
                }
            }
            if (deadline.hasExpired()) {
                return {};
            }
            const QJsonObject received =
                socket->next(int(qMax<qint64>(1, deadline.remainingTime())));
            if (!received.isEmpty() && typeOf(received) != QLatin1String("snapshot")) {
                inbox.append(received);
            }
        }
    }
    int count(const QString &type) const
    {
        int n = 0;
        for (const QJsonObject &m : inbox) {
            n += typeOf(m) == type ? 1 : 0;
        }
        return n;
    }
};

} // namespace

class TournamentsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void requestsAreChecked();
    void localTournamentOfFourAliasesCompletes();
    void fivePlayerOnlineTournamentRunsToItsWinner();
    void bracketSurvivesARestart();
    void aStoredResultDecidesItsMatchAfterACrash();

private:
    bool startServer(int showUpSeconds = kShowUpSeconds);
    std::unique_ptr<Player> connect(const ApiTestClient::Account &account);
    std::unique_ptr<Player> newPlayer(const QString &prefix);
    // Three new players (prefix1_, 2_, 3_) in an online cup the first one made and started: seed 1
    // has a bye, 2 and 3 play. The cup's id, or 0 if a step failed.
    qint64 startThreePlayerCup(std::vector<std::unique_ptr<Player>> &players, const QString &prefix,
                               const QString &name);
    // Plays the match every player is in with bots until each got matchOver; the matchOver of
    // the first player, or a problem.
    QJsonObject playOut(const std::vector<Player *> &players, QString *problem);
    QJsonObject tournament(const Player &viewer, qint64 id);
    static QJsonObject matchAt(const QJsonObject &tournament, int round, int slot);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

bool TournamentsTest::startServer(int showUpSeconds)
{
    m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_SHOW_UP_SECONDS"),
                                   QString::number(showUpSeconds));
    if (!m_server->start()) {
        return false;
    }
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
    return true;
}

void TournamentsTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    QVERIFY2(startServer(), qPrintable(m_server->log()));
}

std::unique_ptr<Player> TournamentsTest::connect(const ApiTestClient::Account &account)
{
    auto player = std::make_unique<Player>();
    player->account = account;
    player->socket = std::make_unique<WebSocketTestClient>();
    const QString ticket = m_api->wsTicket(account.accessToken);
    if (ticket.isEmpty() ||
        !player->socket->open(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port()))) {
        return nullptr;
    }
    player->socket->sendJson(
        message(QStringLiteral("hello"), {{QStringLiteral("version"), 1},
                                          {QStringLiteral("client"), QStringLiteral("cup-test")},
                                          {QStringLiteral("ticket"), ticket}}));
    if (typeOf(player->socket->next()) != QLatin1String("welcome")) {
        return nullptr;
    }
    return player;
}

qint64 TournamentsTest::startThreePlayerCup(std::vector<std::unique_ptr<Player>> &players,
                                            const QString &prefix, const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        players.push_back(newPlayer(prefix + QStringLiteral("%1_").arg(i + 1)));
        if (!players.back()) {
            return 0;
        }
    }
    const HttpAnswer created = m_api->authorized(
        "POST", QStringLiteral("/api/tournaments"), players[0]->account.accessToken,
        {{QStringLiteral("kind"), QStringLiteral("online")},
         {QStringLiteral("name"), name},
         {QStringLiteral("config"), quickConfig().toJson()}});
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    const QString base = QStringLiteral("/api/tournaments/%1").arg(id);
    for (auto &player : players) {
        if (m_api->authorized("POST", base + "/join", player->account.accessToken).status != 200) {
            return 0;
        }
    }
    const int started =
        m_api->authorized("POST", base + "/start", players[0]->account.accessToken).status;
    return id > 0 && started == 200 ? id : 0;
}

std::unique_ptr<Player> TournamentsTest::newPlayer(const QString &prefix)
{
    return connect(m_api->registerAccount(prefix));
}

QJsonObject TournamentsTest::tournament(const Player &viewer, qint64 id)
{
    return m_api
        ->authorized("GET", QStringLiteral("/api/tournaments/%1").arg(id),
                     viewer.account.accessToken)
        .json();
}

QJsonObject TournamentsTest::matchAt(const QJsonObject &tournament, int round, int slot)
{
    for (const QJsonValue &match : tournament.value(QStringLiteral("matches")).toArray()) {
        const QJsonObject object = match.toObject();
        if (object.value(QStringLiteral("round")).toInt() == round &&
            object.value(QStringLiteral("slot")).toInt() == slot) {
            return object;
        }
    }
    return {};
}

QJsonObject TournamentsTest::playOut(const std::vector<Player *> &players, QString *problem)
{
    struct Driver {
        Player *player;
        std::map<int, engine::BallTrackingBot> bots;
        std::map<int, engine::Input> held;
        qint64 seq = 0;
        QJsonObject over;
    };
    std::vector<Driver> drivers;
    for (Player *player : players) {
        Driver driver{player, {}, {}, 0, {}};
        const QJsonObject started = player->take(QStringLiteral("matchStarted"));
        const auto config =
            engine::MatchConfig::fromJson(started.value(QStringLiteral("config")).toObject());
        if (!std::holds_alternative<engine::MatchConfig>(config)) {
            *problem = QStringLiteral("no matchStarted for ") + player->account.username;
            return {};
        }
        for (const QJsonValue &seat : started.value(QStringLiteral("seats")).toArray()) {
            if (seat.toObject().value(QStringLiteral("controlledByYou")).toBool()) {
                const int index = seat.toObject().value(QStringLiteral("seat")).toInt();
                driver.bots.emplace(
                    index, engine::BallTrackingBot(std::get<engine::MatchConfig>(config), index));
                driver.held[index] = engine::Input::None;
            }
        }
        drivers.push_back(std::move(driver));
    }
    const QDeadlineTimer deadline(60'000);
    for (;;) {
        bool allOver = true;
        for (Driver &driver : drivers) {
            if (!driver.over.isEmpty()) {
                continue;
            }
            allOver = false;
            const QJsonObject received = driver.player->socket->next(20);
            if (typeOf(received) == QLatin1String("matchOver")) {
                driver.over = received;
                continue;
            }
            if (typeOf(received) != QLatin1String("snapshot")) {
                if (!received.isEmpty()) {
                    driver.player->inbox.append(received);
                }
                continue;
            }
            const auto state =
                engine::snapshotFromJson(received.value(QStringLiteral("state")).toObject());
            if (!std::holds_alternative<engine::Snapshot>(state)) {
                continue;
            }
            for (auto &[seat, bot] : driver.bots) {
                const engine::Input key = bot.decide(std::get<engine::Snapshot>(state));
                if (key != driver.held[seat]) {
                    driver.held[seat] = key;
                    driver.player->socket->sendJson(
                        message(QStringLiteral("input"),
                                {{QStringLiteral("seq"), ++driver.seq},
                                 {QStringLiteral("seat"), seat},
                                 {QStringLiteral("key"), engine::inputName(key)}}));
                }
            }
        }
        if (allOver) {
            return drivers.front().over;
        }
        if (deadline.hasExpired()) {
            *problem = QStringLiteral("no matchOver within 60 s");
            return {};
        }
    }
}

void TournamentsTest::requestsAreChecked()
{
    auto owner = newPlayer(QStringLiteral("own_"));
    QVERIFY(owner);
    const QString token = owner->account.accessToken;
    const auto fieldsOf = [](const HttpAnswer &answer) {
        return answer.json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("fields"))
            .toObject();
    };
    QCOMPARE(m_api->http()
                 .send("GET", m_server->baseUrl() + QStringLiteral("/api/tournaments"), {}, {})
                 .status,
             401);
    HttpAnswer bad = m_api->authorized(
        "POST", QStringLiteral("/api/tournaments"), token,
        {{QStringLiteral("kind"), QStringLiteral("local")},
         {QStringLiteral("name"), QStringLiteral("  ")},
         {QStringLiteral("aliases"), QJsonArray{QStringLiteral("Ann"), QStringLiteral("Bob"),
                                                QStringLiteral(" ann "), QString(QChar(0x7))}},
         {QStringLiteral("config"), QJsonObject{{QStringLiteral("scoreLimit"), -1}}}});
    QCOMPARE(bad.status, 422);
    QStringList fields = fieldsOf(bad).keys();
    fields.sort();
    QCOMPARE(fields, QStringList({QStringLiteral("aliases[2]"), QStringLiteral("aliases[3]"),
                                  QStringLiteral("config.scoreLimit"), QStringLiteral("name")}));
    bad = m_api->authorized(
        "POST", QStringLiteral("/api/tournaments"), token,
        {{QStringLiteral("kind"), QStringLiteral("local")},
         {QStringLiteral("name"), QStringLiteral("Two")},
         {QStringLiteral("aliases"), QJsonArray{QStringLiteral("Ann"), QStringLiteral("Bob")}}});
    QVERIFY(fieldsOf(bad).contains(QStringLiteral("aliases")));
    bad = m_api->authorized("POST", QStringLiteral("/api/tournaments"), token,
                            {{QStringLiteral("kind"), QStringLiteral("online")},
                             {QStringLiteral("name"), QStringLiteral("Cup")},
                             {QStringLiteral("minPlayers"), 8},
                             {QStringLiteral("maxPlayers"), 4}});
    QVERIFY(fieldsOf(bad).contains(QStringLiteral("maxPlayers")));

    // An online tournament: join, the full/duplicate/alias rules, start and cancel.
    const HttpAnswer created =
        m_api->authorized("POST", QStringLiteral("/api/tournaments"), token,
                          {{QStringLiteral("kind"), QStringLiteral("online")},
                           {QStringLiteral("name"), QStringLiteral("Small cup")},
                           {QStringLiteral("maxPlayers"), 3}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    const QString base = QStringLiteral("/api/tournaments/%1").arg(id);
    auto a = newPlayer(QStringLiteral("ja_"));
    auto b = newPlayer(QStringLiteral("jb_"));
    auto c = newPlayer(QStringLiteral("jc_"));
    QCOMPARE(m_api
                 ->authorized("POST", base + "/join", a->account.accessToken,
                              {{QStringLiteral("alias"), QStringLiteral("Zed")}})
                 .status,
             200);
    QCOMPARE(m_api->authorized("POST", base + "/join", a->account.accessToken).status, 409);
    const HttpAnswer taken = m_api->authorized("POST", base + "/join", b->account.accessToken,
                                               {{QStringLiteral("alias"), QStringLiteral("zED")}});
    QCOMPARE(taken.status, 422);
    QVERIFY(fieldsOf(taken).contains(QStringLiteral("alias")));
    QCOMPARE(m_api->authorized("POST", base + "/join", b->account.accessToken).status, 200);
    QCOMPARE(m_api->authorized("POST", base + "/start", token)
                 .json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code")),
             QJsonValue(QStringLiteral("not_enough_players")));
    QCOMPARE(m_api->authorized("POST", base + "/leave", b->account.accessToken).status, 200);
    QCOMPARE(tournament(*owner, id).value(QStringLiteral("playerCount")).toInt(), 1);
    QCOMPARE(m_api->authorized("POST", base + "/cancel", a->account.accessToken).status, 403);
    QCOMPARE(m_api->authorized("POST", base + "/cancel", token).status, 200);
    QCOMPARE(m_api->authorized("POST", base + "/join", c->account.accessToken).status, 409);
    QCOMPARE(m_api->authorized("POST", base + "/start", token).status, 409);
    QCOMPARE(m_api->authorized("GET", base + "/start", token).status, 405);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/tournaments/x1"), token).status, 404);

    const QJsonObject cancelled =
        m_api->authorized("GET", QStringLiteral("/api/tournaments?status=cancelled&limit=1"), token)
            .json();
    QCOMPARE(cancelled.value(QStringLiteral("tournaments"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             id);
    QCOMPARE(
        m_api->authorized("GET", QStringLiteral("/api/tournaments?status=paused"), token).status,
        422);
}

void TournamentsTest::localTournamentOfFourAliasesCompletes()
{
    auto owner = newPlayer(QStringLiteral("loc_"));
    auto stranger = newPlayer(QStringLiteral("str_"));
    QVERIFY(owner && stranger);
    const HttpAnswer created = m_api->authorized(
        "POST", QStringLiteral("/api/tournaments"), owner->account.accessToken,
        {{QStringLiteral("kind"), QStringLiteral("local")},
         {QStringLiteral("name"), QStringLiteral("Kitchen cup")},
         {QStringLiteral("config"), quickConfig().toJson()},
         {QStringLiteral("aliases"), QJsonArray{QStringLiteral("Ann"), QStringLiteral("Bob"),
                                                QStringLiteral("Cid"), QStringLiteral("Dee")}}});
    QCOMPARE(created.status, 201);
    const QJsonObject cup = created.json();
    const qint64 id = cup.value(QStringLiteral("id")).toInteger();
    QCOMPARE(cup.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    QCOMPARE(cup.value(QStringLiteral("rounds")).toInt(), 2);
    QCOMPARE(cup.value(QStringLiteral("nextMatch"))
                 .toObject()
                 .value(QStringLiteral("announcement"))
                 .toString(),
             QStringLiteral("Ann vs Dee"));
    // Someone else's local tournament is invisible, and not theirs to play.
    QCOMPARE(m_api
                 ->authorized("GET", QStringLiteral("/api/tournaments/%1").arg(id),
                              stranger->account.accessToken)
                 .status,
             404);
    stranger->socket->sendJson(
        message(QStringLiteral("playTournamentMatch"), {{QStringLiteral("tournamentId"), id}}));
    QCOMPARE(stranger->take(QStringLiteral("error")).value(QStringLiteral("code")).toString(),
             QStringLiteral("tournament_not_found"));

    const QStringList announced{QStringLiteral("Bob vs Cid"), QString()};
    for (int match = 0; match < 3; ++match) {
        owner->socket->sendJson(
            message(QStringLiteral("playTournamentMatch"), {{QStringLiteral("tournamentId"), id}}));
        QString problem;
        const QJsonObject over = playOut({owner.get()}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + m_server->log().right(3000)));
        QCOMPARE(over.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
        // (Creating it was an update too, with no match in it.)
        const QJsonObject update =
            owner->take(QStringLiteral("tournamentUpdate"), 10'000, [](const QJsonObject &m) {
                return !m.value(QStringLiteral("matches")).toArray().isEmpty();
            });
        QVERIFY2(!update.isEmpty(), qPrintable(m_server->log().right(3000)));
        QCOMPARE(update.value(QStringLiteral("matches"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("played"));
        if (match == 0) {
            QCOMPARE(update.value(QStringLiteral("announcement")).toString(), announced[0]);
        }
    }
    const QJsonObject over = owner->take(QStringLiteral("tournamentOver"));
    const QJsonObject finished = tournament(*owner, id);
    QCOMPARE(finished.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(over.value(QStringLiteral("winner")), finished.value(QStringLiteral("winner")));
    QVERIFY(finished.value(QStringLiteral("nextMatch")).isNull());
    const QJsonObject final = matchAt(finished, 2, 0);
    QVERIFY(final.value(QStringLiteral("matchId")).toInteger() > 0);
    // The stored match belongs to the tournament, with the aliases as guest seats.
    const QJsonObject stored =
        m_api
            ->authorized("GET",
                         QStringLiteral("/api/matches/%1")
                             .arg(final.value(QStringLiteral("matchId")).toInteger()),
                         owner->account.accessToken)
            .json();
    QCOMPARE(stored.value(QStringLiteral("kind")).toString(), QStringLiteral("tournament"));
    // Nothing is left to play.
    owner->socket->sendJson(
        message(QStringLiteral("playTournamentMatch"), {{QStringLiteral("tournamentId"), id}}));
    const auto answersPlay = [](const QJsonObject &m) {
        return m.value(QStringLiteral("ref")).toString() == QLatin1String("playTournamentMatch");
    };
    QCOMPARE(owner->take(QStringLiteral("error"), 5'000, answersPlay)
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("no_tournament_match"));
}

void TournamentsTest::fivePlayerOnlineTournamentRunsToItsWinner()
{
    // Five players with the same rating: seeds in the order they join (1 = first).
    std::vector<std::unique_ptr<Player>> players;
    for (int i = 0; i < 5; ++i) {
        players.push_back(newPlayer(QStringLiteral("p%1_").arg(i + 1)));
        QVERIFY(players.back());
    }
    Player &s1 = *players[0];
    Player &s2 = *players[1];
    Player &s3 = *players[2];
    Player &s4 = *players[3];
    Player &s5 = *players[4];
    const HttpAnswer created =
        m_api->authorized("POST", QStringLiteral("/api/tournaments"), s1.account.accessToken,
                          {{QStringLiteral("kind"), QStringLiteral("online")},
                           {QStringLiteral("name"), QStringLiteral("Five cup")},
                           {QStringLiteral("config"), quickConfig().toJson()}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    const QString base = QStringLiteral("/api/tournaments/%1").arg(id);
    for (auto &player : players) {
        QCOMPARE(m_api->authorized("POST", base + "/join", player->account.accessToken).status,
                 200);
    }
    QCOMPARE(m_api->authorized("POST", base + "/start", s2.account.accessToken).status, 403);
    const HttpAnswer started = m_api->authorized("POST", base + "/start", s1.account.accessToken);
    QCOMPARE(started.status, 200);
    const QJsonObject bracket = started.json();
    QCOMPARE(bracket.value(QStringLiteral("rounds")).toInt(), 3);
    // Byes for seeds 1, 2, 3; 4 v 5 in round 1; 2 v 3 in round 2 at once.
    int byes = 0;
    for (int slot = 0; slot < 4; ++slot) {
        byes += matchAt(bracket, 1, slot).value(QStringLiteral("result")).toString() ==
                QLatin1String("bye");
    }
    QCOMPARE(byes, 3);

    const auto readyFor = [](Player &player, int round) {
        return player.take(QStringLiteral("tournamentMatchReady"), 10'000,
                           [round](const QJsonObject &m) {
                               return m.value(QStringLiteral("round")).toInt() == round;
                           });
    };
    const QJsonObject ready4 = readyFor(s4, 1);
    const QJsonObject ready5 = readyFor(s5, 1);
    QVERIFY2(!ready4.isEmpty(), qPrintable(m_server->log().right(3000)));
    QCOMPARE(ready4.value(QStringLiteral("roomId")), ready5.value(QStringLiteral("roomId")));
    QCOMPARE(ready4.value(QStringLiteral("opponent")).toObject().value(QStringLiteral("label")),
             ready5.value(QStringLiteral("you")).toObject().value(QStringLiteral("label")));
    const QJsonObject ready2 = readyFor(s2, 2);
    QVERIFY(!readyFor(s3, 2).isEmpty());
    QVERIFY(!ready2.isEmpty());
    QCOMPARE(s1.count(QStringLiteral("tournamentMatchReady")), 0); // seed 1 waits for 4 or 5
    QVERIFY(!s1.take(QStringLiteral("tournamentUpdate")).isEmpty());

    // 2 enters; 3 never does: a walkover for 2 once the deadline passes.
    s2.socket->sendJson(
        message(QStringLiteral("join"),
                {{QStringLiteral("roomId"), ready2.value(QStringLiteral("roomId"))}}));
    // 4 and 5 play their match to the end.
    for (Player *p : {&s4, &s5}) {
        p->socket->sendJson(
            message(QStringLiteral("join"),
                    {{QStringLiteral("roomId"), ready4.value(QStringLiteral("roomId"))}}));
    }
    QString problem;
    const QJsonObject played = playOut({&s4, &s5}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + m_server->log().right(3000)));
    QCOMPARE(played.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
    Player &winner45 = played.value(QStringLiteral("winnerSeat")).toInt() == 0 ? s4 : s5;
    Player &loser45 = &winner45 == &s4 ? s5 : s4;

    // Seed 1 and the winner of 4-5 are told about their round-2 match; the loser is not.
    const QJsonObject ready1 = readyFor(s1, 2);
    QVERIFY2(!ready1.isEmpty(), qPrintable(m_server->log().right(3000)));
    QCOMPARE(ready1.value(QStringLiteral("opponent")).toObject().value(QStringLiteral("entryId")),
             readyFor(winner45, 2)
                 .value(QStringLiteral("you"))
                 .toObject()
                 .value(QStringLiteral("entryId")));
    // 1 enters, the winner of 4-5 does not: walkover for 1. Meanwhile 2 won by walkover.
    s1.socket->sendJson(
        message(QStringLiteral("join"),
                {{QStringLiteral("roomId"), ready1.value(QStringLiteral("roomId"))}}));
    const QJsonObject final1 = readyFor(s1, 3);
    const QJsonObject final2 = readyFor(s2, 3);
    QVERIFY2(!final1.isEmpty() && !final2.isEmpty(), qPrintable(m_server->log().right(3000)));
    // The final: 1 leaves the tournament, 2 wins it by forfeit.
    QCOMPARE(m_api->authorized("POST", base + "/leave", s1.account.accessToken).status, 200);
    for (auto &player : players) {
        if (player.get() == &s1) {
            continue; // gone
        }
        const QJsonObject over = player->take(QStringLiteral("tournamentOver"));
        QVERIFY2(!over.isEmpty(), qPrintable(player->account.username));
        QCOMPARE(
            over.value(QStringLiteral("winner")).toObject().value(QStringLiteral("label")),
            final1.value(QStringLiteral("opponent")).toObject().value(QStringLiteral("label")));
    }
    QCOMPARE(loser45.count(QStringLiteral("tournamentMatchReady")), 0);

    const QJsonObject result = tournament(s3, id);
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    const auto resultOf = [&result](int round, int slot) {
        return matchAt(result, round, slot).value(QStringLiteral("result")).toString();
    };
    QCOMPARE(resultOf(1, 1), QStringLiteral("played"));
    QCOMPARE(resultOf(2, 0), QStringLiteral("walkover"));
    QCOMPARE(resultOf(2, 1), QStringLiteral("walkover"));
    QCOMPARE(resultOf(3, 0), QStringLiteral("forfeit"));
    QVERIFY(matchAt(result, 1, 1).value(QStringLiteral("matchId")).toInteger() > 0);
    QCOMPARE(result.value(QStringLiteral("winner")).toObject().value(QStringLiteral("entryId")),
             final2.value(QStringLiteral("you")).toObject().value(QStringLiteral("entryId")));
    // A finished match cannot be entered again.
    s4.socket->sendJson(
        message(QStringLiteral("join"),
                {{QStringLiteral("roomId"), ready4.value(QStringLiteral("roomId"))}}));
    QVERIFY(!s4.take(QStringLiteral("error")).isEmpty());
}

void TournamentsTest::bracketSurvivesARestart()
{
    std::vector<std::unique_ptr<Player>> players;
    const qint64 id =
        startThreePlayerCup(players, QStringLiteral("r"), QStringLiteral("Restart cup"));
    QVERIFY2(id > 0, qPrintable(m_server->log().right(3000)));
    const QString base = QStringLiteral("/api/tournaments/%1").arg(id);
    // Seed 1 has a bye; 2 v 3: 2 enters, 3 does not, so 2 reaches the final by walkover.
    const QJsonObject first = players[1]->take(QStringLiteral("tournamentMatchReady"));
    QVERIFY2(!first.isEmpty(), qPrintable(m_server->log().right(3000)));
    players[1]->socket->sendJson(
        message(QStringLiteral("join"),
                {{QStringLiteral("roomId"), first.value(QStringLiteral("roomId"))}}));
    const QJsonObject final = players[0]->take(QStringLiteral("tournamentMatchReady"), 15'000);
    QVERIFY2(!final.isEmpty(), qPrintable(m_server->log().right(3000)));
    QCOMPARE(final.value(QStringLiteral("round")).toInt(), 2);

    // The server stops with the final waiting for its players, and starts again.
    const QString seed1Name = players[0]->account.username;
    players.clear();
    QCOMPARE(m_server->terminate(), 0);
    QVERIFY2(startServer(), qPrintable(m_server->log()));
    QVERIFY(m_server->waitForEvent(QStringLiteral("tournaments_resumed")));
    // Only the undecided final gets a room again, with a new id and deadline; the decided
    // semi-final is not replayed.
    QVERIFY(m_server->waitForEvent(QStringLiteral("tournament_room_opened")));
    QTest::qWait(500);
    const QList<QJsonObject> reopened = m_server->events(QStringLiteral("tournament_room_opened"));
    QCOMPARE(reopened.size(), 1);
    QCOMPARE(reopened.first().value(QStringLiteral("round")).toInt(), 2);
    QVERIFY(reopened.first().value(QStringLiteral("roomId")) !=
            final.value(QStringLiteral("roomId")));

    // A finalist who connects now is told about the room; entering wins the walkover.
    auto seed1 = connect(m_api->login(seed1Name));
    QVERIFY(seed1);
    const QJsonObject again = seed1->take(QStringLiteral("tournamentMatchReady"));
    QCOMPARE(again.value(QStringLiteral("roomId")),
             reopened.first().value(QStringLiteral("roomId")));
    seed1->socket->sendJson(
        message(QStringLiteral("join"),
                {{QStringLiteral("roomId"), again.value(QStringLiteral("roomId"))}}));
    const QJsonObject over = seed1->take(QStringLiteral("tournamentOver"), 15'000);
    QVERIFY2(!over.isEmpty(), qPrintable(m_server->log().right(3000)));
    const QJsonObject result = tournament(*seed1, id);
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(matchAt(result, 1, 1).value(QStringLiteral("result")).toString(),
             QStringLiteral("walkover"));
    QCOMPARE(matchAt(result, 2, 0).value(QStringLiteral("result")).toString(),
             QStringLiteral("walkover"));
    QCOMPARE(over.value(QStringLiteral("winner")).toObject().value(QStringLiteral("entryId")),
             again.value(QStringLiteral("you")).toObject().value(QStringLiteral("entryId")));
}

// The server stored a match with its winner and died before it wrote the result into the
// bracket (simulated: the server is killed while the room waits, and the stored match is
// written as that server would have). The server that starts next does not play the match
// again: it finds the stored match of the room named in the bracket and decides the bracket
// match from it, once; the final gets its room.
void TournamentsTest::aStoredResultDecidesItsMatchAfterACrash()
{
    QCOMPARE(m_server->terminate(), 0);
    QVERIFY2(startServer(120), qPrintable(m_server->log())); // no walkover meanwhile
    std::vector<std::unique_ptr<Player>> players;
    const qint64 id =
        startThreePlayerCup(players, QStringLiteral("k"), QStringLiteral("Crash cup"));
    QVERIFY2(id > 0, qPrintable(m_server->log().right(3000)));
    const QString base = QStringLiteral("/api/tournaments/%1").arg(id);
    const QJsonObject ready = players[1]->take(QStringLiteral("tournamentMatchReady"));
    QVERIFY2(!ready.isEmpty(), qPrintable(m_server->log().right(3000)));
    const QString roomId = ready.value(QStringLiteral("roomId")).toString();
    const int round = ready.value(QStringLiteral("round")).toInt();
    const int slot = ready.value(QStringLiteral("slot")).toInt();
    const QString bracketRoom = QStringLiteral("SELECT room_id FROM tournament_matches WHERE "
                                               "tournament_id = %1 AND round = %2 AND slot = %3")
                                    .arg(id)
                                    .arg(round)
                                    .arg(slot);
    QTRY_COMPARE_WITH_TIMEOUT(m_database->scalar(bracketRoom), roomId, 10'000);

    const QString ownerName = players[0]->account.username;
    players.clear();
    m_server->killHard();
    // What the dead server had stored of the room: a played match, won at seat 0 (side a).
    const QString matchId = m_database->scalar(
        QStringLiteral(
            "INSERT INTO matches (kind, mode, config, seed, final_state_hash, input_log, "
            "started_at, ended_at, end_reason, winner_seat, tournament_id, server_version, "
            "room_id) SELECT 'tournament', 'one_vs_one', config, 1, 1, '\\x00'::bytea, now(), "
            "now(), 'completed', 0, id, 'test', '%1' FROM tournaments WHERE id = %2 "
            "RETURNING id")
            .arg(roomId)
            .arg(id));
    QVERIFY2(matchId.toLongLong() > 0, qPrintable(matchId));

    QVERIFY2(startServer(120), qPrintable(m_server->log()));
    QVERIFY(m_server->waitForEvent(QStringLiteral("tournament_match_decided"), 15'000));
    const QJsonObject decided =
        m_server->events(QStringLiteral("tournament_match_decided")).constFirst();
    QCOMPARE(decided.value(QStringLiteral("roomId")).toString(), roomId);
    QVERIFY(decided.value(QStringLiteral("fromStoredMatch")).toBool());
    // Only the final gets a room; the decided match is not played again.
    QVERIFY(m_server->waitForEvent(QStringLiteral("tournament_room_opened"), 15'000));
    const QList<QJsonObject> opened = m_server->events(QStringLiteral("tournament_room_opened"));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().value(QStringLiteral("round")).toInt(), round + 1);
    QCOMPARE(m_database->scalar(bracketRoom), roomId);

    auto viewer = connect(m_api->login(ownerName));
    QVERIFY(viewer);
    const QJsonObject result = tournament(*viewer, id);
    const QJsonObject match = matchAt(result, round, slot);
    QCOMPARE(match.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(match.value(QStringLiteral("result")).toString(), QStringLiteral("played"));
    QCOMPARE(match.value(QStringLiteral("matchId")).toInteger(), matchId.toLongLong());
    QCOMPARE(match.value(QStringLiteral("winnerEntryId")), match.value(QStringLiteral("players"))
                                                               .toArray()
                                                               .at(0)
                                                               .toObject()
                                                               .value(QStringLiteral("entryId")));
}

QTEST_GUILESS_MAIN(TournamentsTest)
#include "tournaments_test.moc"
