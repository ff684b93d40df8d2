#include "shell/ClientSetup.h"

#include "network/TlsTrust.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QQuickStyle>

namespace transcendence::client {

void setUpClientApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Transcendence"));
    QCoreApplication::setApplicationName(QStringLiteral("transcendence-client"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRANSCENDENCE_VERSION_STRING));
    // Material looks native on Android and is fully scalable on the desktop.
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const QString trustProblem = trustCertificateAuthorityFromEnvironment();
    if (!trustProblem.isEmpty()) {
        qWarning("%s", qPrintable(trustProblem));
    }
}

void setUpQmlEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
}

} // namespace transcendence::client
