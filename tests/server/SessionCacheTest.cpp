// SessionCache (server/auth/SessionCache.h): what it remembers, what makes it forget, and that a
// check racing a sign-out cannot leave a stale entry. Times are passed in, never read.
#include "auth/SessionCache.h"

#include <QTest>

using namespace transcendence::server;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'000'000;

UserRecord user(qint64 id, const QString &name = u"someone"_s)
{
    UserRecord record;
    record.id = id;
    record.username = name;
    record.displayName = name;
    record.role = u"user"_s;
    return record;
}

QDateTime inADay()
{
    return QDateTime::fromMSecsSinceEpoch(kNow + 86'400'000, Qt::UTC);
}

} // namespace

class SessionCacheTest : public QObject {
    Q_OBJECT

private slots:
    void remembersALiveSessionWhileListening()
    {
        SessionCache cache;
        cache.setListening(true);
        cache.store(u"s1"_s, user(7, u"ada"_s), inADay(), cache.generation(), kNow);
        const auto found = cache.find(u"s1"_s, 7, kNow + 1);
        QVERIFY(found.has_value());
        QCOMPARE(found->username, u"ada"_s);
        QVERIFY(!cache.find(u"s1"_s, 8, kNow).has_value()); // another user's token: never
        QVERIFY(!cache.find(u"s2"_s, 7, kNow).has_value());
    }

    void knowsNothingWhileNotListening()
    {
        SessionCache cache;
        cache.store(u"s1"_s, user(7), inADay(), cache.generation(), kNow);
        QVERIFY(!cache.find(u"s1"_s, 7, kNow).has_value());
        cache.setListening(true);
        cache.store(u"s1"_s, user(7), inADay(), cache.generation(), kNow);
        QVERIFY(cache.find(u"s1"_s, 7, kNow).has_value());
        cache.setListening(false); // the listener lost its connection: forget everything
        QVERIFY(!cache.find(u"s1"_s, 7, kNow).has_value());
        cache.setListening(true);
        QVERIFY(!cache.find(u"s1"_s, 7, kNow).has_value());
        QCOMPARE(cache.size(), 0);
    }

    void forgetsAnEndedSessionAndAChangedUser()
    {
        SessionCache cache;
        cache.setListening(true);
        cache.store(u"phone"_s, user(7), inADay(), cache.generation(), kNow);
        cache.store(u"laptop"_s, user(7), inADay(), cache.generation(), kNow);
        cache.store(u"other"_s, user(9), inADay(), cache.generation(), kNow);
        cache.apply(u"s:phone"_s);
        QVERIFY(!cache.find(u"phone"_s, 7, kNow).has_value());
        QVERIFY(cache.find(u"laptop"_s, 7, kNow).has_value());
        cache.apply(u"u:7"_s); // banned, renamed, deleted...: every session of the user
        QVERIFY(!cache.find(u"laptop"_s, 7, kNow).has_value());
        QVERIFY(cache.find(u"other"_s, 9, kNow).has_value());
        cache.apply(u"nonsense"_s); // not understood: forget everything, to be safe
        QVERIFY(!cache.find(u"other"_s, 9, kNow).has_value());
    }

    void aCheckRacingASignOutStoresNothing()
    {
        SessionCache cache;
        cache.setListening(true);
        const quint64 before = cache.generation();                // the worker, before its query
        cache.apply(u"s:phone"_s);                                // the sign-out commits meanwhile
        cache.store(u"phone"_s, user(7), inADay(), before, kNow); // the query's stale answer
        QVERIFY(!cache.find(u"phone"_s, 7, kNow).has_value());
        cache.store(u"phone"_s, user(7), inADay(), cache.generation(), kNow);
        QVERIFY(cache.find(u"phone"_s, 7, kNow).has_value());
    }

    void entriesExpire()
    {
        SessionCache cache;
        cache.setListening(true);
        const QDateTime soon = QDateTime::fromMSecsSinceEpoch(kNow + 5'000, Qt::UTC);
        cache.store(u"short"_s, user(7), soon, cache.generation(), kNow);
        QVERIFY(cache.find(u"short"_s, 7, kNow + 4'999).has_value());
        QVERIFY(!cache.find(u"short"_s, 7, kNow + 5'000).has_value()); // the session's expiry
        cache.store(u"long"_s, user(7), inADay(), cache.generation(), kNow);
        QVERIFY(cache.find(u"long"_s, 7, kNow + SessionCache::kMaxAgeMs - 1).has_value());
        QVERIFY(!cache.find(u"long"_s, 7, kNow + SessionCache::kMaxAgeMs).has_value());
    }

    void aBannedUserIsNeverStored()
    {
        SessionCache cache;
        cache.setListening(true);
        UserRecord banned = user(7);
        banned.banned = true;
        cache.store(u"s1"_s, banned, inADay(), cache.generation(), kNow);
        QVERIFY(!cache.find(u"s1"_s, 7, kNow).has_value());
    }
};

QTEST_GUILESS_MAIN(SessionCacheTest)
#include "SessionCacheTest.moc"
