#include "ReconnectBackoffTest.h"

#include "network/ReconnectBackoff.h"

#include <QSet>
#include <QTest>

using transcendence::client::ReconnectBackoff;

void ReconnectBackoffTest::ceilingDoublesUpToTheCap()
{
    QCOMPARE(ReconnectBackoff::ceilingMs(0), 500);
    QCOMPARE(ReconnectBackoff::ceilingMs(1), 1000);
    QCOMPARE(ReconnectBackoff::ceilingMs(2), 2000);
    QCOMPARE(ReconnectBackoff::ceilingMs(5), 16000);
    QCOMPARE(ReconnectBackoff::ceilingMs(6), 30000);
    QCOMPARE(ReconnectBackoff::ceilingMs(1000), 30000);
}

void ReconnectBackoffTest::delaysStayBetweenHalfAndFullCeiling()
{
    QRandomGenerator random(42);
    ReconnectBackoff backoff(&random);
    for (int attempt = 0; attempt < 12; ++attempt) {
        const int ceiling = ReconnectBackoff::ceilingMs(attempt);
        const int delay = backoff.nextDelayMs();
        QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                 qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempt).arg(delay)));
        QCOMPARE(backoff.failedAttempts(), attempt + 1);
    }
}

void ReconnectBackoffTest::jitterSpreadsClients()
{
    // Clients dropped together (server restart) must not all come back at the same moment.
    QSet<int> firstDelays;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        ReconnectBackoff backoff(&random);
        backoff.nextDelayMs();
        backoff.nextDelayMs();
        firstDelays.insert(backoff.nextDelayMs());
    }
    QVERIFY2(firstDelays.size() > 10, "third delays of 20 clients should mostly differ");
}

void ReconnectBackoffTest::resetStartsOver()
{
    QRandomGenerator random(7);
    ReconnectBackoff backoff(&random);
    for (int i = 0; i < 8; ++i) {
        backoff.nextDelayMs();
    }
    backoff.reset();
    QCOMPARE(backoff.failedAttempts(), 0);
    QVERIFY(backoff.nextDelayMs() <= ReconnectBackoff::kInitialDelayMs);
}
