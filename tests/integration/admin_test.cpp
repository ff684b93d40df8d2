// Moderation: the first admin from the command line or the environment, admin-only endpoints,
// bans that end sessions and sockets at once, roles, and the audit log.
#include "ApiTestClient.h"
#include "AvatarSamples.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace transcendence::testing;

class AdminTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void createAdminCommandCreatesAndPromotes();
    void adminFromTheEnvironment();
    void adminFromTheEnvironmentNeverPromotesAnExistingAccount();
    void adminEndpointsRefuseEveryoneElse_data();
    void adminEndpointsRefuseEveryoneElse();
    void searchFindsUsersLiterally();
    void banEndsEverythingAtOnceAndUnbanRestores();
    void banNeedsAReasonAndCannotTargetYourself();
    void rolesAndBansNeedARecentProof();
    void rolesChangeAndTheLastAdminStays();
    void liveFiguresCountSocketsRoomsAndTodaysMatches();
    void userDetailsSayWhetherAnAvatarWasUploaded();

private:
    int runCreateAdmin(const QStringList &arguments, const QByteArray &password, QString *output);
    QString adminToken();
    QJsonObject figures(const QString &token);
    // A WebSocket signed in as the account (welcomed); null if the server refused it.
    std::unique_ptr<WebSocketTestClient> signedInSocket(const ApiTestClient::Account &account);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    QString m_adminName;
};

void AdminTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_adminName = ApiTestClient::uniqueName(QStringLiteral("boss_"));
    m_server = std::make_unique<ServerProcess>(m_database->url(),
                                               QStringLiteral("https://localhost:9443"));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
    QString output;
    QCOMPARE(runCreateAdmin({QStringLiteral("--username"), m_adminName, QStringLiteral("--email"),
                             m_adminName + QStringLiteral("@example.com")},
                            ApiTestClient::defaultPassword().toUtf8() + '\n', &output),
             0);
}

int AdminTest::runCreateAdmin(const QStringList &arguments, const QByteArray &password,
                              QString *output)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DATABASE_URL"), m_database->url());
    environment.insert(QStringLiteral("TRANSCENDENCE_ENV_FILE"),
                       QStringLiteral("/nonexistent/.env"));
    environment.remove(QStringLiteral("TRANSCENDENCE_ADMIN_PASSWORD"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestEnvironment::serverBinary(),
                  QStringList{QStringLiteral("create-admin")} + arguments);
    process.write(password); // the password comes on standard input, never the command line
    process.closeWriteChannel();
    process.waitForFinished(60'000);
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString AdminTest::adminToken()
{
    return m_api->login(m_adminName).accessToken;
}

void AdminTest::createAdminCommandCreatesAndPromotes()
{
    const QString token = adminToken();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), token)
                 .json()
                 .value(QStringLiteral("role"))
                 .toString(),
             QStringLiteral("admin"));

    const ApiTestClient::Account user = m_api->registerAccount(QStringLiteral("promoted_"));
    QString output;
    QCOMPARE(runCreateAdmin({QStringLiteral("--username"), user.username},
                            QByteArray("ignored for existing accounts\n"), &output),
             0);
    QVERIFY2(output.contains(QLatin1String("\"created\":false")), qPrintable(output));
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), user.accessToken)
                 .json()
                 .value(QStringLiteral("role"))
                 .toString(),
             QStringLiteral("admin"));

    // A new admin with a weak password is refused, with the reason.
    QCOMPARE(runCreateAdmin({QStringLiteral("--username"),
                             ApiTestClient::uniqueName(QStringLiteral("weak_")),
                             QStringLiteral("--email"), QStringLiteral("weak@example.com")},
                            QByteArray("password\n"), &output),
             1);
    QVERIFY2(output.contains(QLatin1String("password")), qPrintable(output));
    QCOMPARE(runCreateAdmin({}, {}, &output), 2);
}

