// Friends, blocks and live presence, through real HTTP and real WebSockets against the real
// server and PostgreSQL; a second server process is killed with SIGKILL to check that a crashed
// instance's users go offline.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <memory>
#include <tuple>

using namespace transcendence::testing;

namespace {

const QByteArray kSecret = QByteArrayLiteral("social-test-secret-key-with-more-than-32-bytes!");
const QString kPublicUrl = QStringLiteral("https://localhost:9443");
// Short, so the crash test does not wait the production 45 s; five beats, so a busy machine's
// late heartbeat does not make the live instance look dead.
const QString kStaleSeconds = QStringLiteral("5");
const QString kHeartbeatSeconds = QStringLiteral("1");

void configure(QProcessEnvironment &environment)
{
    environment.insert(QStringLiteral("TRANSCENDENCE_SECRET_KEY"), QString::fromLatin1(kSecret));
    environment.insert(QStringLiteral("TRANSCENDENCE_PRESENCE_STALE_SECONDS"), kStaleSeconds);
    environment.insert(QStringLiteral("TRANSCENDENCE_PRESENCE_HEARTBEAT_SECONDS"),
                       kHeartbeatSeconds);
}

// A server process the test can kill with SIGKILL (ServerProcess only stops servers politely).
class CrashableServer {
public:
    explicit CrashableServer(const QString &databaseUrl)
    {
        ServerProcess model(databaseUrl, kPublicUrl); // the same environment ServerProcess uses
        configure(model.environment());
        m_process.setProcessEnvironment(model.environment());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
    }
    ~CrashableServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }

    bool start()
    {
        m_process.start(TestEnvironment::serverBinary(), {});
        if (!m_process.waitForStarted(10'000)) {
            return false;
        }
        static const QRegularExpression listening(
            QStringLiteral("\"event\":\"listening\".*\"port\":(\\d+)|\"port\":(\\d+).*\"event\":"
                           "\"listening\""));
        const QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            m_log += QString::fromUtf8(m_process.readAll());
            const auto match = listening.match(m_log);
            if (match.hasMatch()) {
                m_port = quint16(
                    (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toUInt());
                return true;
            }
        }
        return false;
    }
    void crash()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10'000);
    }
    quint16 port() const { return m_port; }
    QString log() { return m_log + QString::fromUtf8(m_process.readAll()); }

private:
    QProcess m_process;
    QString m_log;
    quint16 m_port = 0;
};

QString wsUrl(quint16 port)
{
    return QStringLiteral("ws://127.0.0.1:%1/ws").arg(port);
}

QString errorCode(const HttpAnswer &answer)
{
    return answer.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString errorReason(const HttpAnswer &answer)
{
    return answer.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("reason"))
        .toString();
}

QList<qint64> idsIn(const QJsonArray &entries, const QString &key = QStringLiteral("id"))
{
    QList<qint64> ids;
    for (const QJsonValue &entry : entries) {
        ids << entry.toObject().value(key).toInteger();
    }
    return ids;
}

QList<qint64> userIdsIn(const QJsonArray &requests)
{
    QList<qint64> ids;
    for (const QJsonValue &request : requests) {
        ids << request.toObject()
                   .value(QStringLiteral("user"))
                   .toObject()
                   .value(QStringLiteral("id"))
                   .toInteger();
    }
    return ids;
}

bool isPresence(const QJsonObject &message, qint64 userId, const QString &status)
{
    return message.value(QStringLiteral("type")).toString() == QLatin1String("presence") &&
           message.value(QStringLiteral("userId")).toInteger() == userId &&
           message.value(QStringLiteral("status")).toString() == status;
}

QString describe(const QJsonObject &message)
{
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

} // namespace

class SocialTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void requestAcceptListRemove();
    void declineAndCancelDeleteTheRequest();
    void forbiddenTransitions();
    void askingBackAcceptsTheirRequest();
    void requestValidation_data();
    void requestValidation();
    void pathIdsThatAreNotIdsAreNotFound_data();
    void pathIdsThatAreNotIdsAreNotFound();
    void blockingPreventsRequestsAndClearsFriendship();
    void blockValidation();
    void wrongMethodsAre405();
    void anonymousCallersAreRefused_data();
    void anonymousCallersAreRefused();
    void presenceFollowsEverySocket();
    void crashedInstanceUsersGoOffline();

