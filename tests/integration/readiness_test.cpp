// /readyz follows the database: 503 (JSON error shape) while PostgreSQL is down, and back to
// 200 by itself when it returns. Uses a cluster of its own so it can stop it.
#include "HttpsTestClient.h"
#include "NginxProcess.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <QTest>

#include <memory>

using namespace transcendence::testing;

class ReadinessTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readyWhileTheDatabaseAnswers();
    void notReadyWhenTheDatabaseStops();
    void readyAgainWhenTheDatabaseReturns();

private:
    int readyzStatus()
    {
        return m_http.get(m_nginx->httpsUrl() + QStringLiteral("/readyz")).status;
    }

    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<NginxProcess> m_nginx;
    std::unique_ptr<ServerProcess> m_server;
    HttpsTestClient m_http;
};

void ReadinessTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_TLS_DIR", "TRANSCENDENCE_TEST_CA_FILE");
    m_cluster =
        std::make_unique<PostgresCluster>(TestEnvironment::scratchDir() + QStringLiteral("/pg"));
    QString error;
    QVERIFY2(m_cluster->init(&error), qPrintable(error));
    m_nginx = std::make_unique<NginxProcess>();
    m_server = std::make_unique<ServerProcess>(m_cluster->url(), m_nginx->httpsUrl());
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    QVERIFY2(m_nginx->start(m_server->port(), TestEnvironment::webRoot(), &error),
             qPrintable(error));
}

void ReadinessTest::readyWhileTheDatabaseAnswers()
{
    QCOMPARE(readyzStatus(), 200);
}

void ReadinessTest::notReadyWhenTheDatabaseStops()
{
    QString error;
    QVERIFY2(m_cluster->stop(&error), qPrintable(error));
    const HttpAnswer answer = m_http.get(m_nginx->httpsUrl() + QStringLiteral("/readyz"));
    QCOMPARE(answer.status, 503);
    QCOMPARE(answer.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("database_unavailable"));
    QVERIFY(!answer.header("Retry-After").isEmpty());
    // HEAD answers the same, with every header and no body.
    const HttpAnswer head = m_http.send("HEAD", m_nginx->httpsUrl() + QStringLiteral("/readyz"));
    QCOMPARE(head.status, 503);
    QVERIFY(!head.header("Retry-After").isEmpty());
    QVERIFY(!head.header("Content-Security-Policy").isEmpty());
    QVERIFY(head.body.isEmpty());
    // Liveness is about the process, not the database.
    QCOMPARE(m_http.get(m_nginx->httpsUrl() + QStringLiteral("/healthz")).status, 200);
}

void ReadinessTest::readyAgainWhenTheDatabaseReturns()
{
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(readyzStatus(), 200, 20000);
    QVERIFY(m_server->isRunning());
}

QTEST_GUILESS_MAIN(ReadinessTest)
#include "readiness_test.moc"
