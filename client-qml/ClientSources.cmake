# The QML app's source files, in one place for two readers: client-qml/CMakeLists.txt builds them,
# translations/CMakeLists.txt hands them to lupdate (which must see them even when the client is
# not built, or their strings would be marked vanished). Paths are relative to client-qml/:
# qt_add_qml_module turns a QML file's relative path into its path inside the module.
set(TRANSCENDENCE_CLIENT_DIR ${CMAKE_CURRENT_LIST_DIR})

set(TRANSCENDENCE_CLIENT_QML_FILES
    qml/shell/MainWindow.qml
    qml/shell/AppPage.qml
    qml/shell/ConnectionBadge.qml
    qml/shell/ErrorBanner.qml
    qml/shell/FieldProblem.qml
    qml/shell/MessageToast.qml
    qml/shell/NavigationList.qml
    qml/shell/SectionHeading.qml
    qml/account/SignInPage.qml
    qml/network/ServerPage.qml
    qml/network/ServerUrlForm.qml
    qml/network/ConnectionStatusPanel.qml
    qml/settings/LanguageSelector.qml
    qml/settings/SettingsPage.qml
    qml/play/PlayPage.qml
    qml/play/MatchPage.qml
    qml/play/MatchSettingsForm.qml
    qml/play/InvitationPrompt.qml
    qml/play/LiveMatchesPage.qml
    qml/play/ReplaysPage.qml
)

set(TRANSCENDENCE_CLIENT_CPP_SOURCES
    account/AccountSession.h
    account/AccountSession.cpp
    account/TokenStore.h
    account/TokenStore.cpp
    network/ApiClient.h
    network/ApiClient.cpp
    network/HealthAnswer.h
    network/HealthAnswer.cpp
    network/RealtimeClient.h
    network/RealtimeClient.cpp
    network/RealtimeSession.h
    network/RealtimeSession.cpp
    network/ReconnectBackoff.h
    network/ReconnectBackoff.cpp
    network/ServerStatus.h
    network/ServerStatus.cpp
    network/ServerUrl.h
    network/ServerUrl.cpp
    network/TlsTrust.h
    network/TlsTrust.cpp
    settings/AppearanceSettings.h
    settings/AppearanceSettings.cpp
    settings/LanguageSettings.h
    settings/LanguageSettings.cpp
    shell/ClientSetup.h
    shell/ClientSetup.cpp
    shell/JsonListModel.h
    shell/JsonListModel.cpp
    play/ArenaView.h
    play/ArenaView.cpp
    play/FrameInterpolation.h
    play/FrameInterpolation.cpp
    play/LocalMatch.h
    play/LocalMatch.cpp
    play/MatchSession.h
    play/MatchSession.cpp
    play/PlayDirectory.h
    play/PlayDirectory.cpp
    play/PlayLobby.h
    play/PlayLobby.cpp
    play/PlaySettings.h
    play/PlaySettings.cpp
    play/RemoteMatch.h
    play/RemoteMatch.cpp
    play/SeatKeys.h
    play/SeatKeys.cpp
)
