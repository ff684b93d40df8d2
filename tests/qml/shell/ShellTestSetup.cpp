#include "ShellTestSetup.h"

#include "settings/LanguageSettings.h"
#include "shell/ClientSetup.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QSettings>

void ShellTestSetup::applicationAvailable()
{
    // The app reads its extra CA from TRANSCENDENCE_CA_FILE; scripts/test names the platform's.
    const QByteArray caFile = qgetenv("TRANSCENDENCE_TEST_CA_FILE");
    if (!caFile.isEmpty()) {
        qputenv("TRANSCENDENCE_CA_FILE", caFile);
    }
    transcendence::client::setUpClientApplication();

    // Never read or overwrite the settings of the user running the tests.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    // Assertions compare the English texts, whatever the machine's locale.
    QSettings().setValue(transcendence::client::LanguageSettings::kSettingsKey,
                         QStringLiteral("en"));

    m_environment = new ShellTestEnvironment(this);
}

void ShellTestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    transcendence::client::setUpQmlEngine(*engine);
    engine->rootContext()->setContextProperty(QStringLiteral("shellTest"), m_environment);
}
