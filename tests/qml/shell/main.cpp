#include "ShellTestSetup.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

// The Transcendence QML module is in the static library transcendence_client (see
// client-qml/CMakeLists.txt for why its plugin is imported this way).
Q_IMPORT_QML_PLUGIN(TranscendencePlugin)

QUICK_TEST_MAIN_WITH_SETUP(qml_shell, ShellTestSetup)