private:
    using Account = ApiTestClient::Account;
    HttpAnswer call(const QByteArray &method, const QString &path, const Account &account,
                    const QJsonObject &body = {})
    {
        return m_api->authorized(method, path, account.accessToken, body);
    }
    Account newAccount(const QString &prefix)
    {
        Account account = m_api->registerAccount(prefix);
        if (account.id == 0) {
            qFatal("could not register an account");
        }
        return account;
    }
    qint64 request(const Account &from, const Account &to, int expectedStatus = 201);
    void makeFriends(const Account &a, const Account &b);
    QJsonArray friendsOf(const Account &account);
    QString presenceSeenBy(const Account &viewer, qint64 friendId);
    bool waitForPresence(const Account &viewer, qint64 friendId, const QString &status,
                         int timeoutMs = 10'000);
    bool openAuthenticated(WebSocketTestClient &socket, quint16 port, const Account &account);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    Account m_someone; // for checks that change nothing
};

void SocialTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    configure(m_server->environment());
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
    m_someone = newAccount(QStringLiteral("judy_"));
}

qint64 SocialTest::request(const Account &from, const Account &to, int expectedStatus)
{
    const HttpAnswer answer = call("POST", QStringLiteral("/api/friends/requests"), from,
                                   {{QStringLiteral("userId"), to.id}});
    if (answer.status != expectedStatus) {
        qWarning("friend request: %d %s", answer.status, answer.body.constData());
        return 0;
    }
    return answer.json().value(QStringLiteral("id")).toInteger();
}

void SocialTest::makeFriends(const Account &a, const Account &b)
{
    const qint64 id = request(a, b);
    QVERIFY(id > 0);
    QCOMPARE(call("POST", QStringLiteral("/api/friends/requests/%1/accept").arg(id), b).status,
             200);
}

QJsonArray SocialTest::friendsOf(const Account &account)
{
    const HttpAnswer answer = call("GET", QStringLiteral("/api/friends"), account);
    if (answer.status != 200) {
        qWarning("friends: %d %s", answer.status, answer.body.constData());
    }
    return answer.json().value(QStringLiteral("friends")).toArray();
}

QString SocialTest::presenceSeenBy(const Account &viewer, qint64 friendId)
{
    for (const QJsonValue &entry : friendsOf(viewer)) {
        if (entry.toObject().value(QStringLiteral("id")).toInteger() == friendId) {
            return entry.toObject().value(QStringLiteral("presence")).toString();
        }
    }
    return QStringLiteral("(not a friend)");
}

bool SocialTest::waitForPresence(const Account &viewer, qint64 friendId, const QString &status,
                                 int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (presenceSeenBy(viewer, friendId) != status) {
        if (deadline.hasExpired()) {
            return false;
        }
        QTest::qWait(100);
    }
    return true;
}

bool SocialTest::openAuthenticated(WebSocketTestClient &socket, quint16 port,
                                   const Account &account)
{
    const QString ticket = m_api->wsTicket(account.accessToken);
    if (ticket.isEmpty() || !socket.open(wsUrl(port))) {
        return false;
    }
    socket.sendJson({{QStringLiteral("type"), QStringLiteral("hello")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("client"), QStringLiteral("social-test")},
                     {QStringLiteral("ticket"), ticket}});
    const QJsonObject welcome = socket.next();
    return welcome.value(QStringLiteral("type")).toString() == QLatin1String("welcome") &&
           welcome.value(QStringLiteral("user"))
                   .toObject()
                   .value(QStringLiteral("id"))
                   .toInteger() == account.id;
}

