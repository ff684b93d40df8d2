// The chat messages (docs/chat.md, docs/protocol.md "Chat"): each survives a round trip through
// toJson and fromJson, bad client messages are refused naming the field, and the text rules count
// Unicode code points after trimming.
#include "protocol/ChatMessages.h"

#include "protocol/LobbyMessages.h"

#include <QJsonArray>
#include <QTest>

using namespace transcendence::protocol;
using namespace Qt::StringLiterals;

namespace {

template <typename Message>
Message decoded(const QJsonObject &json)
{
    auto parsed = Message::fromJson(json);
    if (const auto *error = std::get_if<ProtocolError>(&parsed)) {
        qWarning().noquote() << error->code << error->message;
        return Message{};
    }
    return std::get<Message>(std::move(parsed));
}

template <typename Message>
QString refusal(const QJsonObject &json)
{
    auto parsed = Message::fromJson(json);
    if (const auto *error = std::get_if<ProtocolError>(&parsed)) {
        return error->code;
    }
    return u"(accepted)"_s;
}

ChatMessageRecord sampleMessage()
{
    ChatMessageRecord message;
    message.id = 41;
    message.conversationId = 7;
    message.seq = 3;
    message.text = u"gg, rematch?"_s;
    message.sender = UserRef{5, u"Alice"_s, u"/api/users/5/avatar"_s};
    message.sentAt = QDateTime(QDate(2026, 12, 6), QTime(2, 30, 0, 125), Qt::UTC);
    message.clientMessageId = u"0b6f3f1e-8a53-4a55-9df5-0c3b7c3a1d2e"_s;
    return message;
}

} // namespace

class ChatMessagesTest : public QObject {
    Q_OBJECT

private slots:
    void messageRoundTrip()
    {
        const ChatMessageRecord message = sampleMessage();
        const QJsonObject json = ChatMessagePush{message}.toJson();
        QCOMPARE(json.value(u"type"_s).toString(), u"chatMessage"_s);
        const ChatMessageRecord back = decoded<ChatMessagePush>(json).message;
        QCOMPARE(back.id, 41);
        QCOMPARE(back.conversationId, 7);
        QCOMPARE(back.seq, 3);
        QCOMPARE(back.text, message.text);
        QCOMPARE(back.sender->displayName, u"Alice"_s);
        QCOMPARE(back.sentAt, message.sentAt);
        QCOMPARE(back.clientMessageId, message.clientMessageId);
        QVERIFY(back.removed.isEmpty());
        QVERIFY(json.value(u"message"_s).toObject().value(u"system"_s).isNull());
    }

    void removedMessagesCarryNoText()
    {
        ChatMessageRecord message = sampleMessage();
        message.removed = u"moderator"_s;
        const QJsonObject json = message.toJson();
        QCOMPARE(json.value(u"text"_s).toString(), QString());
        QCOMPARE(json.value(u"removed"_s).toString(), u"moderator"_s);
        QCOMPARE(ChatMessagePush{message}
                     .toJson(message_type::ChatMessageUpdated)
                     .value(u"type"_s)
                     .toString(),
                 u"chatMessageUpdated"_s);
    }

    void conversationRoundTrip()
    {
        ConversationRecord conversation;
        conversation.id = 7;
        conversation.title = u"Bob"_s;
        conversation.peer = UserRef{6, u"Bob"_s, {}};
        conversation.lastSeq = 9;
        conversation.readSeq = 4;
        conversation.peerReadSeq = 9;
        conversation.unread = 5;
        conversation.lastMessage = sampleMessage();
        const ConversationRecord back =
            decoded<ChatConversationPush>(ChatConversationPush{conversation}.toJson()).conversation;
        QCOMPARE(back.id, 7);
        QCOMPARE(back.kind, u"direct"_s);
        QCOMPARE(back.peer->id, 6);
        QCOMPARE(back.unread, 5);
        QCOMPARE(back.peerReadSeq, 9);
        QCOMPARE(back.lastMessage->id, 41);
        QCOMPARE(back.tournamentId, 0);
    }

    void sendIsChecked()
    {
        const ChatSend send{7, u"hi"_s, u"0b6f3f1e-8a53-4a55-9df5-0c3b7c3a1d2e"_s};
        const ChatSend back = decoded<ChatSend>(send.toJson());
        QCOMPARE(back.conversationId, 7);
        QCOMPARE(back.text, u"hi"_s);
        QCOMPARE(back.clientMessageId, send.clientMessageId);

        QJsonObject noUuid = send.toJson();
        noUuid.insert(u"clientMessageId"_s, u"42"_s);
        QCOMPARE(refusal<ChatSend>(noUuid), error_code::InvalidField);
        QJsonObject badConversation = send.toJson();
        badConversation.insert(u"conversationId"_s, 1.5);
        QCOMPARE(refusal<ChatSend>(badConversation), error_code::InvalidField);
        QJsonObject numberText = send.toJson();
        numberText.insert(u"text"_s, 3);
        QCOMPARE(refusal<ChatSend>(numberText), error_code::InvalidField);
    }

