// The fake OAuth provider as a process of its own, for the browser tests: scripts/test starts it
// before the server and hands the server the TRANSCENDENCE_OAUTH_* variables it prints, so "Sign
// in with 42" works end to end in headless Chromium without the real 42 intra.
//   transcendence-fake-oauth <public URL of the platform>
// prints KEY=VALUE lines, then "ready", and serves until it is stopped.
#include "FakeOAuthProvider.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <public URL, e.g. https://localhost:8443>\n", argv[0]);
        return 2;
    }
    const QString publicUrl = QString::fromLocal8Bit(argv[1]);
    const QString clientId = QStringLiteral("transcendence-browser-tests");
    transcendence::testing::FakeOAuthProvider provider;
    if (!provider.start()) {
        return 1;
    }
    provider.registerClient(clientId, QStringLiteral("fake-browser-client-secret"),
                            publicUrl + QStringLiteral("/api/auth/oauth/fortytwo/callback"));
    QTextStream out(stdout);
    const auto variables =
        provider.environmentFor(QStringLiteral("fortytwo"), QStringLiteral("fortytwo"), clientId);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        out << it.key() << '=' << it.value() << '\n';
    }
    out << "ready\n";
    out.flush();
    return QCoreApplication::exec();
}