void AdminTest::adminFromTheEnvironment()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ServerProcess server(database.url(), QStringLiteral("https://localhost:9443"));
    server.environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_USERNAME"),
                                QStringLiteral("envadmin"));
    server.environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_EMAIL"),
                                QStringLiteral("envadmin@example.com"));
    server.environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_PASSWORD"),
                                ApiTestClient::defaultPassword());
    QVERIFY2(server.start(), qPrintable(server.log()));
    QCOMPARE(database.scalar(QStringLiteral("SELECT role FROM users WHERE username = 'envadmin'")),
             QStringLiteral("admin"));
    // The account has the configured password.
    ApiTestClient api(server.baseUrl());
    const ApiTestClient::Account admin = api.login(QStringLiteral("envadmin"));
    QVERIFY(!admin.accessToken.isEmpty());
    QCOMPARE(server.terminate(), 0);
    // Starting again changes nothing.
    QVERIFY2(server.start(), qPrintable(server.log()));
    QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM users")), QStringLiteral("1"));
}

// Issue 15, item 1: whoever registers the configured name first (or after the real admin erased
// their account) must not become admin at the next start, whatever the password.
void AdminTest::adminFromTheEnvironmentNeverPromotesAnExistingAccount()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ServerProcess server(database.url(), QStringLiteral("https://localhost:9443"));
    QVERIFY2(server.start(), qPrintable(server.log()));
    ApiTestClient api(server.baseUrl());
    const ApiTestClient::Account squatter = api.registerAccount(QStringLiteral("rootish_"));
    QVERIFY(squatter.id != 0);
    QCOMPARE(server.terminate(), 0);

    const QString configuredPassword = QStringLiteral("the operator's own passphrase 42");
    server.environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_USERNAME"), squatter.username);
    server.environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_EMAIL"),
                                QStringLiteral("operator@example.com"));
    server.environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_PASSWORD"), configuredPassword);
    // The platform still starts (a registered name must not keep it down) and says why.
    QVERIFY2(server.start(), qPrintable(server.log()));
    ApiTestClient restarted(server.baseUrl());
    const QList<QJsonObject> failures = server.events(QStringLiteral("create_admin_failed"));
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("admin_name_taken"));
    QCOMPARE(
        database.scalar(QStringLiteral("SELECT role FROM users WHERE id = %1").arg(squatter.id)),
        QStringLiteral("user"));
    QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM users")), QStringLiteral("1"));
    QCOMPARE(restarted
                 .authorized("GET", QStringLiteral("/api/admin/stats"),
                             restarted.login(squatter.username).accessToken)
                 .status,
             403);
    QCOMPARE(restarted
                 .post(QStringLiteral("/api/auth/login"),
                       {{QStringLiteral("login"), squatter.username},
                        {QStringLiteral("password"), configuredPassword}},
                       ApiTestClient::uniqueAddress())
                 .status,
             401);

    // Once the name is free again (the account erased itself), the next start creates the admin
    // with the configured password.
    QCOMPARE(server.terminate(), 0);
    QCOMPARE(database.scalar(
                 QStringLiteral("DELETE FROM users WHERE id = %1 RETURNING id").arg(squatter.id)),
             QString::number(squatter.id));
    QVERIFY2(server.start(), qPrintable(server.log()));
    QCOMPARE(
        database.scalar(
            QStringLiteral("SELECT role FROM users WHERE username = '%1'").arg(squatter.username)),
        QStringLiteral("admin"));
    ApiTestClient afterErasure(server.baseUrl());
    QVERIFY(!afterErasure.login(squatter.username, configuredPassword).accessToken.isEmpty());
}