void SocialTest::requestAcceptListRemove()
{
    const Account alice = newAccount(QStringLiteral("alice_"));
    const Account bob = newAccount(QStringLiteral("bob_"));

    const HttpAnswer sent = call("POST", QStringLiteral("/api/friends/requests"), alice,
                                 {{QStringLiteral("userId"), bob.id}});
    QCOMPARE(sent.status, 201);
    const QJsonObject pending = sent.json();
    const qint64 requestId = pending.value(QStringLiteral("id")).toInteger();
    QVERIFY(requestId > 0);
    QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(
        pending.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger(),
        bob.id);
    QVERIFY(pending.value(QStringLiteral("respondedAt")).isNull());

    // Each side sees it from their side.
    const QJsonObject aliceLists =
        call("GET", QStringLiteral("/api/friends/requests"), alice).json();
    QCOMPARE(userIdsIn(aliceLists.value(QStringLiteral("outgoing")).toArray()),
             QList<qint64>{bob.id});
    QVERIFY(aliceLists.value(QStringLiteral("incoming")).toArray().isEmpty());
    const QJsonObject bobLists = call("GET", QStringLiteral("/api/friends/requests"), bob).json();
    QCOMPARE(userIdsIn(bobLists.value(QStringLiteral("incoming")).toArray()),
             QList<qint64>{alice.id});
    QCOMPARE(idsIn(bobLists.value(QStringLiteral("incoming")).toArray()), QList<qint64>{requestId});
    QVERIFY(bobLists.value(QStringLiteral("outgoing")).toArray().isEmpty());
    QVERIFY(friendsOf(alice).isEmpty());

    const HttpAnswer accepted =
        call("POST", QStringLiteral("/api/friends/requests/%1/accept").arg(requestId), bob);
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("accepted"));
    QVERIFY(!accepted.json().value(QStringLiteral("respondedAt")).toString().isEmpty());

    const QJsonArray aliceFriends = friendsOf(alice);
    QCOMPARE(idsIn(aliceFriends), QList<qint64>{bob.id});
    const QJsonObject bobSeen = aliceFriends.first().toObject();
    QCOMPARE(bobSeen.value(QStringLiteral("username")).toString(), bob.username);
    QCOMPARE(bobSeen.value(QStringLiteral("presence")).toString(), QStringLiteral("offline"));
    QVERIFY(!bobSeen.value(QStringLiteral("friendsSince")).toString().isEmpty());
    QCOMPARE(idsIn(friendsOf(bob)), QList<qint64>{alice.id});
    // An accepted request is no longer listed as a request.
    QVERIFY(call("GET", QStringLiteral("/api/friends/requests"), bob)
                .json()
                .value(QStringLiteral("incoming"))
                .toArray()
                .isEmpty());

    QCOMPARE(call("DELETE", QStringLiteral("/api/friends/%1").arg(alice.id), bob).status, 204);
    QVERIFY(friendsOf(alice).isEmpty());
    QVERIFY(friendsOf(bob).isEmpty());
    const HttpAnswer again = call("DELETE", QStringLiteral("/api/friends/%1").arg(alice.id), bob);
    QCOMPARE(again.status, 404);
    QCOMPARE(errorCode(again), QStringLiteral("not_found"));
    // Friends no more: either may ask again.
    QVERIFY(request(bob, alice) > 0);
}

void SocialTest::declineAndCancelDeleteTheRequest()
{
    const Account carol = newAccount(QStringLiteral("carol_"));
    const Account dave = newAccount(QStringLiteral("dave_"));

    const qint64 first = request(carol, dave);
    QVERIFY(first > 0);
    QCOMPARE(
        call("POST", QStringLiteral("/api/friends/requests/%1/decline").arg(first), dave).status,
        204);
    QVERIFY(call("GET", QStringLiteral("/api/friends/requests"), carol)
                .json()
                .value(QStringLiteral("outgoing"))
                .toArray()
                .isEmpty());
    QVERIFY(friendsOf(dave).isEmpty());

    const qint64 second = request(carol, dave); // a declined request may be made again
    QVERIFY(second > 0);
    QCOMPARE(call("DELETE", QStringLiteral("/api/friends/requests/%1").arg(second), carol).status,
             204);
    QVERIFY(call("GET", QStringLiteral("/api/friends/requests"), dave)
                .json()
                .value(QStringLiteral("incoming"))
                .toArray()
                .isEmpty());
    const HttpAnswer gone =
        call("POST", QStringLiteral("/api/friends/requests/%1/accept").arg(second), dave);
    QCOMPARE(gone.status, 404);
    QCOMPARE(errorCode(gone), QStringLiteral("not_found"));
}

