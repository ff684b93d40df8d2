// The matchmaking rules without any I/O: rating windows that widen with waiting, groups of two
// or four that every member accepts, the same settings only, one queue per account.
#include "play/Matchmaker.h"

#include <QTest>

using namespace transcendence;
using namespace transcendence::server;
using protocol::QueueMode;

namespace {

Matchmaker::Ticket ticket(qint64 userId, int rating, qint64 joinedAtMs = 0)
{
    return {userId, QStringLiteral("c%1").arg(userId), rating, joinedAtMs, engine::MatchConfig{}};
}

std::vector<qint64> usersOf(const Matchmaker::Group &group)
{
    std::vector<qint64> users;
    for (const auto &entry : group.tickets) {
        users.push_back(entry.userId);
    }
    return users;
}

} // namespace

class MatchmakerTest : public QObject {
    Q_OBJECT

private slots:
    void closeRatingsMeetAtOnce()
    {
        Matchmaker queue;
        QVERIFY(queue.add(QueueMode::OneVsOne, ticket(1, 1500)));
        QVERIFY(queue.takeGroups(0).empty()); // alone
        QVERIFY(queue.add(QueueMode::OneVsOne, ticket(2, 1580)));
        const auto groups = queue.takeGroups(0);
        QCOMPARE(groups.size(), std::size_t(1));
        QCOMPARE(usersOf(groups.front()), (std::vector<qint64>{1, 2}));
        QCOMPARE(queue.waiting(QueueMode::OneVsOne), 0);
    }

    void theWindowWidensWithWaiting()
    {
        Matchmaker queue({100, 50, 5000, 400});
        queue.add(QueueMode::OneVsOne, ticket(1, 1500, 0));
        queue.add(QueueMode::OneVsOne, ticket(2, 1760, 0));
        QCOMPARE(queue.windowFor(*queue.ticketOf(1), 0), 100);
        QVERIFY(queue.takeGroups(4999).empty());
        QCOMPARE(queue.windowFor(*queue.ticketOf(1), 5000), 150);
        QVERIFY(queue.takeGroups(15'000).empty());                 // 250 < 260
        QCOMPARE(queue.takeGroups(20'000).size(), std::size_t(1)); // 300 >= 260
        queue.add(QueueMode::OneVsOne, ticket(3, 1500, 0));
        QCOMPARE(queue.windowFor(*queue.ticketOf(3), 1'000'000), 400); // never wider
    }

    void bothWindowsMustAccept()
    {
        Matchmaker queue({100, 50, 5000, 1000});
        queue.add(QueueMode::OneVsOne, ticket(1, 1500, 0));      // waited long: wide window
        queue.add(QueueMode::OneVsOne, ticket(2, 1800, 20'000)); // just came: 100
        QCOMPARE(queue.windowFor(*queue.ticketOf(1), 20'000), 300);
        QVERIFY(queue.takeGroups(20'000).empty());
        QCOMPARE(queue.takeGroups(40'000).size(), std::size_t(1)); // 300 <= 300 both ways
    }

    void theClosestRatingIsChosen()
    {
        Matchmaker queue;
        queue.add(QueueMode::OneVsOne, ticket(1, 1500));
        queue.add(QueueMode::OneVsOne, ticket(2, 1590));
        queue.add(QueueMode::OneVsOne, ticket(3, 1510));
        const auto groups = queue.takeGroups(0);
        QCOMPARE(groups.size(), std::size_t(1));
        QCOMPARE(usersOf(groups.front()), (std::vector<qint64>{1, 3}));
        QCOMPARE(queue.waiting(QueueMode::OneVsOne), 1);
    }

    void onlyTheSameSettingsMeet()
    {
        Matchmaker queue;
        Matchmaker::Ticket quick = ticket(2, 1500);
        quick.config.scoreLimit = 3;
        queue.add(QueueMode::OneVsOne, ticket(1, 1500));
        queue.add(QueueMode::OneVsOne, quick);
        QVERIFY(queue.takeGroups(1'000'000).empty());
    }

    void fourPlayersNeedFourWhoAllFit()
    {
        Matchmaker queue({100, 50, 5000, 1000});
        queue.add(QueueMode::FourPlayers, ticket(1, 1500));
        queue.add(QueueMode::FourPlayers, ticket(2, 1560));
        queue.add(QueueMode::FourPlayers, ticket(3, 1440)); // 120 from user 2
        queue.add(QueueMode::FourPlayers, ticket(4, 1520));
        queue.add(QueueMode::OneVsOne, ticket(5, 1500)); // another queue
        QVERIFY(queue.takeGroups(0).empty());
        const auto groups = queue.takeGroups(5000); // windows of 150
        QCOMPARE(groups.size(), std::size_t(1));
        QCOMPARE(groups.front().mode, QueueMode::FourPlayers);
        QCOMPARE(usersOf(groups.front()), (std::vector<qint64>{1, 2, 3, 4}));
        QCOMPARE(queue.waiting(QueueMode::OneVsOne), 1);
    }

    void oneQueueAtATime()
    {
        Matchmaker queue;
        QVERIFY(queue.add(QueueMode::OneVsOne, ticket(1, 1500)));
        QVERIFY(!queue.add(QueueMode::OneVsOne, ticket(1, 1500)));
        QVERIFY(!queue.add(QueueMode::FourPlayers, ticket(1, 1500)));
        QCOMPARE(queue.modeOf(1), std::optional<QueueMode>(QueueMode::OneVsOne));
        QCOMPARE(queue.removeUser(1), std::optional<QueueMode>(QueueMode::OneVsOne));
        QVERIFY(!queue.removeUser(1));
        QVERIFY(queue.add(QueueMode::FourPlayers, ticket(1, 1500)));
    }

    void nobodyIsInTwoGroups()
    {
        Matchmaker queue;
        for (qint64 user = 1; user <= 9; ++user) {
            queue.add(QueueMode::OneVsOne, ticket(user, 1500 + int(user)));
        }
        const auto groups = queue.takeGroups(0);
        QCOMPARE(groups.size(), std::size_t(4));
        QSet<qint64> seen;
        for (const auto &group : groups) {
            for (qint64 user : usersOf(group)) {
                QVERIFY(!seen.contains(user));
                seen.insert(user);
            }
        }
        QCOMPARE(queue.waiting(QueueMode::OneVsOne), 1);
    }
};

QTEST_GUILESS_MAIN(MatchmakerTest)
#include "MatchmakerTest.moc"