void AdminTest::adminEndpointsRefuseEveryoneElse_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("search") << QByteArray("GET") << QStringLiteral("/api/admin/users?query=a")
                            << QJsonObject();
    QTest::newRow("details") << QByteArray("GET") << QStringLiteral("/api/admin/users/1")
                             << QJsonObject();
    QTest::newRow("ban") << QByteArray("POST") << QStringLiteral("/api/admin/users/1/ban")
                         << QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}};
    QTest::newRow("unban") << QByteArray("POST") << QStringLiteral("/api/admin/users/1/unban")
                           << QJsonObject();
    QTest::newRow("role") << QByteArray("PUT") << QStringLiteral("/api/admin/users/1/role")
                          << QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}};
    QTest::newRow("audit log") << QByteArray("GET") << QStringLiteral("/api/admin/audit-log")
                               << QJsonObject();
    QTest::newRow("avatar") << QByteArray("DELETE") << QStringLiteral("/api/admin/users/1/avatar")
                            << QJsonObject();
    QTest::newRow("figures") << QByteArray("GET") << QStringLiteral("/api/admin/stats")
                             << QJsonObject();
}

void AdminTest::adminEndpointsRefuseEveryoneElse()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    const ApiTestClient::Account user = m_api->registerAccount(QStringLiteral("plain_"));
    const HttpAnswer asUser = m_api->authorized(method, path, user.accessToken, body);
    QCOMPARE(asUser.status, 403);
    QCOMPARE(asUser.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("forbidden"));
    QCOMPARE(m_api->authorized(method, path, QStringLiteral("not-a-token"), body).status, 401);
    QCOMPARE(m_database->scalar(QStringLiteral(
                 "SELECT count(*) FROM users WHERE banned_at IS NOT NULL AND id = 1")),
             QStringLiteral("0"));
}

void AdminTest::searchFindsUsersLiterally()
{
    const ApiTestClient::Account user = m_api->registerAccount(QStringLiteral("findme_"));
    const QString token = adminToken();
    const HttpAnswer found = m_api->authorized(
        "GET", QStringLiteral("/api/admin/users?query=") + user.username.mid(3), token);
    QCOMPARE(found.status, 200);
    const QJsonArray users = found.json().value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject().value(QStringLiteral("id")).toInteger(), user.id);
    QCOMPARE(users.first().toObject().value(QStringLiteral("email")).toString(),
             user.username + QStringLiteral("@example.com"));
    // % and _ are characters, not wildcards.
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/admin/users?query=%25"), token)
                 .json()
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/admin/users/999999999"), token).status,
             404);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/admin/users/abc"), token).status, 404);
}

void AdminTest::banEndsEverythingAtOnceAndUnbanRestores()
{
    const ApiTestClient::Account user = m_api->registerAccount(QStringLiteral("rowdy_"));
    const QString ticket =
        m_api->authorized("POST", QStringLiteral("/api/auth/ws-ticket"), user.accessToken)
            .json()
            .value(QStringLiteral("ticket"))
            .toString();
    WebSocketTestClient socket;
    QVERIFY(socket.open(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port())));
    socket.sendJson({{QStringLiteral("type"), QStringLiteral("hello")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("ticket"), ticket}});
    QCOMPARE(socket.next().value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));

    const QString token = adminToken();
    const QString reason = QStringLiteral("spamming chat <script>alert(1)</script>'; --");
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/admin/users/%1/ban").arg(user.id), token,
                              {{QStringLiteral("reason"), reason}})
                 .status,
             204);
    QCOMPARE(socket.waitForClose(), 4003);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), user.accessToken).status,
             401);
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/refresh"),
                        {{QStringLiteral("refreshToken"), user.refreshToken}})
                 .status,
             401);
    const HttpAnswer login =
        m_api->post(QStringLiteral("/api/auth/login"),
                    {{QStringLiteral("login"), user.username},
                     {QStringLiteral("password"), ApiTestClient::defaultPassword()}},
                    ApiTestClient::uniqueAddress());
    QCOMPARE(login.status, 403);
    QCOMPARE(login.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("account_banned"));
    const QJsonObject details =
        m_api->authorized("GET", QStringLiteral("/api/admin/users/%1").arg(user.id), token).json();
    QCOMPARE(details.value(QStringLiteral("banned")).toBool(), true);
    QCOMPARE(details.value(QStringLiteral("banReason")).toString(), reason);
    QCOMPARE(details.value(QStringLiteral("sessions")).toArray().size(), 0);
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/admin/users/%1/ban").arg(user.id), token,
                              {{QStringLiteral("reason"), QStringLiteral("again")}})
                 .status,
             409);

    QCOMPARE(
        m_api->authorized("POST", QStringLiteral("/api/admin/users/%1/unban").arg(user.id), token)
            .status,
        204);
    QVERIFY(!m_api->login(user.username).accessToken.isEmpty());

    const QJsonArray entries =
        m_api->authorized("GET", QStringLiteral("/api/admin/audit-log?limit=5"), token)
            .json()
            .value(QStringLiteral("entries"))
            .toArray();
    QVERIFY(entries.size() >= 2);
    const QJsonObject unban = entries.at(0).toObject();
    const QJsonObject ban = entries.at(1).toObject();
    QCOMPARE(unban.value(QStringLiteral("action")).toString(), QStringLiteral("unban"));
    QCOMPARE(ban.value(QStringLiteral("action")).toString(), QStringLiteral("ban"));
    QCOMPARE(
        ban.value(QStringLiteral("details")).toObject().value(QStringLiteral("reason")).toString(),
        reason);
    QCOMPARE(ban.value(QStringLiteral("target")).toObject().value(QStringLiteral("id")).toInteger(),
             user.id);
    QCOMPARE(
        ban.value(QStringLiteral("admin")).toObject().value(QStringLiteral("username")).toString(),
        m_adminName);
}

