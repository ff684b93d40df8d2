// The chat's model logic without a server: messages merged by seq and deduplicated by id, this
// device's pending sends replaced by their stored message (matched by clientMessageId), "Seen",
// typing, the words for every refusal code, and a conversation list older than this client's read
// marker.
#include "chat/ChatTexts.h"
#include "chat/ConversationList.h"
#include "chat/ConversationModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace transcendence::client;

namespace {

constexpr qint64 kConversation = 7;
constexpr qint64 kMe = 1;
constexpr qint64 kPeer = 2;

QJsonObject message(qint64 id, qint64 seq, qint64 sender, const QString &text,
                    const QString &clientMessageId = {})
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("conversationId"), kConversation},
                       {QStringLiteral("seq"), seq},
                       {QStringLiteral("kind"), QStringLiteral("text")},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), sender}}},
                       {QStringLiteral("sentAt"), QStringLiteral("2026-12-06T10:00:00.000Z")}};
    if (!clientMessageId.isEmpty()) {
        object.insert(QStringLiteral("clientMessageId"), clientMessageId);
    }
    return object;
}

QList<qint64> seqs(const ConversationModel &model)
{
    QList<qint64> list;
    for (int row = 0; row < model.count(); ++row) {
        list.append(model.data(model.index(row), ConversationModel::SeqRole).toLongLong());
    }
    return list;
}

} // namespace

