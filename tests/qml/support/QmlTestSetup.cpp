#include "QmlTestSetup.h"

#include "settings/LanguageSettings.h"
#include "shell/ClientSetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QSettings>

void QmlTestSetup::applicationAvailable()
{
    // The app reads its extra CA from TRANSCENDENCE_CA_FILE; scripts/test names the platform's.
    const QByteArray caFile = qgetenv("TRANSCENDENCE_TEST_CA_FILE");
    if (!caFile.isEmpty()) {
        qputenv("TRANSCENDENCE_CA_FILE", caFile);
    }
    // Never read or overwrite the settings, stored sessions or keychain of the user running the
    // tests: everything goes to this run's own folder, and refresh tokens to the 0600 file.
    const QString state = m_stateDir.path();
    qputenv("XDG_DATA_HOME", QDir(state).filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", QDir(state).filePath(QStringLiteral("config")).toUtf8());
    qputenv("TRANSCENDENCE_TOKEN_STORE", "file");
    transcendence::client::setUpClientApplication();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, state);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, state);
    // Assertions compare the English texts, whatever the machine's locale.
    QSettings().setValue(transcendence::client::LanguageSettings::kSettingsKey,
                         QStringLiteral("en"));

    m_environment = new QmlTestEnvironment(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("artifacts")), this);
}

void QmlTestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    transcendence::client::setUpQmlEngine(*engine);
    engine->rootContext()->setContextProperty(QStringLiteral("qmlTest"), m_environment);
}