    void sendFailedCarriesRetryAndUntil()
    {
        ChatSendFailed failed{u"id"_s, chat_error::RateLimited, u"slow down"_s, 1200, {}};
        QJsonObject json = failed.toJson();
        QCOMPARE(json.value(u"retryAfterMs"_s).toInteger(), 1200);
        QVERIFY(!json.contains(u"until"_s));
        QCOMPARE(decoded<ChatSendFailed>(json).retryAfterMs, 1200);

        failed = {u"id"_s, chat_error::Muted, u"muted"_s, 0,
                  QDateTime(QDate(2026, 12, 7), QTime(1, 0), Qt::UTC)};
        json = failed.toJson();
        QVERIFY(!json.contains(u"retryAfterMs"_s));
        QCOMPARE(decoded<ChatSendFailed>(json).until, failed.until);
    }

    void readTypingSync()
    {
        const ChatRead read = decoded<ChatRead>(
            ChatRead{7, 12, 5, qint64(0)}.toJson()); // the reader's own device: unread 0
        QCOMPARE(read.seq, 12);
        QCOMPARE(read.userId, 5);
        QCOMPARE(read.unread.value_or(-1), 0);
        QCOMPARE(refusal<ChatRead>({{u"type"_s, u"chatRead"_s}, {u"conversationId"_s, 7}}),
                 error_code::InvalidField);

        QCOMPARE(decoded<ChatTyping>(ChatTyping{7, UserRef{5, u"Alice"_s, {}}}.toJson()).user->id,
                 5);

        ChatSync sync;
        sync.conversations = {{7, 12}, {8, 0}};
        const ChatSync back = decoded<ChatSync>(sync.toJson());
        QCOMPARE(back.conversations.size(), 2);
        QCOMPARE(back.conversations.at(0).afterSeq, 12);
        QCOMPARE(refusal<ChatSync>({{u"conversations"_s, QJsonArray{QJsonObject{{u"id"_s, 7}}}}}),
                 error_code::InvalidField);

        ChatMessages missed{7, {sampleMessage()}, false};
        const ChatMessages missedBack = decoded<ChatMessages>(missed.toJson());
        QCOMPARE(missedBack.messages.size(), 1);
        QVERIFY(!missedBack.complete);
    }

    void notificationsRoundTrip()
    {
        NotificationRecord notification{3,
                                        u"friend_request"_s,
                                        QDateTime(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC),
                                        false,
                                        UserRef{5, u"Alice"_s, {}},
                                        {{u"requestId"_s, 9}},
                                        u"/friends"_s};
        const NotificationPush back =
            decoded<NotificationPush>(NotificationPush{notification, 4}.toJson());
        QCOMPARE(back.unread, 4);
        QCOMPARE(back.notification.kind, u"friend_request"_s);
        QCOMPARE(back.notification.actor->id, 5);
        QCOMPARE(back.notification.link, u"/friends"_s);
        QCOMPARE(decoded<NotificationsRead>(NotificationsRead{2}.toJson()).unread, 2);
    }

    void textRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("stored");
        QTest::newRow("plain") << u"hello"_s << QString() << u"hello"_s;
        QTest::newRow("trimmed") << u"  hi \n"_s << QString() << u"hi"_s;
        QTest::newRow("only spaces") << u" \t\n "_s << chat_error::TextEmpty << QString();
        QTest::newRow("2000 letters") << QString(2000, u'a') << QString() << QString(2000, u'a');
        QTest::newRow("2001 letters")
            << QString(2001, u'a') << chat_error::TextTooLong << QString(2001, u'a');
        // 2,000 emoji are 4,000 UTF-16 units but 2,000 code points: allowed.
        const QString emoji = QString::fromUcs4(U"\U0001F3D3");
        QTest::newRow("2000 emoji") << emoji.repeated(2000) << QString() << emoji.repeated(2000);
        QTest::newRow("2001 emoji")
            << emoji.repeated(2001) << chat_error::TextTooLong << emoji.repeated(2001);
        QTest::newRow("NUL") << u"a\u0000b"_s << error_code::InvalidField << u"a\u0000b"_s;
    }

    void textRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QFETCH(QString, stored);
        const QString normalized = chat_rules::normalizedText(text);
        QCOMPARE(normalized, stored);
        QCOMPARE(chat_rules::textProblem(normalized), problem);
    }

    void inviteMayNameTheConversation()
    {
        InviteRequest invite;
        invite.userId = 6;
        invite.conversationId = 7;
        QCOMPARE(decoded<InviteRequest>(invite.toJson()).conversationId, 7);
        invite.conversationId = 0;
        QVERIFY(!invite.toJson().contains(u"conversationId"_s));
        QJsonObject bad = invite.toJson();
        bad.insert(u"conversationId"_s, u"7"_s);
        QCOMPARE(refusal<InviteRequest>(bad), error_code::InvalidField);
    }

    void floodKeyIgnoresCase()
    {
        QCOMPARE(chat_rules::floodKey(u"GG  WP"_s), chat_rules::floodKey(u"gg wp"_s));
        QVERIFY(chat_rules::floodKey(u"gg"_s) != chat_rules::floodKey(u"wp"_s));
    }
};

QTEST_GUILESS_MAIN(ChatMessagesTest)
#include "ChatMessagesTest.moc"