void SocialTest::forbiddenTransitions()
{
    const Account erin = newAccount(QStringLiteral("erin_"));
    const Account frank = newAccount(QStringLiteral("frank_"));
    const Account stranger = newAccount(QStringLiteral("grace_"));
    const qint64 id = request(erin, frank);
    QVERIFY(id > 0);
    const QString accept = QStringLiteral("/api/friends/requests/%1/accept").arg(id);
    const QString decline = QStringLiteral("/api/friends/requests/%1/decline").arg(id);
    const QString cancel = QStringLiteral("/api/friends/requests/%1").arg(id);

    // The requester cannot answer their own request; the addressee cannot cancel it.
    HttpAnswer answer = call("POST", accept, erin);
    QCOMPARE(answer.status, 403);
    QCOMPARE(errorCode(answer), QStringLiteral("forbidden"));
    QCOMPARE(call("POST", decline, erin).status, 403);
    QCOMPARE(call("DELETE", cancel, frank).status, 403);
    // Someone else's request does not exist for a third user.
    QCOMPARE(call("POST", accept, stranger).status, 404);
    QCOMPARE(call("POST", decline, stranger).status, 404);
    QCOMPARE(call("DELETE", cancel, stranger).status, 404);
    // Asking twice.
    answer = call("POST", QStringLiteral("/api/friends/requests"), erin,
                  {{QStringLiteral("userId"), frank.id}});
    QCOMPARE(answer.status, 409);
    QCOMPARE(errorCode(answer), QStringLiteral("conflict"));
    QCOMPARE(errorReason(answer), QStringLiteral("request_pending"));

    QCOMPARE(call("POST", accept, frank).status, 200);
    // Once friends, the request can be neither answered again nor cancelled, nor made again.
    for (const auto &[method, path, who] : {std::tuple{QByteArray("POST"), accept, frank},
                                            std::tuple{QByteArray("POST"), decline, frank},
                                            std::tuple{QByteArray("DELETE"), cancel, erin}}) {
        answer = call(method, path, who);
        QCOMPARE(answer.status, 409);
        QCOMPARE(errorReason(answer), QStringLiteral("already_friends"));
    }
    for (const auto &[from, to] : {std::pair{erin, frank}, std::pair{frank, erin}}) {
        answer = call("POST", QStringLiteral("/api/friends/requests"), from,
                      {{QStringLiteral("userId"), to.id}});
        QCOMPARE(answer.status, 409);
        QCOMPARE(errorReason(answer), QStringLiteral("already_friends"));
    }
    // Removing someone who is only a pending addressee is not removing a friend.
    const qint64 pending = request(erin, stranger);
    QVERIFY(pending > 0);
    QCOMPARE(call("DELETE", QStringLiteral("/api/friends/%1").arg(stranger.id), erin).status, 404);
    QCOMPARE(call("DELETE", QStringLiteral("/api/friends/requests/%1").arg(pending), erin).status,
             204);
}

