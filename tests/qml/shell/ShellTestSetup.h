#pragma once

#include "ShellTestEnvironment.h"

#include <QObject>
#include <QTemporaryDir>

class QQmlEngine;

// Prepares the application exactly as client-qml/main.cpp does, with the test's own settings
// folder and the platform's CA certificate.
class ShellTestSetup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable();
    void qmlEngineAvailable(QQmlEngine *engine);

private:
    QTemporaryDir m_settingsDir;
    ShellTestEnvironment *m_environment = nullptr;
};
