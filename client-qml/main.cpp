#include "shell/ClientSetup.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

// The QML module lives in the static library transcendence_client; its generated plugin must be
// linked and imported explicitly (see client-qml/CMakeLists.txt).
Q_IMPORT_QML_PLUGIN(TranscendencePlugin)

int main(int argc, char *argv[])
{
    // A QApplication, not a QGuiApplication: the QtCharts QML types (the dashboards) draw through
    // QGraphicsScene, which needs one.
    QApplication app(argc, argv);
    transcendence::client::setUpClientApplication();

    QQmlApplicationEngine engine;
    transcendence::client::setUpQmlEngine(engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [](QObject *object, const QUrl &) {
            if (!object) {
                QCoreApplication::exit(EXIT_FAILURE);
            }
        },
        Qt::QueuedConnection);
    engine.load(transcendence::client::kMainWindowUrl);
    return QApplication::exec();
}
