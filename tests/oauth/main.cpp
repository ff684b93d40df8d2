// One executable: the pure building blocks, a native app's sign-in parts, then the flow over
// loopback HTTP.
#include "OAuthAppSignInTest.h"
#include "OAuthBuildingBlocksTest.h"
#include "OAuthFlowTest.h"

#include <QCoreApplication>
#include <QTest>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        OAuthBuildingBlocksTest blocks;
        failures += QTest::qExec(&blocks, argc, argv);
    }
    {
        OAuthAppSignInTest appSignIn;
        failures += QTest::qExec(&appSignIn, argc, argv);
    }
    {
        OAuthFlowTest flow;
        failures += QTest::qExec(&flow, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
