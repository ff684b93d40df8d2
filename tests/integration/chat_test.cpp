// Chat through the real server, PostgreSQL and WebSockets (docs/chat.md): two users talk over
// WebSockets and REST; a retry stores one message; a reconnect catches up exactly; blocks,
// limits and bad texts are refused with their codes; unread counts agree on two devices.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <memory>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = QByteArrayLiteral("chat-test-secret-key-with-more-than-32-bytes!!");
const QString kPublicUrl = u"https://localhost:9443"_s;

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString errorCode(const HttpAnswer &answer)
{
    return answer.json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString describe(const QJsonObject &message)
{
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

QList<qint64> seqsOf(const QJsonArray &messages)
{
    QList<qint64> seqs;
    for (const QJsonValue &message : messages) {
        seqs << message.toObject().value(u"seq"_s).toInteger();
    }
    return seqs;
}

} // namespace

class ChatTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void twoUsersTalkOverWebSocketsAndRest();
    void retryWithTheSameClientMessageIdStoresOne();
    void reconnectCatchesUpExactlyInOrder();
    void blockedUsersCannotMessage();
    void rateAndFloodLimits();
    void oneSendersMessagesKeepTheirOrder();
    void emptyAndOversizedTextsAreRefused();
    void unreadAgreesOnTwoDevices();
    void historyPagesBackwards();
    void strangersCannotReadOrWrite();
    void acknowledgedMessagesSurviveKill9();
    void friendRequestsReachTheInbox();
    void invitationsAreChatCards();
    void tournamentConversationAnnouncesTheNextMatch();
    void tournamentEndReachesTheInbox();
    void reportThenRemoveIsAudited();
    void mutedUsersAreRefusedAndTold();

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
    qint64 openDirect(const Account &from, const Account &to);
    HttpAnswer sendRest(const Account &from, qint64 conversation, const QString &text,
                        const QString &clientId = newClientId())
    {
        return call("POST", u"/api/chat/conversations/%1/messages"_s.arg(conversation), from,
                    {{u"text"_s, text}, {u"clientMessageId"_s, clientId}});
    }
    bool connect(WebSocketTestClient &socket, const Account &account);
    // The next message of this type (others are skipped); empty if none came in time.
    QJsonObject nextOfType(WebSocketTestClient &socket, const QString &type, int timeoutMs = 5'000);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    QString m_admin; // the bootstrap admin's user name
};

void ChatTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    m_server->environment().insert(u"TRANSCENDENCE_SECRET_KEY"_s, QString::fromLatin1(kSecret));
    m_admin = ApiTestClient::uniqueName(u"mod_"_s);
    m_server->environment().insert(u"TRANSCENDENCE_ADMIN_USERNAME"_s, m_admin);
    m_server->environment().insert(u"TRANSCENDENCE_ADMIN_EMAIL"_s, m_admin + u"@example.com"_s);
    m_server->environment().insert(u"TRANSCENDENCE_ADMIN_PASSWORD"_s,
                                   ApiTestClient::defaultPassword());
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

qint64 ChatTest::openDirect(const Account &from, const Account &to)
{
    const HttpAnswer answer = call("POST", u"/api/chat/direct/%1"_s.arg(to.id), from);
    if (answer.status != 201 && answer.status != 200) {
        qWarning("direct: %d %s", answer.status, answer.body.constData());
        return 0;
    }
    return answer.json().value(u"conversation"_s).toObject().value(u"id"_s).toInteger();
}

bool ChatTest::connect(WebSocketTestClient &socket, const Account &account)
{
    const QString ticket = m_api->wsTicket(account.accessToken);
    if (ticket.isEmpty() || !socket.open(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port()))) {
        return false;
    }
    socket.sendJson({{u"type"_s, u"hello"_s},
                     {u"version"_s, 1},
                     {u"client"_s, u"chat-test"_s},
                     {u"ticket"_s, ticket}});
    return nextOfType(socket, u"welcome"_s)
               .value(u"user"_s)
               .toObject()
               .value(u"id"_s)
               .toInteger() == account.id;
}

QJsonObject ChatTest::nextOfType(WebSocketTestClient &socket, const QString &type, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject message = socket.next(int(qMax<qint64>(1, deadline.remainingTime())));
        if (message.value(u"type"_s).toString() == type) {
            return message;
        }
    }
    return {};
}