void SocialTest::askingBackAcceptsTheirRequest()
{
    const Account heidi = newAccount(QStringLiteral("heidi_"));
    const Account ivan = newAccount(QStringLiteral("ivan_"));
    const qint64 id = request(heidi, ivan);
    QVERIFY(id > 0);
    const HttpAnswer back = call("POST", QStringLiteral("/api/friends/requests"), ivan,
                                 {{QStringLiteral("userId"), heidi.id}});
    QCOMPARE(back.status, 200);
    QCOMPARE(back.json().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(back.json().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(idsIn(friendsOf(heidi)), QList<qint64>{ivan.id});
    QCOMPARE(idsIn(friendsOf(ivan)), QList<qint64>{heidi.id});
}

void SocialTest::requestValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("userId");
    QTest::addColumn<QString>("problem");
    for (const QString &path :
         {QStringLiteral("/api/friends/requests"), QStringLiteral("/api/blocks")}) {
        const QByteArray where = path.toLatin1();
        QTest::newRow(where + " missing")
            << path << QJsonValue(QJsonValue::Undefined) << QStringLiteral("is required");
        QTest::newRow(where + " null") << path << QJsonValue() << QStringLiteral("is required");
        QTest::newRow(where + " string")
            << path << QJsonValue(QStringLiteral("12")) << QStringLiteral("positive integer");
        QTest::newRow(where + " zero")
            << path << QJsonValue(0) << QStringLiteral("positive integer");
        QTest::newRow(where + " negative")
            << path << QJsonValue(-3) << QStringLiteral("positive integer");
        QTest::newRow(where + " fraction")
            << path << QJsonValue(1.5) << QStringLiteral("positive integer");
        QTest::newRow(where + " huge")
            << path << QJsonValue(1e300) << QStringLiteral("positive integer");
        QTest::newRow(where + " object")
            << path << QJsonValue(QJsonObject{}) << QStringLiteral("positive integer");
        QTest::newRow(where + " self")
            << path << QJsonValue(QStringLiteral("self")) << QStringLiteral("yourself");
    }
}

void SocialTest::requestValidation()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, userId);
    QFETCH(QString, problem);
    const Account &judy = m_someone;
    QJsonObject body;
    if (userId == QJsonValue(QStringLiteral("self"))) {
        body.insert(QStringLiteral("userId"), judy.id);
    } else if (!userId.isUndefined()) {
        body.insert(QStringLiteral("userId"), userId);
    } else {
        body.insert(QStringLiteral("other"), 1);
    }
    const HttpAnswer answer = call("POST", path, judy, body);
    QCOMPARE(answer.status, 422);
    QCOMPARE(errorCode(answer), QStringLiteral("validation_failed"));
    const QString message = answer.json()
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("fields"))
                                .toObject()
                                .value(QStringLiteral("userId"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    QVERIFY2(message.contains(problem), answer.body.constData());
}

void SocialTest::pathIdsThatAreNotIdsAreNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const QString &id :
         {QStringLiteral("abc"), QStringLiteral("-1"), QStringLiteral("0"), QStringLiteral("1.5"),
          QStringLiteral("99999999999999999999999"), QStringLiteral("987654321")}) {
        QTest::newRow(qPrintable("accept " + id))
            << QByteArray("POST") << QStringLiteral("/api/friends/requests/%1/accept").arg(id);
        QTest::newRow(qPrintable("decline " + id))
            << QByteArray("POST") << QStringLiteral("/api/friends/requests/%1/decline").arg(id);
        QTest::newRow(qPrintable("cancel " + id))
            << QByteArray("DELETE") << QStringLiteral("/api/friends/requests/%1").arg(id);
        QTest::newRow(qPrintable("unfriend " + id))
            << QByteArray("DELETE") << QStringLiteral("/api/friends/%1").arg(id);
        QTest::newRow(qPrintable("unblock " + id))
            << QByteArray("DELETE") << QStringLiteral("/api/blocks/%1").arg(id);
    }
}

void SocialTest::pathIdsThatAreNotIdsAreNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpAnswer answer = call(method, path, m_someone);
    QCOMPARE(answer.status, 404);
    QCOMPARE(errorCode(answer), QStringLiteral("not_found"));
}

