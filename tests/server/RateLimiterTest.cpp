// The in-memory rate limiter under a flood of fresh keys (issue 15, item 6): it keeps its memory
// within budget by evicting the least recently used buckets, and a bucket in use (an account
// under attack) keeps its count however many keys arrive, instead of every limit being reset.
#include "auth/RateLimiter.h"

#include <QTest>

using namespace transcendence::server;
using namespace Qt::StringLiterals;

class RateLimiterTest : public QObject {
    Q_OBJECT

private slots:
    void countsWithinTheWindow();
    void aFloodOfKeysDoesNotResetABucketInUse();
    void memoryStaysWithinItsBudget();
    void theLeastRecentlyUsedGoFirst();
    void checkingDoesNotCreateBuckets();
    void checkDecidesAtOnceInMemory();
};

void RateLimiterTest::countsWithinTheWindow()
{
    RateLimiter limiter;
    const RateLimiter::Rule rule{3, 60};
    QCOMPARE(limiter.hitHere(u"k"_s, rule, 1000), 0);
    QCOMPARE(limiter.hitHere(u"k"_s, rule, 2000), 0);
    QCOMPARE(limiter.hitHere(u"k"_s, rule, 3000), 0);
    QCOMPARE(limiter.hitHere(u"k"_s, rule, 4000),
             57); // the first attempt leaves the window at 61 s
    QCOMPARE(limiter.exhaustedHere(u"k"_s, rule, 4000), 57);
    QCOMPARE(limiter.hitHere(u"k"_s, rule, 61'001), 0);
}

void RateLimiterTest::aFloodOfKeysDoesNotResetABucketInUse()
{
    // The default budget, as the server runs it. The victim's bucket is full; an attacker sends
    // 250,000 fresh keys (rotating addresses) while still guessing at the victim's account.
    RateLimiter limiter;
    const RateLimiter::Rule rule{5, 900};
    const qint64 now = 1'000'000;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(limiter.hitHere(u"login-account:victim"_s, rule, now), 0);
    }
    for (int i = 0; i < 250'000; ++i) {
        limiter.hitHere(u"login-ip:10.%1.%2.%3"_s.arg(i >> 16).arg((i >> 8) & 255).arg(i & 255),
                        rule, now);
        if (i % 1000 == 0) {
            QVERIFY2(limiter.hitHere(u"login-account:victim"_s, rule, now) > 0,
                     qPrintable(u"the victim's limit was reset after %1 keys"_s.arg(i)));
        }
    }
    QVERIFY(limiter.hitHere(u"login-account:victim"_s, rule, now) > 0);
}

void RateLimiterTest::memoryStaysWithinItsBudget()
{
    const qsizetype budget = 256 * 1024;
    RateLimiter limiter(budget);
    const RateLimiter::Rule rule{10, 60};
    // Long keys (a 254-character login) and full attempt logs.
    const QString padding(240, u'x');
    for (int i = 0; i < 20'000; ++i) {
        const QString key = u"login-account:"_s + padding + QString::number(i);
        for (int n = 0; n < 3; ++n) {
            limiter.hitHere(key, rule, 1000 + n);
        }
        QVERIFY(limiter.approximateBytes() <= budget);
    }
    QVERIFY(limiter.keyCount() > 100);  // it still holds many,
    QVERIFY(limiter.keyCount() < 1000); // but not all 20,000
}

void RateLimiterTest::theLeastRecentlyUsedGoFirst()
{
    RateLimiter limiter(64 * 1024);
    const RateLimiter::Rule rule{1, 3600};
    QCOMPARE(limiter.hitHere(u"old"_s, rule, 0), 0);
    QCOMPARE(limiter.hitHere(u"kept"_s, rule, 0), 0);
    for (int i = 0; i < 5000; ++i) {
        limiter.hitHere(u"fresh-%1"_s.arg(i), rule, 0);
        QVERIFY(limiter.hitHere(u"kept"_s, rule, 0) > 0); // used all along: never evicted
    }
    // "old" was evicted (its attempt forgotten), "kept" was not.
    QCOMPARE(limiter.exhaustedHere(u"old"_s, rule, 0), 0);
    QVERIFY(limiter.exhaustedHere(u"kept"_s, rule, 0) > 0);
}

void RateLimiterTest::checkingDoesNotCreateBuckets()
{
    RateLimiter limiter;
    const RateLimiter::Rule rule{3, 60};
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(limiter.exhaustedHere(u"unknown-%1"_s.arg(i), rule, 0), 0);
    }
    QCOMPARE(limiter.keyCount(), 0);
    limiter.hitHere(u"a"_s, rule, 0);
    limiter.clear(u"a"_s);
    QCOMPARE(limiter.keyCount(), 0);
    QCOMPARE(limiter.approximateBytes(), 0);
}

// Without the shared store, check() answers before it returns (a route alone behaves as it did
// when the check was synchronous), in order, stopping at the first full limit.
void RateLimiterTest::checkDecidesAtOnceInMemory()
{
    RateLimiter limiter;
    const RateLimiter::Rule one{1, 60};
    const RateLimiter::Rule two{2, 60};
    int answer = -1;
    limiter.check({{u"a"_s, one}, {u"b"_s, two}}, [&](int wait) { answer = wait; });
    QCOMPARE(answer, 0);
    answer = -1;
    limiter.check({{u"b"_s, two, false}}, [&](int wait) { answer = wait; });
    QCOMPARE(answer, 0); // b has counted one attempt of two
    limiter.check({{u"a"_s, one}, {u"b"_s, two}}, [&](int wait) { answer = wait; });
    QVERIFY(answer > 0); // a is full: b is not counted
    limiter.check({{u"b"_s, two}}, [&](int wait) { answer = wait; });
    QCOMPARE(answer, 0);
    limiter.check({{u"b"_s, two, false}}, [&](int wait) { answer = wait; });
    QVERIFY(answer > 0);
    bool counted = false;
    limiter.count(u"c"_s, one, [&] { counted = true; });
    QVERIFY(counted);
    limiter.check({{u"c"_s, one, false}}, [&](int wait) { answer = wait; });
    QVERIFY(answer > 0);
    limiter.clear(u"c"_s);
    limiter.check({{u"c"_s, one, false}}, [&](int wait) { answer = wait; });
    QCOMPARE(answer, 0);
}

QTEST_GUILESS_MAIN(RateLimiterTest)
#include "RateLimiterTest.moc"
