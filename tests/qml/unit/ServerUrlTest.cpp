#include "ServerUrlTest.h"

#include "network/ServerUrl.h"

#include <QTest>

using transcendence::client::checkServerUrl;

void ServerUrlTest::acceptsHttpAndHttpsUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("https with port") << "https://localhost:8443"
                                     << "https://localhost:8443";
    QTest::newRow("http") << "http://127.0.0.1:8080"
                          << "http://127.0.0.1:8080";
    QTest::newRow("trailing slash") << "https://pong.example/"
                                    << "https://pong.example";
    QTest::newRow("base path") << "https://example.org/pong/"
                               << "https://example.org/pong";
    QTest::newRow("spaces around") << "  https://example.org  "
                                   << "https://example.org";
    QTest::newRow("upper-case scheme") << "HTTPS://example.org"
                                       << "https://example.org";
    QTest::newRow("ipv6") << "https://[::1]:8443"
                          << "https://[::1]:8443";
    QTest::newRow("http to localhost") << "http://localhost:8000"
                                       << "http://localhost:8000";
    QTest::newRow("http to loopback ipv6") << "http://[::1]:8000"
                                           << "http://[::1]:8000";
    QTest::newRow("http to 127.0.0.2") << "http://127.0.0.2:8000"
                                       << "http://127.0.0.2:8000";
}

void ServerUrlTest::acceptsHttpAndHttpsUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    const auto check = checkServerUrl(text);
    QVERIFY2(check.isValid(), qPrintable(check.problem));
    QCOMPARE(check.url.toString(), normalised);
}

void ServerUrlTest::refusesOtherInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("no scheme") << "localhost:8443";
    QTest::newRow("ftp") << "ftp://example.org";
    QTest::newRow("ws") << "wss://example.org/ws";
    QTest::newRow("file") << "file:///etc/passwd";
    QTest::newRow("no host") << "https://";
    QTest::newRow("user info") << "https://user:secret@example.org";
    QTest::newRow("query") << "https://example.org/?x=1";
    QTest::newRow("fragment") << "https://example.org/#top";
    QTest::newRow("bad port") << "https://example.org:99999";
    // Plain http to another machine: passwords would cross the network in clear.
    QTest::newRow("http to a host name") << "http://pong.example.org";
    QTest::newRow("http to a LAN address") << "http://192.168.1.20:8080";
    QTest::newRow("http to a look-alike of localhost") << "http://localhost.example.org";
}

void ServerUrlTest::refusesOtherInput()
{
    QFETCH(QString, text);
    const auto check = checkServerUrl(text);
    QVERIFY2(!check.isValid(), qPrintable(check.url.toString()));
    QVERIFY(!check.problem.isEmpty());
}

void ServerUrlTest::derivesEndpoints_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("healthz");
    QTest::addColumn<QString>("webSocket");
    QTest::newRow("https") << "https://localhost:8443"
                           << "https://localhost:8443/healthz"
                           << "wss://localhost:8443/ws";
    QTest::newRow("http") << "http://127.0.0.1:8080"
                          << "http://127.0.0.1:8080/healthz"
                          << "ws://127.0.0.1:8080/ws";
    QTest::newRow("base path") << "https://example.org/pong"
                               << "https://example.org/pong/healthz"
                               << "wss://example.org/pong/ws";
    QTest::newRow("default port") << "https://example.org"
                                  << "https://example.org/healthz"
                                  << "wss://example.org/ws";
}

void ServerUrlTest::derivesEndpoints()
{
    QFETCH(QString, server);
    QFETCH(QString, healthz);
    QFETCH(QString, webSocket);
    const QUrl serverUrl = checkServerUrl(server).url;
    QCOMPARE(transcendence::client::serverEndpoint(serverUrl, QStringLiteral("healthz")).toString(),
             healthz);
    QCOMPARE(transcendence::client::webSocketUrl(serverUrl).toString(), webSocket);
}