void SocialTest::blockingPreventsRequestsAndClearsFriendship()
{
    const Account leo = newAccount(QStringLiteral("leo_"));
    const Account mia = newAccount(QStringLiteral("mia_"));
    const Account ned = newAccount(QStringLiteral("ned_"));
    makeFriends(leo, mia);
    QVERIFY(request(ned, leo) > 0); // pending towards leo

    HttpAnswer blocked =
        call("POST", QStringLiteral("/api/blocks"), leo, {{QStringLiteral("userId"), mia.id}});
    QCOMPARE(blocked.status, 201);
    QCOMPARE(blocked.json().value(QStringLiteral("id")).toInteger(), mia.id);
    QVERIFY(!blocked.json().value(QStringLiteral("blockedAt")).toString().isEmpty());
    QCOMPARE(call("POST", QStringLiteral("/api/blocks"), leo, {{QStringLiteral("userId"), ned.id}})
                 .status,
             201);

    // The friendship and the pending request are gone, for both sides.
    QVERIFY(friendsOf(leo).isEmpty());
    QVERIFY(friendsOf(mia).isEmpty());
    QVERIFY(call("GET", QStringLiteral("/api/friends/requests"), ned)
                .json()
                .value(QStringLiteral("outgoing"))
                .toArray()
                .isEmpty());
    QVERIFY(call("GET", QStringLiteral("/api/friends/requests"), leo)
                .json()
                .value(QStringLiteral("incoming"))
                .toArray()
                .isEmpty());

    // Neither side can ask the other; only the blocker is told there is a block.
    for (const auto &[from, to, reason] :
         {std::tuple{leo, mia, QStringLiteral("blocked")},
          std::tuple{mia, leo, QStringLiteral("not_accepting_requests")}}) {
        const HttpAnswer refused = call("POST", QStringLiteral("/api/friends/requests"), from,
                                        {{QStringLiteral("userId"), to.id}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(errorCode(refused), QStringLiteral("conflict"));
        QCOMPARE(errorReason(refused), reason);
        QVERIFY(!refused.body.contains("blocked you"));
    }
    blocked =
        call("POST", QStringLiteral("/api/blocks"), leo, {{QStringLiteral("userId"), mia.id}});
    QCOMPARE(blocked.status, 409);
    QCOMPARE(errorReason(blocked), QStringLiteral("already_blocked"));
    // The blocked user may block back; that is a block of their own.
    QCOMPARE(call("POST", QStringLiteral("/api/blocks"), mia, {{QStringLiteral("userId"), leo.id}})
                 .status,
             201);

    const QJsonArray leoBlocks = call("GET", QStringLiteral("/api/blocks"), leo)
                                     .json()
                                     .value(QStringLiteral("blocks"))
                                     .toArray();
    QCOMPARE(leoBlocks.size(), 2);
    QVERIFY(idsIn(leoBlocks).contains(mia.id) && idsIn(leoBlocks).contains(ned.id));
    QCOMPARE(idsIn(call("GET", QStringLiteral("/api/blocks"), mia)
                       .json()
                       .value(QStringLiteral("blocks"))
                       .toArray()),
             QList<qint64>{leo.id});
    QVERIFY(call("GET", QStringLiteral("/api/blocks"), ned)
                .json()
                .value(QStringLiteral("blocks"))
                .toArray()
                .isEmpty());

    // Lifting one block is not enough while the other stands.
    QCOMPARE(call("DELETE", QStringLiteral("/api/blocks/%1").arg(mia.id), leo).status, 204);
    const HttpAnswer notYet = call("POST", QStringLiteral("/api/friends/requests"), leo,
                                   {{QStringLiteral("userId"), mia.id}});
    QCOMPARE(errorReason(notYet), QStringLiteral("not_accepting_requests"));
    QCOMPARE(call("DELETE", QStringLiteral("/api/blocks/%1").arg(leo.id), mia).status, 204);
    const HttpAnswer twice = call("DELETE", QStringLiteral("/api/blocks/%1").arg(leo.id), mia);
    QCOMPARE(twice.status, 404);
    QCOMPARE(errorCode(twice), QStringLiteral("not_found"));
    QVERIFY(request(mia, leo) > 0);
    // The chat and play features ask the same question in SQL (social_store::isBlockedEitherWay).
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM blocks WHERE blocker_id = %1").arg(leo.id)),
             QStringLiteral("1"));
}

void SocialTest::blockValidation()
{
    const Account olga = newAccount(QStringLiteral("olga_"));
    const HttpAnswer unknown =
        call("POST", QStringLiteral("/api/blocks"), olga, {{QStringLiteral("userId"), 987654321}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(errorCode(unknown), QStringLiteral("not_found"));
    const HttpAnswer unknownFriend = call("POST", QStringLiteral("/api/friends/requests"), olga,
                                          {{QStringLiteral("userId"), 987654321}});
    QCOMPARE(unknownFriend.status, 404);
    QCOMPARE(errorCode(unknownFriend), QStringLiteral("not_found"));

    // Not JSON at all.
    const HttpAnswer notJson =
        m_api->http().send("POST", m_api->baseUrl() + QStringLiteral("/api/blocks"), "userId=1",
                           {{"Authorization", "Bearer " + olga.accessToken.toLatin1()},
                            {"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(notJson.status, 415);
    const HttpAnswer broken = m_api->http().send(
        "POST", m_api->baseUrl() + QStringLiteral("/api/friends/requests"), "{\"userId\":",
        {{"Authorization", "Bearer " + olga.accessToken.toLatin1()},
         {"Content-Type", "application/json"}});
    QCOMPARE(broken.status, 400);
    QCOMPARE(errorCode(broken), QStringLiteral("invalid_json"));
}

void SocialTest::wrongMethodsAre405()
{
    const Account pat = newAccount(QStringLiteral("pat_"));
    const HttpAnswer put = call("PUT", QStringLiteral("/api/friends"), pat);
    QCOMPARE(put.status, 405);
    QCOMPARE(put.header("Allow"), QByteArray("GET"));
    const HttpAnswer del = call("DELETE", QStringLiteral("/api/friends/requests"), pat);
    QCOMPARE(del.status, 405);
    QCOMPARE(del.header("Allow"), QByteArray("GET, POST"));
    QCOMPARE(call("GET", QStringLiteral("/api/friends/requests/1/accept"), pat).status, 405);
    QCOMPARE(call("GET", QStringLiteral("/api/blocks/1"), pat).status, 405);
}

void SocialTest::anonymousCallersAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("list friends") << QByteArray("GET") << QStringLiteral("/api/friends");
    QTest::newRow("remove friend") << QByteArray("DELETE") << QStringLiteral("/api/friends/1");
    QTest::newRow("list requests") << QByteArray("GET") << QStringLiteral("/api/friends/requests");
    QTest::newRow("send request") << QByteArray("POST") << QStringLiteral("/api/friends/requests");
    QTest::newRow("accept") << QByteArray("POST")
                            << QStringLiteral("/api/friends/requests/1/accept");
    QTest::newRow("decline") << QByteArray("POST")
                             << QStringLiteral("/api/friends/requests/1/decline");
    QTest::newRow("cancel") << QByteArray("DELETE") << QStringLiteral("/api/friends/requests/1");
    QTest::newRow("list blocks") << QByteArray("GET") << QStringLiteral("/api/blocks");
    QTest::newRow("block") << QByteArray("POST") << QStringLiteral("/api/blocks");
    QTest::newRow("unblock") << QByteArray("DELETE") << QStringLiteral("/api/blocks/1");
    QTest::newRow("bad id, no token") << QByteArray("DELETE") << QStringLiteral("/api/blocks/x");
}

void SocialTest::anonymousCallersAreRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const QByteArray body = method == "POST" ? QByteArray("{\"userId\":1}") : QByteArray();
    const HttpAnswer none = m_api->http().send(method, m_api->baseUrl() + path, body,
                                               {{"Content-Type", "application/json"}});
    QCOMPARE(none.status, 401);
    QCOMPARE(errorCode(none), QStringLiteral("unauthenticated"));
    const HttpAnswer forged = m_api->http().send(
        method, m_api->baseUrl() + path, body,
        {{"Content-Type", "application/json"}, {"Authorization", "Bearer not.a.token"}});
    QCOMPARE(forged.status, 401);
}

void SocialTest::presenceFollowsEverySocket()
{
    const Account quinn = newAccount(QStringLiteral("quinn_"));
    const Account rosa = newAccount(QStringLiteral("rosa_"));
    const Account sam = newAccount(QStringLiteral("sam_")); // not a friend: hears nothing
    makeFriends(quinn, rosa);
    QCOMPARE(presenceSeenBy(rosa, quinn.id), QStringLiteral("offline"));

    WebSocketTestClient rosaSocket;
    QVERIFY(openAuthenticated(rosaSocket, m_server->port(), rosa));
    WebSocketTestClient samSocket;
    QVERIFY(openAuthenticated(samSocket, m_server->port(), sam));
    QVERIFY(waitForPresence(quinn, rosa.id, QStringLiteral("online")));

    // A guest socket is nobody's presence.
    WebSocketTestClient guest;
    QVERIFY(guest.open(wsUrl(m_server->port())));
    guest.sendJson(
        {{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("version"), 1}});
    QCOMPARE(guest.next().value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    QCOMPARE(presenceSeenBy(rosa, quinn.id), QStringLiteral("offline"));

    // First tab: online, and Rosa is told.
    auto firstTab = std::make_unique<WebSocketTestClient>();
    QVERIFY(openAuthenticated(*firstTab, m_server->port(), quinn));
    QJsonObject pushed = rosaSocket.next(10'000);
    QVERIFY2(isPresence(pushed, quinn.id, QStringLiteral("online")), qPrintable(describe(pushed)));
    QCOMPARE(presenceSeenBy(rosa, quinn.id), QStringLiteral("online"));

    // Second device, then the first goes away: still online, and no "offline" is pushed.
    // (The server records connections on its database workers: wait for each step there, since a
    // busy machine may record the second device after the first tab's close otherwise.)
    const auto quinnsConnections = [&] {
        return m_database->scalar(
            QStringLiteral("SELECT count(*) FROM presence_connections WHERE user_id = %1")
                .arg(quinn.id));
    };
    auto secondDevice = std::make_unique<WebSocketTestClient>();
    QVERIFY(openAuthenticated(*secondDevice, m_server->port(), quinn));
    QTRY_COMPARE_WITH_TIMEOUT(quinnsConnections(), QStringLiteral("2"), 10'000);
    firstTab.reset();
    QTRY_COMPARE_WITH_TIMEOUT(quinnsConnections(), QStringLiteral("1"), 10'000);
    QCOMPARE(presenceSeenBy(rosa, quinn.id), QStringLiteral("online"));

    // Last one closed: offline, pushed once; the next message Rosa gets is exactly that.
    secondDevice.reset();
    pushed = rosaSocket.next(10'000);
    QVERIFY2(isPresence(pushed, quinn.id, QStringLiteral("offline")), qPrintable(describe(pushed)));
    QCOMPARE(presenceSeenBy(rosa, quinn.id), QStringLiteral("offline"));

    // Quinn sees Rosa the same way, and Sam, no friend of either, heard nothing at all.
    QCOMPARE(presenceSeenBy(quinn, rosa.id), QStringLiteral("online"));
    const QJsonObject overheard = samSocket.next(500);
    QVERIFY2(overheard.isEmpty(), qPrintable(describe(overheard)));
}

void SocialTest::crashedInstanceUsersGoOffline()
{
    const Account tess = newAccount(QStringLiteral("tess_"));
    const Account uma = newAccount(QStringLiteral("uma_"));
    makeFriends(tess, uma);
    WebSocketTestClient umaSocket; // on the server that stays up
    QVERIFY(openAuthenticated(umaSocket, m_server->port(), uma));

    CrashableServer doomed(m_database->url());
    QVERIFY2(doomed.start(), qPrintable(doomed.log()));
    WebSocketTestClient tessSocket; // on the server that will crash
    QVERIFY(openAuthenticated(tessSocket, doomed.port(), tess));
    QVERIFY(waitForPresence(uma, tess.id, QStringLiteral("online")));
    // The other instance's change reached Uma's socket here (PostgreSQL NOTIFY).
    QJsonObject pushed = umaSocket.next(10'000);
    QVERIFY2(isPresence(pushed, tess.id, QStringLiteral("online")), qPrintable(describe(pushed)));

    doomed.crash(); // SIGKILL: no goodbye, its rows stay behind
    tessSocket.waitForClose(5'000);
    // Offline once the dead instance's heartbeat is older than the stale threshold (3 s here),
    // and Uma's socket is told when the surviving instance sweeps the dead one's rows.
    QVERIFY(waitForPresence(uma, tess.id, QStringLiteral("offline"), 15'000));
    pushed = umaSocket.next(10'000);
    QVERIFY2(isPresence(pushed, tess.id, QStringLiteral("offline")), qPrintable(describe(pushed)));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_database->scalar(
            QStringLiteral("SELECT count(*) FROM presence_connections WHERE user_id = %1")
                .arg(tess.id)),
        QStringLiteral("0"), 10'000);

    // A new instance on the same database agrees; Tess comes back through it.
    ServerProcess restarted(m_database->url(), kPublicUrl);
    configure(restarted.environment());
    QVERIFY2(restarted.start(), qPrintable(restarted.log()));
    ApiTestClient restartedApi(restarted.baseUrl());
    const HttpAnswer seen =
        restartedApi.authorized("GET", QStringLiteral("/api/friends"), uma.accessToken);
    QCOMPARE(seen.status, 200);
    QCOMPARE(seen.json()
                 .value(QStringLiteral("friends"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("presence"))
                 .toString(),
             QStringLiteral("offline"));
    WebSocketTestClient tessAgain;
    QVERIFY(openAuthenticated(tessAgain, restarted.port(), tess));
    QVERIFY(waitForPresence(uma, tess.id, QStringLiteral("online")));
    pushed = umaSocket.next(10'000);
    QVERIFY2(isPresence(pushed, tess.id, QStringLiteral("online")), qPrintable(describe(pushed)));
    QCOMPARE(restarted.terminate(), 0);
    // A clean stop removes its rows at once.
    QVERIFY(waitForPresence(uma, tess.id, QStringLiteral("offline"), 5'000));
}

QTEST_GUILESS_MAIN(SocialTest)
#include "social_test.moc"