void ChatTest::twoUsersTalkOverWebSocketsAndRest()
{
    const Account alice = newAccount(u"alice_"_s);
    const Account bob = newAccount(u"bob_"_s);
    WebSocketTestClient aliceSocket;
    WebSocketTestClient bobSocket;
    QVERIFY(connect(aliceSocket, alice));
    QVERIFY(connect(bobSocket, bob));

    const HttpAnswer created = call("POST", u"/api/chat/direct/%1"_s.arg(bob.id), alice);
    QCOMPARE(created.status, 201);
    const QJsonObject conversation = created.json().value(u"conversation"_s).toObject();
    const qint64 id = conversation.value(u"id"_s).toInteger();
    QCOMPARE(conversation.value(u"kind"_s).toString(), u"direct"_s);
    QCOMPARE(conversation.value(u"peer"_s).toObject().value(u"id"_s).toInteger(), bob.id);
    // Created once per pair, whichever side asks.
    const HttpAnswer again = call("POST", u"/api/chat/direct/%1"_s.arg(alice.id), bob);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"conversation"_s).toObject().value(u"id"_s).toInteger(), id);
    // Bob's app learns about the new conversation, seen from his side.
    const QJsonObject pushed = nextOfType(bobSocket, u"chatConversation"_s);
    QCOMPARE(pushed.value(u"conversation"_s)
                 .toObject()
                 .value(u"peer"_s)
                 .toObject()
                 .value(u"id"_s)
                 .toInteger(),
             alice.id);

    // Over the WebSocket: Alice gets the ack, Bob the message.
    const QString clientId = newClientId();
    aliceSocket.sendJson({{u"type"_s, u"chatSend"_s},
                          {u"conversationId"_s, id},
                          {u"text"_s, u"  hi Bob, a game? 🏓 "_s},
                          {u"clientMessageId"_s, clientId}});
    const QJsonObject ack = nextOfType(aliceSocket, u"chatSent"_s);
    QVERIFY2(!ack.isEmpty(), "no chatSent");
    QCOMPARE(ack.value(u"clientMessageId"_s).toString(), clientId);
    const QJsonObject stored = ack.value(u"message"_s).toObject();
    QCOMPARE(stored.value(u"seq"_s).toInteger(), 1);
    QCOMPARE(stored.value(u"text"_s).toString(), u"hi Bob, a game? 🏓"_s);
    QCOMPARE(stored.value(u"sender"_s).toObject().value(u"id"_s).toInteger(), alice.id);
    const QJsonObject delivered = nextOfType(bobSocket, u"chatMessage"_s);
    QCOMPARE(delivered.value(u"message"_s).toObject(), stored);

    // Over REST: Bob answers; Alice's socket gets it.
    const HttpAnswer answer = sendRest(bob, id, u"sure!"_s);
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.json().value(u"message"_s).toObject().value(u"seq"_s).toInteger(), 2);
    const QJsonObject toAlice = nextOfType(aliceSocket, u"chatMessage"_s);
    QCOMPARE(toAlice.value(u"message"_s).toObject().value(u"text"_s).toString(), u"sure!"_s);

    // The list: most recent first, with unread and the last message.
    const QJsonObject list = call("GET", u"/api/chat/conversations"_s, alice).json();
    const QJsonObject first = list.value(u"conversations"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"id"_s).toInteger(), id);
    QCOMPARE(first.value(u"unread"_s).toInteger(), 1);
    QCOMPARE(first.value(u"lastSeq"_s).toInteger(), 2);
    QCOMPARE(first.value(u"title"_s).toString(),
             first.value(u"peer"_s).toObject().value(u"displayName"_s).toString());
    QCOMPARE(first.value(u"lastMessage"_s).toObject().value(u"text"_s).toString(), u"sure!"_s);
    QCOMPARE(list.value(u"totalUnread"_s).toInteger(), 1);
    QVERIFY(list.value(u"mutedUntil"_s).isNull());

    // Typing is relayed to the other member, with who.
    bobSocket.sendJson({{u"type"_s, u"chatTyping"_s}, {u"conversationId"_s, id}});
    const QJsonObject typing = nextOfType(aliceSocket, u"chatTyping"_s);
    QCOMPARE(typing.value(u"user"_s).toObject().value(u"id"_s).toInteger(), bob.id);

    // Reading: Bob's "seen" reaches Alice without her unread count.
    aliceSocket.sendJson({{u"type"_s, u"chatRead"_s}, {u"conversationId"_s, id}, {u"seq"_s, 2}});
    const QJsonObject mine = nextOfType(aliceSocket, u"chatRead"_s);
    QCOMPARE(mine.value(u"unread"_s).toInteger(-1), 0);
    const QJsonObject seen = nextOfType(bobSocket, u"chatRead"_s);
    QCOMPARE(seen.value(u"userId"_s).toInteger(), alice.id);
    QCOMPARE(seen.value(u"seq"_s).toInteger(), 2);
    QVERIFY(!seen.contains(u"unread"_s));
    QCOMPARE(call("GET", u"/api/chat/conversations/%1"_s.arg(id), bob)
                 .json()
                 .value(u"conversation"_s)
                 .toObject()
                 .value(u"peerReadSeq"_s)
                 .toInteger(),
             2);
}

void ChatTest::retryWithTheSameClientMessageIdStoresOne()
{
    const Account alice = newAccount(u"retry_a_"_s);
    const Account bob = newAccount(u"retry_b_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    const QString clientId = newClientId();
    const HttpAnswer first = sendRest(alice, id, u"only once"_s, clientId);
    QCOMPARE(first.status, 201);
    const HttpAnswer retry = sendRest(alice, id, u"only once"_s, clientId);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.json().value(u"message"_s).toObject(),
             first.json().value(u"message"_s).toObject());

    // And over the WebSocket, the ack of a retry is the stored message; nothing new is pushed.
    WebSocketTestClient aliceSocket;
    WebSocketTestClient bobSocket;
    QVERIFY(connect(aliceSocket, alice));
    QVERIFY(connect(bobSocket, bob));
    aliceSocket.sendJson({{u"type"_s, u"chatSend"_s},
                          {u"conversationId"_s, id},
                          {u"text"_s, u"only once"_s},
                          {u"clientMessageId"_s, clientId.toUpper()}});
    const QJsonObject ack = nextOfType(aliceSocket, u"chatSent"_s);
    QCOMPARE(ack.value(u"clientMessageId"_s).toString(), clientId.toUpper());
    QCOMPARE(ack.value(u"message"_s).toObject().value(u"id"_s),
             first.json().value(u"message"_s).toObject().value(u"id"_s));
    QVERIFY(nextOfType(bobSocket, u"chatMessage"_s, 500).isEmpty());
    QCOMPARE(m_database->scalar(
                 u"SELECT count(*) FROM chat_messages WHERE conversation_id = %1"_s.arg(id)),
             u"1"_s);
}

