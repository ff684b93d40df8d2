#pragma once

#include "QmlTestEnvironment.h"

#include <QObject>
#include <QTemporaryDir>

class QQmlEngine;

// The setup object of every Qt Quick Test suite of the app (QUICK_TEST_MAIN_WITH_SETUP): prepares
// the application exactly as client-qml/main.cpp does, with the test's own settings, data folder
// (stored sessions) and the platform's CA certificate, and gives QML the "qmlTest" environment.
class QmlTestSetup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable();
    void qmlEngineAvailable(QQmlEngine *engine);

private:
    QTemporaryDir m_stateDir;
    QmlTestEnvironment *m_environment = nullptr;
};