void AdminTest::banNeedsAReasonAndCannotTargetYourself()
{
    const QString token = adminToken();
    const qint64 adminId = m_api->authorized("GET", QStringLiteral("/api/users/me"), token)
                               .json()
                               .value(QStringLiteral("id"))
                               .toInteger();
    const ApiTestClient::Account user = m_api->registerAccount(QStringLiteral("quiet_"));
    const HttpAnswer noReason =
        m_api->authorized("POST", QStringLiteral("/api/admin/users/%1/ban").arg(user.id), token,
                          {{QStringLiteral("reason"), QStringLiteral("  ")}});
    QCOMPARE(noReason.status, 422);
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/admin/users/%1/ban").arg(adminId), token,
                              {{QStringLiteral("reason"), QStringLiteral("oops")}})
                 .status,
             409);
    QCOMPARE(
        m_api->authorized("POST", QStringLiteral("/api/admin/users/%1/unban").arg(user.id), token)
            .status,
        409);
}

// Issue 15, item 3: an admin's stolen access token (its session signed in long ago) cannot ban
// or hand out roles until the session proves its owner again.
void AdminTest::rolesAndBansNeedARecentProof()
{
    const ApiTestClient::Account admin = m_api->login(m_adminName);
    const ApiTestClient::Account target = m_api->registerAccount(QStringLiteral("target_"));
    QCOMPARE(m_database->scalar(QStringLiteral("UPDATE auth_sessions SET proven_at = now() - "
                                               "interval '1 hour' WHERE id = '%1' RETURNING 1")
                                    .arg(admin.sessionId)),
             QStringLiteral("1"));
    const QString role = QStringLiteral("/api/admin/users/%1/role").arg(target.id);
    const QString ban = QStringLiteral("/api/admin/users/%1/ban").arg(target.id);
    const QString unban = QStringLiteral("/api/admin/users/%1/unban").arg(target.id);
    const QJsonObject promote{{QStringLiteral("role"), QStringLiteral("admin")}};
    const QJsonObject reason{{QStringLiteral("reason"), QStringLiteral("spam")}};
    QCOMPARE(m_api->authorized("PUT", role, admin.accessToken, promote).status, 403);
    QCOMPARE(m_api->authorized("POST", ban, admin.accessToken, reason).status, 403);
    QCOMPARE(m_api->authorized("POST", unban, admin.accessToken).status, 403);
    // Reading stays open to the token.
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/admin/stats"), admin.accessToken).status,
             200);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT role || coalesce(banned_at::text, '') FROM "
                                               "users WHERE id = %1")
                                    .arg(target.id)),
             QStringLiteral("user"));
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/reauthenticate"),
                              admin.accessToken,
                              {{QStringLiteral("password"), ApiTestClient::defaultPassword()}})
                 .status,
             204);
    QCOMPARE(m_api->authorized("POST", ban, admin.accessToken, reason).status, 204);
    QCOMPARE(m_api->authorized("POST", unban, admin.accessToken).status, 204);
}

