#include "HealthAnswerTest.h"

#include "network/HealthAnswer.h"

#include <QTest>

using transcendence::client::readHealthAnswer;

void HealthAnswerTest::readsAHealthyAnswer()
{
    const auto answer =
        readHealthAnswer(200, R"({"status":"ok","version":"0.1.0","uptimeSeconds":12})");
    QVERIFY(answer.healthy);
    QCOMPARE(answer.serverVersion, QStringLiteral("0.1.0"));
    QVERIFY(answer.problem.isEmpty());
}

void HealthAnswerTest::refusesUnhealthyAnswers_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("503") << 503 << QByteArray(R"({"status":"ok","version":"0.1.0"})");
    QTest::newRow("404 page") << 404 << QByteArray("<html>Not found</html>");
    QTest::newRow("status not ok") << 200 << QByteArray(R"({"status":"degraded"})");
    QTest::newRow("html on 200") << 200 << QByteArray("<!doctype html><html></html>");
    QTest::newRow("json array") << 200 << QByteArray(R"([{"status":"ok"}])");
    QTest::newRow("empty") << 200 << QByteArray();
}

void HealthAnswerTest::refusesUnhealthyAnswers()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    const auto answer = readHealthAnswer(httpStatus, body);
    QVERIFY(!answer.healthy);
    QVERIFY(!answer.problem.isEmpty());
    QVERIFY(answer.serverVersion.isEmpty());
}
