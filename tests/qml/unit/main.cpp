#include "HealthAnswerTest.h"
#include "RealtimeSessionTest.h"
#include "ReconnectBackoffTest.h"
#include "ServerUrlTest.h"
#include "TlsTrustTest.h"
#include "TokenStoreTest.h"

#include <QCoreApplication>
#include <QTest>

// The QML app's backend logic that needs no server; one Qt Test class per backend class.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    ServerUrlTest serverUrl;
    failures += QTest::qExec(&serverUrl, argc, argv);
    HealthAnswerTest healthAnswer;
    failures += QTest::qExec(&healthAnswer, argc, argv);
    ReconnectBackoffTest backoff;
    failures += QTest::qExec(&backoff, argc, argv);
    RealtimeSessionTest session;
    failures += QTest::qExec(&session, argc, argv);
    TlsTrustTest tlsTrust;
    failures += QTest::qExec(&tlsTrust, argc, argv);
    TokenStoreTest tokenStore;
    failures += QTest::qExec(&tokenStore, argc, argv);
    return failures == 0 ? 0 : 1;
}