void ChatTest::reconnectCatchesUpExactlyInOrder()
{
    const Account alice = newAccount(u"sync_a_"_s);
    const Account bob = newAccount(u"sync_b_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    QCOMPARE(sendRest(alice, id, u"one"_s).status, 201);
    QCOMPARE(sendRest(alice, id, u"two"_s).status, 201);
    // Bob had seq 2 when he went away; five more were sent meanwhile (from both sides, as the
    // limiter allows: 5 a burst per account).
    QCOMPARE(sendRest(alice, id, u"three"_s).status, 201);
    QCOMPARE(sendRest(bob, id, u"four (from another device)"_s).status, 201);
    QCOMPARE(sendRest(alice, id, u"five"_s).status, 201);
    QCOMPARE(sendRest(bob, id, u"six"_s).status, 201);
    QCOMPARE(sendRest(bob, id, u"seven"_s).status, 201);

    WebSocketTestClient bobSocket;
    QVERIFY(connect(bobSocket, bob));
    bobSocket.sendJson(
        {{u"type"_s, u"chatSync"_s},
         {u"conversations"_s, QJsonArray{QJsonObject{{u"id"_s, id}, {u"afterSeq"_s, 2}}}}});
    const QJsonObject missed = nextOfType(bobSocket, u"chatMessages"_s);
    QVERIFY2(!missed.isEmpty(), "no chatMessages");
    QCOMPARE(missed.value(u"conversationId"_s).toInteger(), id);
    QVERIFY(missed.value(u"complete"_s).toBool());
    const QJsonArray messages = missed.value(u"messages"_s).toArray();
    QCOMPARE(seqsOf(messages), (QList<qint64>{3, 4, 5, 6, 7}));
    QCOMPARE(messages.first().toObject().value(u"text"_s).toString(), u"three"_s);
    QCOMPARE(messages.last().toObject().value(u"text"_s).toString(), u"seven"_s);
    // REST catch-up says the same.
    const QJsonObject after =
        call("GET", u"/api/chat/conversations/%1/messages?after=2&limit=3"_s.arg(id), bob).json();
    QCOMPARE(seqsOf(after.value(u"messages"_s).toArray()), (QList<qint64>{3, 4, 5}));
    QVERIFY(after.value(u"hasMore"_s).toBool());
}

void ChatTest::blockedUsersCannotMessage()
{
    const Account alice = newAccount(u"block_a_"_s);
    const Account bob = newAccount(u"block_b_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    QCOMPARE(call("POST", u"/api/blocks"_s, bob, {{u"userId"_s, alice.id}}).status, 201);
    // Neither side can write, whoever blocked whom, nor open a new conversation.
    const HttpAnswer fromAlice = sendRest(alice, id, u"hello?"_s);
    QCOMPARE(fromAlice.status, 403);
    QCOMPARE(errorCode(fromAlice), u"blocked"_s);
    QCOMPARE(errorCode(sendRest(bob, id, u"go away"_s)), u"blocked"_s);
    const HttpAnswer reopen = call("POST", u"/api/chat/direct/%1"_s.arg(bob.id), alice);
    QCOMPARE(reopen.status, 403);
    QCOMPARE(errorCode(reopen), u"blocked"_s);

    WebSocketTestClient aliceSocket;
    WebSocketTestClient bobSocket;
    QVERIFY(connect(aliceSocket, alice));
    QVERIFY(connect(bobSocket, bob));
    const QString clientId = newClientId();
    aliceSocket.sendJson({{u"type"_s, u"chatSend"_s},
                          {u"conversationId"_s, id},
                          {u"text"_s, u"hello?"_s},
                          {u"clientMessageId"_s, clientId}});
    const QJsonObject failed = nextOfType(aliceSocket, u"chatSendFailed"_s);
    QCOMPARE(failed.value(u"code"_s).toString(), u"blocked"_s);
    QCOMPARE(failed.value(u"clientMessageId"_s).toString(), clientId);
    // Typing does not cross a block either.
    aliceSocket.sendJson({{u"type"_s, u"chatTyping"_s}, {u"conversationId"_s, id}});
    QVERIFY(nextOfType(bobSocket, u"chatTyping"_s, 700).isEmpty());
    QCOMPARE(m_database->scalar(
                 u"SELECT count(*) FROM chat_messages WHERE conversation_id = %1"_s.arg(id)),
             u"0"_s);
}

void ChatTest::rateAndFloodLimits()
{
    const Account alice = newAccount(u"rate_a_"_s);
    const Account bob = newAccount(u"rate_b_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(sendRest(alice, id, u"message %1"_s.arg(i)).status, 201);
    }
    const HttpAnswer limited = sendRest(alice, id, u"one too many"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(errorCode(limited), u"rate_limited"_s);
    QVERIFY(!limited.header("Retry-After").isEmpty());
    const qint64 retryAfter =
        limited.json().value(u"error"_s).toObject().value(u"retryAfterMs"_s).toInteger();
    QVERIFY2(retryAfter > 0 && retryAfter <= 1000, limited.body.constData());

    // Flooding: the same text (whatever the case) a third time within 30 s.
    const Account carol = newAccount(u"flood_c_"_s);
    const qint64 other = openDirect(carol, bob);
    QVERIFY(other > 0);
    QCOMPARE(sendRest(carol, other, u"BUY GOLD"_s).status, 201);
    QCOMPARE(sendRest(carol, other, u"something else"_s).status, 201);
    QCOMPARE(sendRest(carol, other, u"buy gold "_s).status, 201);
    const HttpAnswer flood = sendRest(carol, other, u"Buy Gold"_s);
    QCOMPARE(flood.status, 429);
    QCOMPARE(errorCode(flood), u"flooding"_s);
    // A refused send stored nothing.
    QCOMPARE(m_database->scalar(
                 u"SELECT count(*) FROM chat_messages WHERE conversation_id = %1"_s.arg(other)),
             u"3"_s);
}

// Messages one connection sends back to back are stored in the order they were sent (the
// server runs one send per account at a time), not in whichever order the worker threads finish.
void ChatTest::oneSendersMessagesKeepTheirOrder()
{
    const Account alice = newAccount(u"order_a_"_s);
    const Account bob = newAccount(u"order_b_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    WebSocketTestClient socket;
    QVERIFY(connect(socket, alice));
    QStringList sent;
    for (int i = 1; i <= 5; ++i) {
        sent.append(newClientId());
        socket.sendJson({{u"type"_s, u"chatSend"_s},
                         {u"conversationId"_s, id},
                         {u"text"_s, u"burst %1"_s.arg(i)},
                         {u"clientMessageId"_s, sent.last()}});
    }
    QHash<QString, qint64> seqOf;
    for (int i = 0; i < 5; ++i) {
        const QJsonObject ack = nextOfType(socket, u"chatSent"_s);
        QVERIFY2(!ack.isEmpty(), "a send was not acknowledged");
        seqOf.insert(ack.value(u"clientMessageId"_s).toString(),
                     ack.value(u"message"_s).toObject().value(u"seq"_s).toInteger());
    }
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(seqOf.value(sent.at(i)), qint64(i + 1));
    }
}

void ChatTest::emptyAndOversizedTextsAreRefused()
{
    const Account alice = newAccount(u"text_a_"_s);
    const Account bob = newAccount(u"text_b_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    const HttpAnswer empty = sendRest(alice, id, u" \n\t "_s);
    QCOMPARE(empty.status, 400);
    QCOMPARE(errorCode(empty), u"text_empty"_s);
    const HttpAnswer tooLong = sendRest(alice, id, QString(2001, u'x'));
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(errorCode(tooLong), u"text_too_long"_s);
    // 2,000 code points are fine even when they take 4,000 UTF-16 units.
    const QString emoji = QString::fromUcs4(U"\U0001F3D3").repeated(2000);
    const HttpAnswer longest = sendRest(alice, id, emoji);
    QCOMPARE(longest.status, 201);
    QCOMPARE(longest.json().value(u"message"_s).toObject().value(u"text"_s).toString(), emoji);
    const HttpAnswer noId = call("POST", u"/api/chat/conversations/%1/messages"_s.arg(id), alice,
                                 {{u"text"_s, u"hi"_s}});
    QCOMPARE(noId.status, 400);
    QCOMPARE(errorCode(noId), u"invalid_field"_s);

    WebSocketTestClient socket;
    QVERIFY(connect(socket, alice));
    const QString clientId = newClientId();
    socket.sendJson({{u"type"_s, u"chatSend"_s},
                     {u"conversationId"_s, id},
                     {u"text"_s, u"   "_s},
                     {u"clientMessageId"_s, clientId}});
    const QJsonObject failed = nextOfType(socket, u"chatSendFailed"_s);
    QCOMPARE(failed.value(u"code"_s).toString(), u"text_empty"_s);
    QCOMPARE(failed.value(u"clientMessageId"_s).toString(), clientId);
}

void ChatTest::unreadAgreesOnTwoDevices()
{
    const Account alice = newAccount(u"unread_a_"_s);
    const Account bob = newAccount(u"unread_b_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    WebSocketTestClient phone;
    WebSocketTestClient laptop;
    QVERIFY(connect(phone, bob));
    QVERIFY(connect(laptop, bob));
    for (const QString &text : {u"a"_s, u"b"_s, u"c"_s}) {
        QCOMPARE(sendRest(alice, id, text).status, 201);
    }
    // Both devices get every message.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!nextOfType(phone, u"chatMessage"_s).isEmpty());
        QVERIFY(!nextOfType(laptop, u"chatMessage"_s).isEmpty());
    }
    const auto unreadOf = [&](const Account &who) {
        return call("GET", u"/api/chat/conversations/%1"_s.arg(id), who)
            .json()
            .value(u"conversation"_s)
            .toObject()
            .value(u"unread"_s)
            .toInteger(-1);
    };
    QCOMPARE(unreadOf(bob), 3);
    QCOMPARE(unreadOf(alice), 0); // your own messages are never unread
    // Reading on the phone updates the laptop, which gets the new count.
    phone.sendJson({{u"type"_s, u"chatRead"_s}, {u"conversationId"_s, id}, {u"seq"_s, 2}});
    const QJsonObject onLaptop = nextOfType(laptop, u"chatRead"_s);
    QCOMPARE(onLaptop.value(u"seq"_s).toInteger(), 2);
    QCOMPARE(onLaptop.value(u"unread"_s).toInteger(-1), 1);
    QCOMPARE(unreadOf(bob), 1);
    // The marker never moves back, nor past the last message.
    const HttpAnswer back =
        call("POST", u"/api/chat/conversations/%1/read"_s.arg(id), bob, {{u"seq"_s, 1}});
    QCOMPARE(back.status, 200);
    QCOMPARE(back.json().value(u"readSeq"_s).toInteger(), 2);
    const HttpAnswer beyond =
        call("POST", u"/api/chat/conversations/%1/read"_s.arg(id), bob, {{u"seq"_s, 99}});
    QCOMPARE(beyond.json().value(u"readSeq"_s).toInteger(), 3);
    QCOMPARE(beyond.json().value(u"unread"_s).toInteger(), 0);
    QCOMPARE(nextOfType(phone, u"chatRead"_s).value(u"unread"_s).toInteger(-1), 1);
}

void ChatTest::historyPagesBackwards()
{
    const Account alice = newAccount(u"page_a_"_s);
    const Account bob = newAccount(u"page_b_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(sendRest(i % 2 ? alice : bob, id, u"line %1"_s.arg(i)).status, 201);
    }
    const QJsonObject newest =
        call("GET", u"/api/chat/conversations/%1/messages?limit=3"_s.arg(id), alice).json();
    QCOMPARE(seqsOf(newest.value(u"messages"_s).toArray()), (QList<qint64>{4, 3, 2}));
    QVERIFY(newest.value(u"hasMore"_s).toBool());
    const QJsonObject older =
        call("GET", u"/api/chat/conversations/%1/messages?before=2&limit=3"_s.arg(id), alice)
            .json();
    QCOMPARE(seqsOf(older.value(u"messages"_s).toArray()), (QList<qint64>{1}));
    QVERIFY(!older.value(u"hasMore"_s).toBool());
    const HttpAnswer badLimit =
        call("GET", u"/api/chat/conversations/%1/messages?limit=101"_s.arg(id), alice);
    QCOMPARE(badLimit.status, 422);
}

void ChatTest::strangersCannotReadOrWrite()
{
    const Account alice = newAccount(u"priv_a_"_s);
    const Account bob = newAccount(u"priv_b_"_s);
    const Account eve = newAccount(u"priv_e_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    QCOMPARE(sendRest(alice, id, u"secret"_s).status, 201);
    QCOMPARE(call("GET", u"/api/chat/conversations/%1"_s.arg(id), eve).status, 404);
    QCOMPARE(call("GET", u"/api/chat/conversations/%1/messages"_s.arg(id), eve).status, 404);
    const HttpAnswer write = sendRest(eve, id, u"let me in"_s);
    QCOMPARE(write.status, 403);
    QCOMPARE(errorCode(write), u"not_member"_s);
    QCOMPARE(
        call("POST", u"/api/chat/conversations/%1/read"_s.arg(id), eve, {{u"seq"_s, 1}}).status,
        404);
    QCOMPARE(call("POST", u"/api/chat/direct/%1"_s.arg(eve.id), eve).status, 400);
    QCOMPARE(call("POST", u"/api/chat/direct/999999999"_s, eve).status, 404);
    QCOMPARE(m_api->authorized("GET", u"/api/chat/conversations"_s, QString()).status, 401);
    // Eve's sync of someone else's conversation returns nothing of it.
    WebSocketTestClient socket;
    QVERIFY(connect(socket, eve));
    socket.sendJson(
        {{u"type"_s, u"chatSync"_s},
         {u"conversations"_s, QJsonArray{QJsonObject{{u"id"_s, id}, {u"afterSeq"_s, 0}}}}});
    const QJsonObject leaked = nextOfType(socket, u"chatMessages"_s, 1'000);
    QVERIFY2(leaked.isEmpty(), qPrintable(describe(leaked)));
}

// Every acknowledged message is committed: the server is killed with SIGKILL right after the last
// ack, a new one starts on the same database, and the history holds every acknowledged message.
void ChatTest::acknowledgedMessagesSurviveKill9()
{
    ServerProcess model(m_database->url(), kPublicUrl); // the environment ServerProcess uses
    model.environment().insert(u"TRANSCENDENCE_SECRET_KEY"_s, QString::fromLatin1(kSecret));
    QProcess victim;
    victim.setProcessEnvironment(model.environment());
    victim.setProcessChannelMode(QProcess::MergedChannels);
    victim.start(TestEnvironment::serverBinary(), {});
    QVERIFY(victim.waitForStarted(10'000));
    static const QRegularExpression listening(u"\"event\":\"listening\".*\"port\":(\\d+)"_s);
    QString log;
    quint16 port = 0;
    const QDeadlineTimer started(30'000);
    while (port == 0 && !started.hasExpired() && victim.state() == QProcess::Running) {
        victim.waitForReadyRead(100);
        log += QString::fromUtf8(victim.readAll());
        const auto match = listening.match(log);
        if (match.hasMatch()) {
            port = quint16(match.captured(1).toUInt());
        }
    }
    QVERIFY2(port != 0, qPrintable(log));

    const Account alice = newAccount(u"kill_a_"_s);
    const Account bob = newAccount(u"kill_b_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    QList<QJsonObject> acknowledged;
    std::vector<std::unique_ptr<WebSocketTestClient>> sockets;
    for (const Account *sender : {&alice, &bob}) {
        auto socket = std::make_unique<WebSocketTestClient>();
        const QString ticket = m_api->wsTicket(sender->accessToken);
        QVERIFY(socket->open(u"ws://127.0.0.1:%1/ws"_s.arg(port)));
        socket->sendJson({{u"type"_s, u"hello"_s},
                          {u"version"_s, 1},
                          {u"client"_s, u"chat-test"_s},
                          {u"ticket"_s, ticket}});
        QVERIFY(!nextOfType(*socket, u"welcome"_s).isEmpty());
        for (int i = 0; i < 5; ++i) { // a whole burst at once, acks awaited below
            socket->sendJson({{u"type"_s, u"chatSend"_s},
                              {u"conversationId"_s, id},
                              {u"text"_s, u"%1 says %2"_s.arg(sender->username).arg(i)},
                              {u"clientMessageId"_s, newClientId()}});
        }
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets) {
        while (acknowledged.size() < (socket == sockets.front() ? 5 : 10)) {
            const QJsonObject ack = nextOfType(*socket, u"chatSent"_s);
            QVERIFY2(!ack.isEmpty(), "an ack is missing");
            acknowledged << ack.value(u"message"_s).toObject();
        }
    }
    ::kill(pid_t(victim.processId()), SIGKILL);
    QVERIFY(victim.waitForFinished(10'000));

    // m_server (another process on the same database) answers for the restarted platform.
    const QJsonObject history =
        call("GET", u"/api/chat/conversations/%1/messages?after=0&limit=100"_s.arg(id), alice)
            .json();
    const QJsonArray stored = history.value(u"messages"_s).toArray();
    QCOMPARE(stored.size(), acknowledged.size());
    QCOMPARE(seqsOf(stored), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    for (const QJsonObject &ack : std::as_const(acknowledged)) {
        bool found = false;
        for (const QJsonValue &message : stored) {
            found = found || message.toObject() == ack;
        }
        QVERIFY2(found, qPrintable(describe(ack)));
    }
}

void ChatTest::friendRequestsReachTheInbox()
{
    const Account alice = newAccount(u"inbox_a_"_s);
    const Account bob = newAccount(u"inbox_b_"_s);
    WebSocketTestClient bobPhone;
    WebSocketTestClient bobLaptop;
    WebSocketTestClient aliceSocket;
    QVERIFY(connect(bobPhone, bob));
    QVERIFY(connect(bobLaptop, bob));
    QVERIFY(connect(aliceSocket, alice));

    const HttpAnswer asked =
        call("POST", u"/api/friends/requests"_s, alice, {{u"userId"_s, bob.id}});
    QCOMPARE(asked.status, 201);
    const QJsonObject pushed = nextOfType(bobPhone, u"notification"_s);
    QVERIFY2(!pushed.isEmpty(), "no notification pushed");
    QCOMPARE(pushed.value(u"unread"_s).toInteger(), 1);
    const QJsonObject notification = pushed.value(u"notification"_s).toObject();
    QCOMPARE(notification.value(u"kind"_s).toString(), u"friend_request"_s);
    QCOMPARE(notification.value(u"actor"_s).toObject().value(u"id"_s).toInteger(), alice.id);
    QCOMPARE(notification.value(u"link"_s).toString(), u"/friends"_s);
    QCOMPARE(notification.value(u"data"_s).toObject().value(u"requestId"_s).toInteger(),
             asked.json().value(u"id"_s).toInteger());
    QVERIFY(!notification.value(u"read"_s).toBool());

    const QJsonObject inbox = call("GET", u"/api/notifications"_s, bob).json();
    QCOMPARE(inbox.value(u"unread"_s).toInteger(), 1);
    QCOMPARE(inbox.value(u"notifications"_s).toArray().first().toObject().value(u"id"_s),
             notification.value(u"id"_s));
    QVERIFY(!inbox.value(u"hasMore"_s).toBool());
    // Nobody else's inbox holds it.
    QCOMPARE(call("GET", u"/api/notifications"_s, alice).json().value(u"unread"_s).toInteger(), 0);

    // Accepting tells the asker.
    QCOMPARE(call("POST",
                  u"/api/friends/requests/%1/accept"_s.arg(asked.json().value(u"id"_s).toInteger()),
                  bob)
                 .status,
             200);
    const QJsonObject accepted = nextOfType(aliceSocket, u"notification"_s);
    QCOMPARE(accepted.value(u"notification"_s).toObject().value(u"kind"_s).toString(),
             u"friend_accepted"_s);
    QCOMPARE(accepted.value(u"notification"_s)
                 .toObject()
                 .value(u"actor"_s)
                 .toObject()
                 .value(u"id"_s)
                 .toInteger(),
             bob.id);

    // Read on the phone: the laptop is told; someone else's ids change nothing.
    const HttpAnswer foreign = call("POST", u"/api/notifications/read"_s, alice,
                                    {{u"ids"_s, QJsonArray{notification.value(u"id"_s)}}});
    QCOMPARE(foreign.status, 200);
    QCOMPARE(call("GET", u"/api/notifications"_s, bob).json().value(u"unread"_s).toInteger(), 1);
    const HttpAnswer read = call("POST", u"/api/notifications/read"_s, bob,
                                 {{u"ids"_s, QJsonArray{notification.value(u"id"_s)}}});
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(u"unread"_s).toInteger(), 0);
    QCOMPARE(nextOfType(bobLaptop, u"notificationsRead"_s).value(u"unread"_s).toInteger(-1), 0);
    QVERIFY(call("GET", u"/api/notifications"_s, bob)
                .json()
                .value(u"notifications"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"read"_s)
                .toBool());
    QCOMPARE(call("POST", u"/api/notifications/read"_s, bob, {{u"ids"_s, u"all"_s}}).status, 400);
    QCOMPARE(call("POST", u"/api/notifications/read"_s, bob, {{u"all"_s, true}}).status, 200);
    QCOMPARE(call("GET", u"/api/notifications?limit=0"_s, bob).status, 422);
}

// A player invites someone they talk with (not a friend) from the chat: the card appears in
// both histories, the invitee gets a notification, and declining updates the card for both.
void ChatTest::invitationsAreChatCards()
{
    const Account alice = newAccount(u"card_a_"_s);
    const Account bob = newAccount(u"card_b_"_s);
    const Account carol = newAccount(u"card_c_"_s);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    WebSocketTestClient aliceSocket;
    WebSocketTestClient bobSocket;
    WebSocketTestClient carolSocket;
    QVERIFY(connect(aliceSocket, alice));
    QVERIFY(connect(bobSocket, bob));
    QVERIFY(connect(carolSocket, carol));

    aliceSocket.sendJson(
        {{u"type"_s, u"invite"_s}, {u"userId"_s, bob.id}, {u"conversationId"_s, id}});
    const QJsonObject invitation = nextOfType(bobSocket, u"invitation"_s);
    QVERIFY2(!invitation.isEmpty(), "no invitation");
    const QString inviteId = invitation.value(u"inviteId"_s).toString();
    const QJsonObject card = nextOfType(bobSocket, u"chatMessage"_s).value(u"message"_s).toObject();
    QCOMPARE(card.value(u"kind"_s).toString(), u"invitation"_s);
    QCOMPARE(card.value(u"conversationId"_s).toInteger(), id);
    const QJsonObject details = card.value(u"invitation"_s).toObject();
    QCOMPARE(details.value(u"inviteId"_s).toString(), inviteId);
    QCOMPARE(details.value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(details.value(u"from"_s).toObject().value(u"id"_s).toInteger(), alice.id);
    QCOMPARE(details.value(u"to"_s).toObject().value(u"id"_s).toInteger(), bob.id);
    QCOMPARE(details.value(u"config"_s).toObject().value(u"mode"_s).toString(), u"one_vs_one"_s);
    QCOMPARE(nextOfType(aliceSocket, u"chatMessage"_s).value(u"message"_s).toObject(), card);
    const QJsonObject notice =
        nextOfType(bobSocket, u"notification"_s).value(u"notification"_s).toObject();
    QCOMPARE(notice.value(u"kind"_s).toString(), u"invitation"_s);
    QCOMPARE(notice.value(u"data"_s).toObject().value(u"inviteId"_s).toString(), inviteId);
    QCOMPARE(notice.value(u"link"_s).toString(), u"/chat/%1"_s.arg(id));

    bobSocket.sendJson(
        {{u"type"_s, u"inviteAnswer"_s}, {u"inviteId"_s, inviteId}, {u"accept"_s, false}});
    for (WebSocketTestClient *socket : {&aliceSocket, &bobSocket}) {
        const QJsonObject updated =
            nextOfType(*socket, u"chatMessageUpdated"_s).value(u"message"_s).toObject();
        QCOMPARE(updated.value(u"id"_s), card.value(u"id"_s));
        QCOMPARE(updated.value(u"invitation"_s).toObject().value(u"state"_s).toString(),
                 u"declined"_s);
    }
    // The history keeps the card with its last state.
    const QJsonObject history =
        call("GET", u"/api/chat/conversations/%1/messages"_s.arg(id), bob).json();
    QCOMPARE(history.value(u"messages"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"invitation"_s)
                 .toObject()
                 .value(u"state"_s)
                 .toString(),
             u"declined"_s);

    // Neither a friend nor someone you talk with: refused; a block refuses it too.
    carolSocket.sendJson({{u"type"_s, u"invite"_s}, {u"userId"_s, bob.id}});
    QCOMPARE(nextOfType(carolSocket, u"error"_s).value(u"code"_s).toString(), u"not_friends"_s);
    QCOMPARE(call("POST", u"/api/blocks"_s, bob, {{u"userId"_s, alice.id}}).status, 201);
    aliceSocket.sendJson({{u"type"_s, u"invite"_s}, {u"userId"_s, bob.id}});
    QCOMPARE(nextOfType(aliceSocket, u"error"_s).value(u"code"_s).toString(), u"not_friends"_s);
}

// An online tournament has a conversation for its players: it follows the entries, the server
// posts who plays whom when a match is ready, and each paired player gets tournament_match.
void ChatTest::tournamentConversationAnnouncesTheNextMatch()
{
    const Account owner = newAccount(u"cup_o_"_s);
    const Account second = newAccount(u"cup_s_"_s);
    const Account third = newAccount(u"cup_t_"_s);
    const HttpAnswer created = call("POST", u"/api/tournaments"_s, owner,
                                    {{u"kind"_s, u"online"_s}, {u"name"_s, u"Chat cup"_s}});
    QCOMPARE(created.status, 201);
    const qint64 tournamentId = created.json().value(u"id"_s).toInteger();
    std::vector<std::unique_ptr<WebSocketTestClient>> sockets;
    for (const Account *player : {&owner, &second, &third}) {
        sockets.push_back(std::make_unique<WebSocketTestClient>());
        QVERIFY(connect(*sockets.back(), *player));
        QCOMPARE(call("POST", u"/api/tournaments/%1/join"_s.arg(tournamentId), *player).status,
                 200);
        const QJsonObject joined =
            nextOfType(*sockets.back(), u"chatConversation"_s).value(u"conversation"_s).toObject();
        QCOMPARE(joined.value(u"kind"_s).toString(), u"tournament"_s);
        QCOMPARE(joined.value(u"tournamentId"_s).toInteger(), tournamentId);
        QCOMPARE(joined.value(u"title"_s).toString(), u"Chat cup"_s);
    }
    const qint64 conversation = call("GET", u"/api/chat/conversations"_s, third)
                                    .json()
                                    .value(u"conversations"_s)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"id"_s)
                                    .toInteger();
    QVERIFY(conversation > 0);
    // Players talk there.
    QCOMPARE(sendRest(second, conversation, u"good luck all"_s).status, 201);
    QCOMPARE(nextOfType(*sockets[2], u"chatMessage"_s)
                 .value(u"message"_s)
                 .toObject()
                 .value(u"text"_s)
                 .toString(),
             u"good luck all"_s);

    QCOMPARE(call("POST", u"/api/tournaments/%1/start"_s.arg(tournamentId), owner).status, 200);
    // Three players in a bracket of four: one match is ready at once, one player has a bye.
    int paired = 0;
    for (auto &socket : sockets) {
        // The pairing and (for the two paired players) the notification, in either order.
        QJsonObject notice;
        QJsonObject ready;
        QDeadlineTimer deadline(8'000);
        while (!deadline.hasExpired() && (notice.isEmpty() || ready.isEmpty())) {
            const QJsonObject message =
                socket->next(int(qMax<qint64>(1, deadline.remainingTime())));
            const QString type = message.value(u"type"_s).toString();
            if (type == u"chatMessage"_s &&
                message.value(u"message"_s).toObject().value(u"kind"_s) == u"system"_s) {
                notice = message.value(u"message"_s).toObject();
                deadline = QDeadlineTimer(qMin<qint64>(deadline.remainingTime(), 1'500));
            } else if (type == u"notification"_s) {
                ready = message.value(u"notification"_s).toObject();
            }
        }
        QVERIFY2(!notice.isEmpty(), "no pairing posted");
        QCOMPARE(notice.value(u"kind"_s).toString(), u"system"_s);
        QCOMPARE(notice.value(u"conversationId"_s).toInteger(), conversation);
        QVERIFY(notice.value(u"sender"_s).isNull());
        const QJsonObject system = notice.value(u"system"_s).toObject();
        QCOMPARE(system.value(u"code"_s).toString(), u"tournament_pairing"_s);
        QCOMPARE(system.value(u"args"_s).toObject().value(u"round"_s).toInt(), 1);
        QCOMPARE(system.value(u"args"_s).toObject().value(u"players"_s).toArray().size(), 2);
        QVERIFY(notice.value(u"text"_s).toString().startsWith(u"Round 1: "_s));
        if (!ready.isEmpty()) {
            ++paired;
            QCOMPARE(ready.value(u"kind"_s).toString(), u"tournament_match"_s);
            QCOMPARE(ready.value(u"data"_s).toObject().value(u"tournamentId"_s).toInteger(),
                     tournamentId);
            QVERIFY(!ready.value(u"data"_s).toObject().value(u"roomId"_s).toString().isEmpty());
            QCOMPARE(ready.value(u"link"_s).toString(), u"/tournaments/%1"_s.arg(tournamentId));
        }
    }
    QCOMPARE(paired, 2);
    // The pairing is posted once.
    QCOMPARE(m_database->scalar(u"SELECT count(*) FROM chat_messages WHERE conversation_id = %1 "
                                "AND kind = 'system'"_s.arg(conversation)),
             u"1"_s);
}

// When an online tournament ends, its conversation says so and every player still in it finds a
// tournament_notice in their inbox (they may have left the page long before).
void ChatTest::tournamentEndReachesTheInbox()
{
    const Account owner = newAccount(u"end_o_"_s);
    const Account second = newAccount(u"end_s_"_s);
    const Account third = newAccount(u"end_t_"_s);
    const HttpAnswer created = call("POST", u"/api/tournaments"_s, owner,
                                    {{u"kind"_s, u"online"_s}, {u"name"_s, u"Short cup"_s}});
    QCOMPARE(created.status, 201);
    const qint64 tournamentId = created.json().value(u"id"_s).toInteger();
    for (const Account *player : {&owner, &second, &third}) {
        QCOMPARE(call("POST", u"/api/tournaments/%1/join"_s.arg(tournamentId), *player).status,
                 200);
    }
    QCOMPARE(call("POST", u"/api/tournaments/%1/start"_s.arg(tournamentId), owner).status, 200);
    // Both rivals walk out (leaving forfeits what remains): the owner wins, the tournament ends.
    QCOMPARE(call("POST", u"/api/tournaments/%1/leave"_s.arg(tournamentId), second).status, 200);
    QCOMPARE(call("POST", u"/api/tournaments/%1/leave"_s.arg(tournamentId), third).status, 200);
    for (const Account *player : {&owner}) {
        QJsonObject notice;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray inbox = call("GET", u"/api/notifications"_s, *player)
                                             .json()
                                             .value(u"notifications"_s)
                                             .toArray();
                for (const QJsonValue &item : inbox) {
                    if (item.toObject().value(u"kind"_s) == u"tournament_notice"_s) {
                        notice = item.toObject();
                        return true;
                    }
                }
                return false;
            }(),
            8'000);
        const QJsonObject data = notice.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"code"_s).toString(), u"tournament_over"_s);
        QCOMPARE(data.value(u"tournamentId"_s).toInteger(), tournamentId);
        QCOMPARE(notice.value(u"link"_s).toString(), u"/tournaments/%1"_s.arg(tournamentId));
    }
    QCOMPARE(m_database->scalar(u"SELECT count(*) FROM chat_messages m JOIN chat_conversations c "
                                "ON c.id = m.conversation_id WHERE c.tournament_id = %1 AND "
                                "m.payload->>'code' = 'tournament_over'"_s.arg(tournamentId)),
             u"1"_s);
}

// A member reports a message; an admin sees it with its text, removes the message (everyone sees
// "removed by a moderator"), the report resolves, the author is told, and the audit log has it.
void ChatTest::reportThenRemoveIsAudited()
{
    const Account alice = newAccount(u"rep_a_"_s);
    const Account bob = newAccount(u"rep_b_"_s);
    const Account admin = m_api->login(m_admin);
    QVERIFY(!admin.accessToken.isEmpty());
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    const HttpAnswer sent = sendRest(alice, id, u"you are terrible at pong"_s);
    const qint64 messageId = sent.json().value(u"message"_s).toObject().value(u"id"_s).toInteger();
    QVERIFY(messageId > 0);

    const QString reportPath = u"/api/chat/messages/%1/report"_s.arg(messageId);
    QCOMPARE(call("POST", reportPath, alice, {{u"reason"_s, u"abuse"_s}}).status, 403); // own
    QCOMPARE(call("POST", reportPath, newAccount(u"rep_e_"_s), {{u"reason"_s, u"abuse"_s}}).status,
             404); // not a member
    QCOMPARE(call("POST", reportPath, bob, {{u"reason"_s, u"rude"_s}}).status, 400);
    const HttpAnswer reported =
        call("POST", reportPath, bob, {{u"reason"_s, u"abuse"_s}, {u"comment"_s, u"insults"_s}});
    QCOMPARE(reported.status, 201);
    const HttpAnswer twice = call("POST", reportPath, bob, {{u"reason"_s, u"spam"_s}});
    QCOMPARE(twice.status, 409);
    QCOMPARE(errorCode(twice), u"already_reported"_s);

    // Only admins see reports.
    QCOMPARE(call("GET", u"/api/admin/chat/reports"_s, bob).status, 403);
    const QJsonObject open = call("GET", u"/api/admin/chat/reports?status=open"_s, admin).json();
    QJsonObject report;
    for (const QJsonValue &entry : open.value(u"reports"_s).toArray()) {
        if (entry.toObject().value(u"message"_s).toObject().value(u"id"_s).toInteger() ==
            messageId) {
            report = entry.toObject();
        }
    }
    QVERIFY2(!report.isEmpty(), qPrintable(describe(open)));
    QCOMPARE(report.value(u"reason"_s).toString(), u"abuse"_s);
    QCOMPARE(report.value(u"comment"_s).toString(), u"insults"_s);
    QCOMPARE(report.value(u"reporter"_s).toObject().value(u"id"_s).toInteger(), bob.id);
    QCOMPARE(report.value(u"message"_s).toObject().value(u"text"_s).toString(),
             u"you are terrible at pong"_s);

    WebSocketTestClient aliceSocket;
    WebSocketTestClient bobSocket;
    QVERIFY(connect(aliceSocket, alice));
    QVERIFY(connect(bobSocket, bob));
    const QString removePath = u"/api/admin/chat/messages/%1"_s.arg(messageId);
    QCOMPARE(call("DELETE", removePath, bob, {{u"reason"_s, u"insults"_s}}).status, 403);
    const HttpAnswer removed = call("DELETE", removePath, admin, {{u"reason"_s, u"insults"_s}});
    QCOMPARE(removed.status, 200);
    for (WebSocketTestClient *socket : {&aliceSocket, &bobSocket}) {
        const QJsonObject updated =
            nextOfType(*socket, u"chatMessageUpdated"_s).value(u"message"_s).toObject();
        QCOMPARE(updated.value(u"id"_s).toInteger(), messageId);
        QCOMPARE(updated.value(u"removed"_s).toString(), u"moderator"_s);
        QCOMPARE(updated.value(u"text"_s).toString(), QString());
    }
    const QJsonObject told =
        nextOfType(aliceSocket, u"notification"_s).value(u"notification"_s).toObject();
    QCOMPARE(told.value(u"kind"_s).toString(), u"moderation"_s);
    QCOMPARE(told.value(u"data"_s).toObject().value(u"action"_s).toString(), u"message_removed"_s);
    QCOMPARE(call("GET", u"/api/chat/conversations/%1/messages"_s.arg(id), bob)
                 .json()
                 .value(u"messages"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"removed"_s)
                 .toString(),
             u"moderator"_s);
    // The report is resolved; the moderators still read the text.
    const QJsonArray resolved = call("GET", u"/api/admin/chat/reports?status=resolved"_s, admin)
                                    .json()
                                    .value(u"reports"_s)
                                    .toArray();
    QVERIFY(!resolved.isEmpty());
    QCOMPARE(resolved.first().toObject().value(u"resolution"_s).toString(), u"message_removed"_s);
    QCOMPARE(resolved.first().toObject().value(u"message"_s).toObject().value(u"text"_s).toString(),
             u"you are terrible at pong"_s);
    // Every admin action is in the audit log.
    const QString audit = QString::fromUtf8(call("GET", u"/api/admin/audit-log"_s, admin).body);
    QVERIFY2(audit.contains(u"chat_message_removed"_s), qPrintable(audit.left(500)));
    QCOMPARE(m_database->scalar(u"SELECT count(*) FROM admin_audit_log WHERE action = "
                                "'chat_message_removed' AND target_user_id = %1 AND "
                                "details ->> 'messageId' = '%2'"_s.arg(alice.id)
                                    .arg(messageId)),
             u"1"_s);

    // Dismissing: another report, dismissed, audited.
    const HttpAnswer other = sendRest(bob, id, u"fine, rematch"_s);
    const qint64 otherId = other.json().value(u"message"_s).toObject().value(u"id"_s).toInteger();
    const qint64 reportId = call("POST", u"/api/chat/messages/%1/report"_s.arg(otherId), alice,
                                 {{u"reason"_s, u"spam"_s}})
                                .json()
                                .value(u"report"_s)
                                .toObject()
                                .value(u"id"_s)
                                .toInteger();
    QVERIFY(reportId > 0);
    QCOMPARE(call("POST", u"/api/admin/chat/reports/%1/dismiss"_s.arg(reportId), admin).status,
             200);
    QCOMPARE(call("POST", u"/api/admin/chat/reports/%1/dismiss"_s.arg(reportId), admin).status,
             404);
    QCOMPARE(m_database->scalar(
                 u"SELECT count(*) FROM admin_audit_log WHERE action = "
                 "'chat_report_dismissed' AND details ->> 'reportId' = '%1'"_s.arg(reportId)),
             u"1"_s);
}

void ChatTest::mutedUsersAreRefusedAndTold()
{
    const Account alice = newAccount(u"mute_a_"_s);
    const Account bob = newAccount(u"mute_b_"_s);
    const Account admin = m_api->login(m_admin);
    const qint64 id = openDirect(alice, bob);
    QVERIFY(id > 0);
    WebSocketTestClient aliceSocket;
    QVERIFY(connect(aliceSocket, alice));
    const QString mutePath = u"/api/admin/users/%1/mute"_s.arg(alice.id);
    QCOMPARE(call("POST", mutePath, bob, {{u"minutes"_s, 10}}).status, 403);
    QCOMPARE(call("POST", mutePath, admin, {{u"minutes"_s, 0}}).status, 400);
    QCOMPARE(call("POST", mutePath, admin, {{u"minutes"_s, 43201}}).status, 400);
    const HttpAnswer muted =
        call("POST", mutePath, admin, {{u"minutes"_s, 10}, {u"reason"_s, u"spam"_s}});
    QCOMPARE(muted.status, 200);
    const QString until = muted.json().value(u"mutedUntil"_s).toString();
    QVERIFY(!until.isEmpty());
    const QJsonObject told =
        nextOfType(aliceSocket, u"notification"_s).value(u"notification"_s).toObject();
    QCOMPARE(told.value(u"kind"_s).toString(), u"moderation"_s);
    QCOMPARE(told.value(u"data"_s).toObject().value(u"action"_s).toString(), u"muted"_s);
    QCOMPARE(told.value(u"data"_s).toObject().value(u"until"_s).toString(), until);

    const HttpAnswer refused = sendRest(alice, id, u"can I still talk?"_s);
    QCOMPARE(refused.status, 403);
    QCOMPARE(errorCode(refused), u"muted"_s);
    QCOMPARE(refused.json().value(u"error"_s).toObject().value(u"until"_s).toString(), until);
    aliceSocket.sendJson({{u"type"_s, u"chatSend"_s},
                          {u"conversationId"_s, id},
                          {u"text"_s, u"hello?"_s},
                          {u"clientMessageId"_s, newClientId()}});
    const QJsonObject failed = nextOfType(aliceSocket, u"chatSendFailed"_s);
    QCOMPARE(failed.value(u"code"_s).toString(), u"muted"_s);
    QCOMPARE(failed.value(u"until"_s).toString(), until);
    QCOMPARE(
        call("GET", u"/api/chat/conversations"_s, alice).json().value(u"mutedUntil"_s).toString(),
        until);
    // They can still read.
    QCOMPARE(call("GET", u"/api/chat/conversations/%1/messages"_s.arg(id), alice).status, 200);

    QCOMPARE(call("DELETE", mutePath, admin).status, 204);
    QCOMPARE(nextOfType(aliceSocket, u"notification"_s)
                 .value(u"notification"_s)
                 .toObject()
                 .value(u"data"_s)
                 .toObject()
                 .value(u"action"_s)
                 .toString(),
             u"unmuted"_s);
    QCOMPARE(sendRest(alice, id, u"thanks"_s).status, 201);
    QCOMPARE(call("DELETE", mutePath, admin).status, 404);
    QCOMPARE(m_database->scalar(u"SELECT string_agg(action, ',' ORDER BY id) FROM admin_audit_log "
                                "WHERE target_user_id = %1"_s.arg(alice.id)),
             u"user_muted,user_unmuted"_s);
}

QTEST_GUILESS_MAIN(ChatTest)
#include "chat_test.moc"