void AdminTest::rolesChangeAndTheLastAdminStays()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    ServerProcess server(database.url(), QStringLiteral("https://localhost:9443"));
    server.environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_USERNAME"),
                                QStringLiteral("onlyadmin"));
    server.environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_EMAIL"),
                                QStringLiteral("onlyadmin@example.com"));
    server.environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_PASSWORD"),
                                ApiTestClient::defaultPassword());
    QVERIFY2(server.start(), qPrintable(server.log()));
    ApiTestClient api(server.baseUrl());
    const ApiTestClient::Account admin = api.login(QStringLiteral("onlyadmin"));
    const qint64 adminId = admin.id;
    const HttpAnswer lastAdmin =
        api.authorized("PUT", QStringLiteral("/api/admin/users/%1/role").arg(adminId),
                       admin.accessToken, {{QStringLiteral("role"), QStringLiteral("user")}});
    QCOMPARE(lastAdmin.status, 409);
    QCOMPARE(lastAdmin.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("last_admin"));

    const ApiTestClient::Account user = api.registerAccount(QStringLiteral("helper_"));
    QCOMPARE(api.authorized("GET", QStringLiteral("/api/admin/audit-log"), user.accessToken).status,
             403);
    QCOMPARE(api.authorized("PUT", QStringLiteral("/api/admin/users/%1/role").arg(user.id),
                            admin.accessToken, {{QStringLiteral("role"), QStringLiteral("admin")}})
                 .status,
             204);
    QCOMPARE(api.authorized("GET", QStringLiteral("/api/admin/audit-log"), user.accessToken).status,
             200); // at once, same token
    QCOMPARE(api.authorized("PUT", QStringLiteral("/api/admin/users/%1/role").arg(adminId),
                            admin.accessToken, {{QStringLiteral("role"), QStringLiteral("user")}})
                 .status,
             204);
    QCOMPARE(
        api.authorized("GET", QStringLiteral("/api/admin/audit-log"), admin.accessToken).status,
        403);
    QCOMPARE(api.authorized("PUT", QStringLiteral("/api/admin/users/%1/role").arg(user.id),
                            user.accessToken,
                            {{QStringLiteral("role"), QStringLiteral("superuser")}})
                 .status,
             422);
}

QJsonObject AdminTest::figures(const QString &token)
{
    const HttpAnswer answer = m_api->authorized("GET", QStringLiteral("/api/admin/stats"), token);
    return answer.status == 200 ? answer.json() : QJsonObject();
}

std::unique_ptr<WebSocketTestClient>
AdminTest::signedInSocket(const ApiTestClient::Account &account)
{
    const QString ticket =
        m_api->authorized("POST", QStringLiteral("/api/auth/ws-ticket"), account.accessToken)
            .json()
            .value(QStringLiteral("ticket"))
            .toString();
    auto socket = std::make_unique<WebSocketTestClient>();
    if (ticket.isEmpty() ||
        !socket->open(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port()))) {
        return nullptr;
    }
    socket->sendJson({{QStringLiteral("type"), QStringLiteral("hello")},
                      {QStringLiteral("version"), 1},
                      {QStringLiteral("ticket"), ticket}});
    if (socket->next().value(QStringLiteral("type")).toString() != QLatin1String("welcome")) {
        return nullptr;
    }
    return socket;
}