class ChatUnitTest : public QObject {
    Q_OBJECT

private slots:
    void aListOlderThanThisClientsReadMarkerDoesNotBringUnreadBack()
    {
        const auto row = [](qint64 id, qint64 lastSeq, qint64 readSeq, int unread) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("lastSeq"), lastSeq},
                               {QStringLiteral("readSeq"), readSeq},
                               {QStringLiteral("unread"), unread}};
        };
        // Read here up to 3 in conversation 7; the list was read on the server before that.
        // Conversation 8 has a message this client has not seen; 9 was read elsewhere further.
        const QJsonArray kept = withReadMarkersKept(
            {{7, 3}, {8, 3}, {9, 1}},
            QJsonArray{row(7, 3, 2, 1), row(8, 4, 2, 2), row(9, 5, 5, 0), row(10, 2, 0, 2)});
        QCOMPARE(kept.at(0).toObject(), row(7, 3, 3, 0));
        const QJsonObject newer = kept.at(1).toObject();
        QCOMPARE(newer.value(QStringLiteral("readSeq")).toInteger(), 3);
        QVERIFY(newer.value(QStringLiteral("unread")).toInt() > 0);
        QCOMPARE(kept.at(2).toObject(), row(9, 5, 5, 0));  // the server's marker is newer: kept
        QCOMPARE(kept.at(3).toObject(), row(10, 2, 0, 2)); // unknown here: as listed
    }

    void theAnswerToAnOlderReadMarkerIsNotTaken()
    {
        // Markers 3 then 5 sent; 5's answer (unread 0) came first, then 3's (unread 2).
        QVERIFY(isCurrentReadAnswer(5, 5));
        QVERIFY(!isCurrentReadAnswer(5, 3));
        QVERIFY(isCurrentReadAnswer(5, 7)); // another device of mine read further
        QVERIFY(isCurrentReadAnswer(0, 1));
    }

    void messagesAreOrderedBySeqWhateverTheOrderTheyCome()
    {
        ConversationModel model(kConversation, kMe);
        // A live push, then an older page (newest first), then catch-up overlapping both.
        model.merge(message(15, 5, kPeer, "five"));
        model.mergeAll(QJsonArray{message(14, 4, kPeer, "four"), message(12, 2, kMe, "two")});
        model.mergeAll(QJsonArray{message(13, 3, kPeer, "three"), message(14, 4, kPeer, "four"),
                                  message(15, 5, kPeer, "five"), message(16, 6, kMe, "six")});
        QCOMPARE(seqs(model), (QList<qint64>{2, 3, 4, 5, 6}));
        QCOMPARE(model.lastSeq(), 6);
        QCOMPARE(model.firstSeq(), 2);
    }

    void aMessageIsShownOnceEvenWhenDeliveredTwice()
    {
        ConversationModel model(kConversation, kMe);
        QVERIFY(model.merge(message(20, 1, kPeer, "hello")));
        QVERIFY(!model.merge(message(20, 1, kPeer, "hello")));
        QCOMPARE(model.count(), 1);
        // The same id changed (removed by a moderator): updated in place.
        QJsonObject removed = message(20, 1, kPeer, "");
        removed.insert(QStringLiteral("removed"), QStringLiteral("moderator"));
        QVERIFY(model.merge(removed));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.data(model.index(0), ConversationModel::RemovedRole).toString(),
                 QStringLiteral("moderator"));
    }

    void messagesOfAnotherConversationAreIgnored()
    {
        ConversationModel model(kConversation, kMe);
        QJsonObject other = message(30, 1, kPeer, "elsewhere");
        other.insert(QStringLiteral("conversationId"), kConversation + 1);
        QVERIFY(!model.merge(other));
        QCOMPARE(model.count(), 0);
    }

    void aPendingSendIsReplacedByItsStoredMessage()
    {
        ConversationModel model(kConversation, kMe);
        model.merge(message(40, 1, kPeer, "hi"));
        const QString clientId = model.addPending(QStringLiteral("hi back"));
        QCOMPARE(model.count(), 2);
        QVERIFY(model.data(model.index(1), ConversationModel::PendingRole).toBool());
        QCOMPARE(model.unansweredSends().size(), 1);
        // The peer answers before the acknowledgement arrives: stored messages stay before the
        // pending one.
        model.merge(message(41, 2, kPeer, "are you there?"));
        QCOMPARE(model.count(), 3);
        QVERIFY(model.data(model.index(2), ConversationModel::PendingRole).toBool());
        // The acknowledgement (chatSent), and the same message again as chatMessage.
        model.merge(message(42, 3, kMe, "hi back", clientId));
        model.merge(message(42, 3, kMe, "hi back", clientId));
        QCOMPARE(seqs(model), (QList<qint64>{1, 2, 3}));
        QVERIFY(!model.data(model.index(2), ConversationModel::PendingRole).toBool());
        QVERIFY(model.unansweredSends().isEmpty());
    }

    void aFailedSendKeepsItsClientMessageIdForTheRetry()
    {
        ConversationModel model(kConversation, kMe);
        const QString clientId = model.addPending(QStringLiteral("too fast"));
        model.markFailed(clientId, ChatTexts::refusal(QStringLiteral("rate_limited"), {}, 2500));
        QVERIFY(model.data(model.index(0), ConversationModel::FailedRole).toBool());
        QVERIFY(model.data(model.index(0), ConversationModel::FailureRole)
                    .toString()
                    .contains(QLatin1String("3 second")));
        QVERIFY(model.unansweredSends().isEmpty()); // not resent by itself after a reconnect
        model.retry(clientId);                      // no controller: stays pending, same id
        QCOMPARE(model.unansweredSends().size(), 1);
        QCOMPARE(model.unansweredSends().first().value("clientMessageId").toString(), clientId);
        model.discard(clientId);
        QCOMPARE(model.count(), 0);
    }

    void seenOnceThePeerReadMyLastMessage()
    {
        ConversationModel model(kConversation, kMe);
        QSignalSpy seenChanged(&model, &ConversationModel::seenChanged);
        model.merge(message(50, 1, kPeer, "question"));
        model.merge(message(51, 2, kMe, "answer"));
        QVERIFY(!model.isSeen());
        model.setPeerReadSeq(1);
        QVERIFY(!model.isSeen());
        model.setPeerReadSeq(2);
        QVERIFY(model.isSeen());
        model.setPeerReadSeq(1); // a marker never moves back
        QVERIFY(model.isSeen());
        // "Seen" stays under my newest message when the peer writes after it.
        QCOMPARE(model.myLastSeq(), 2);
        model.merge(message(52, 3, kPeer, "thanks"));
        QCOMPARE(model.myLastSeq(), 2);
        QVERIFY(model.isSeen());
        model.addPending(QStringLiteral("and another thing"));
        QVERIFY(!model.isSeen());
        QVERIFY(seenChanged.count() >= 2);
    }

    void typingShowsTheOthersOnlyAndStopsWithTheirMessage()
    {
        ConversationModel model(kConversation, kMe);
        model.setTyping(kMe, QStringLiteral("Me"));
        QVERIFY(model.typingNames().isEmpty());
        model.setTyping(kPeer, QStringLiteral("Peer"));
        QCOMPARE(model.typingNames(), QStringList{QStringLiteral("Peer")});
        model.merge(message(60, 1, kPeer, "done typing"));
        QVERIFY(model.typingNames().isEmpty());
    }

    void theFirstMessageOfARunShowsItsSender()
    {
        ConversationModel model(kConversation, kMe);
        model.mergeAll(QJsonArray{message(70, 1, kPeer, "a"), message(71, 2, kPeer, "b"),
                                  message(72, 3, kMe, "c")});
        const auto first = [&model](int row) {
            return model.data(model.index(row), ConversationModel::FirstOfRunRole).toBool();
        };
        QVERIFY(first(0));
        QVERIFY(!first(1));
        QVERIFY(first(2));
    }

    void lengthIsCountedInCodePointsAfterTrimming()
    {
        QCOMPARE(ChatTexts::textLength(QStringLiteral("  abc  ")), 3);
        // One emoji is two UTF-16 units but one code point.
        QCOMPARE(ChatTexts::textLength(QString::fromUtf8("\xF0\x9F\x8F\x93")), 1);
        ConversationModel model(kConversation, kMe);
        QVERIFY(!model.send(QString(2001, QLatin1Char('x'))));
        QVERIFY(model.errorMessage().contains(QLatin1String("2000")));
        QVERIFY(!model.send(QStringLiteral("   ")));
        QCOMPARE(model.count(), 0);
    }

    void everyRefusalCodeHasItsOwnWords()
    {
        const QStringList codes{"blocked",    "muted",         "rate_limited", "flooding",
                                "text_empty", "text_too_long", "not_member",   "already_reported"};
        QSet<QString> texts;
        for (const QString &code : codes) {
            const QString text = ChatTexts::refusal(code, {}, 1000);
            // Not the fallback that shows the bare code.
            QVERIFY2(!text.startsWith(QLatin1String("The server refused")),
                     qPrintable(code + ": " + text));
            texts.insert(text);
        }
        QCOMPARE(texts.size(), codes.size());
        QVERIFY(
            ChatTexts::refusal(QStringLiteral("muted"), QStringLiteral("2030-01-01T12:00:00.000Z"))
                .contains(QLatin1String("2030")));
    }

    void systemMessagesAndNotificationsAreRenderedFromTheirCode()
    {
        const QVariantMap pairing{
            {"code", "tournament_pairing"},
            {"args", QVariantMap{{"round", 2},
                                 {"players", QVariantList{QVariantMap{{"displayName", "Ann"}},
                                                          QVariantMap{{"displayName", "Bob"}}}}}}};
        QCOMPARE(ChatTexts::systemMessage(pairing), QStringLiteral("Round 2: Ann plays Bob next."));
        const QVariantMap request{{"kind", "friend_request"},
                                  {"actor", QVariantMap{{"displayName", "Ann"}}}};
        QCOMPARE(ChatTexts::notification(request), QStringLiteral("Ann asked to be your friend."));
    }
};

QTEST_GUILESS_MAIN(ChatUnitTest)
#include "ChatUnitTest.moc"
