#pragma once

#include <QUrl>

class QQmlEngine;

// What the app's main() and the QML tests both do before loading QML, so the tests run the
// window exactly as the app does.
namespace transcendence::client {

// The main window inside the Transcendence QML module's resources.
inline const QUrl
    kMainWindowUrl(QStringLiteral("qrc:/qt/qml/Transcendence/qml/shell/MainWindow.qml"));

// Application identity (QSettings location), Qt Quick Controls style, and the extra TLS trust
// from TRANSCENDENCE_CA_FILE. Call after the QGuiApplication exists, before any QML engine.
void setUpClientApplication();

// Lets `import Transcendence` find the module compiled into the binary. Qt 6.4 does not search
// qrc:/qt/qml by default (6.5 does).
void setUpQmlEngine(QQmlEngine &engine);

} // namespace transcendence::client