void AdminTest::liveFiguresCountSocketsRoomsAndTodaysMatches()
{
    const QString token = adminToken();
    const QJsonObject before = figures(token);
    for (const char *key : {"connectedUsers", "liveMatches", "matchesToday"}) {
        QVERIFY2(before.value(QLatin1String(key)).isDouble(), key);
    }
    QVERIFY(!QDateTime::fromString(before.value(QStringLiteral("generatedAt")).toString(),
                                   Qt::ISODateWithMs)
                 .isNull());
    const auto count = [&](const char *key) {
        return figures(token).value(QLatin1String(key)).toInteger();
    };
    const qint64 connected = before.value(QStringLiteral("connectedUsers")).toInteger();
    const qint64 live = before.value(QStringLiteral("liveMatches")).toInteger();
    const qint64 today = before.value(QStringLiteral("matchesToday")).toInteger();

    // Users, not sockets: two tabs of one player count once.
    const ApiTestClient::Account player = m_api->registerAccount(QStringLiteral("counted_"));
    auto firstTab = signedInSocket(player);
    auto secondTab = signedInSocket(player);
    QVERIFY(firstTab && secondTab);
    QTRY_COMPARE_WITH_TIMEOUT(count("connectedUsers"), connected + 1, 10'000);

    const HttpAnswer started =
        m_api->authorized("POST", QStringLiteral("/api/play/matches"), player.accessToken,
                          {{QStringLiteral("kind"), QStringLiteral("ai")}});
    QCOMPARE(started.status, 201);
    const QString roomId = started.json().value(QStringLiteral("roomId")).toString();
    QCOMPARE(count("liveMatches"), live + 1);
    QCOMPARE(count("matchesToday"), today); // recorded when it ends, not before

    QCOMPARE(m_api
                 ->authorized("DELETE", QStringLiteral("/api/play/matches/") + roomId,
                              player.accessToken)
                 .status,
             204);
    QTRY_COMPARE_WITH_TIMEOUT(count("matchesToday"), today + 1, 10'000);
    QCOMPARE(count("liveMatches"), live);

    // A match that ended in the last second of yesterday (UTC) is not today's.
    QCOMPARE(m_database->scalar(
                 QStringLiteral(
                     "UPDATE matches m SET started_at = d.yesterday, ended_at = d.yesterday FROM "
                     "(SELECT date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' "
                     "- interval '1 second' AS yesterday) d WHERE m.id = (SELECT max(p.match_id) "
                     "FROM match_players p WHERE p.user_id = %1) RETURNING 'moved'")
                     .arg(player.id)),
             QStringLiteral("moved"));
    QCOMPARE(count("matchesToday"), today);

    firstTab->close();
    secondTab->close();
    QTRY_COMPARE_WITH_TIMEOUT(count("connectedUsers"), connected, 10'000);
}

void AdminTest::userDetailsSayWhetherAnAvatarWasUploaded()
{
    const QString token = adminToken();
    const ApiTestClient::Account user = m_api->registerAccount(QStringLiteral("pictured_"));
    const auto details = [&] {
        return m_api->authorized("GET", QStringLiteral("/api/admin/users/%1").arg(user.id), token)
            .json();
    };
    QCOMPARE(details().value(QStringLiteral("hasAvatar")).toBool(true), false);
    QCOMPARE(details().value(QStringLiteral("avatarUrl")).toString(),
             QStringLiteral("/api/users/%1/avatar").arg(user.id));

    const QByteArray png = avatar_samples::encode(avatar_samples::quadrants(64, 64), "PNG");
    const HttpAnswer uploaded = m_api->authorizedBytes(
        "PUT", QStringLiteral("/api/users/me/avatar"), user.accessToken, png, "image/png");
    QCOMPARE(uploaded.status, 200);
    QCOMPARE(details().value(QStringLiteral("hasAvatar")).toBool(), true);
    QCOMPARE(details().value(QStringLiteral("avatarUrl")).toString(),
             uploaded.json().value(QStringLiteral("avatarUrl")).toString());

    QCOMPARE(
        m_api
            ->authorized("DELETE", QStringLiteral("/api/admin/users/%1/avatar").arg(user.id), token)
            .status,
        204);
    QCOMPARE(details().value(QStringLiteral("hasAvatar")).toBool(true), false);
}

QTEST_GUILESS_MAIN(AdminTest)
#include "admin_test.moc"
