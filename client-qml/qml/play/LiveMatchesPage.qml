import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// The matches running now on the server (GET /api/play/live): who plays, the score, how many
// watch; "Watch" enters one as a spectator (the match page follows). The list reads itself
// again every few seconds while the page is shown.
AppPage {
    id: page

    readonly property PlayLobby lobby: navigator ? navigator.playLobby : null
    // Seconds between two readings of the list.
    property int refreshSeconds: 5
    readonly property alias refreshTimer: refreshTimer

    title: qsTr("Live matches")

    PlayDirectory {
        id: directory
        objectName: "liveDirectory"
        session: page.session
    }

    Component.onCompleted: directory.loadLive()

    // Only while this page is the one shown (not under a match being watched).
    Timer {
        id: refreshTimer
        interval: page.refreshSeconds * 1000
        repeat: true
        running: page.StackView.status === StackView.Active && Qt.application.state === Qt.ApplicationActive
        onTriggered: if (!directory.busy) directory.loadLive()
    }

    ErrorBanner { text: directory.errorMessage }
    ErrorBanner { text: page.lobby ? page.lobby.lastError : "" }

    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "liveCount"
            text: directory.busy && directory.liveMatches.length === 0
                  ? qsTr("Loading…") : qsTr("%n matches running", "", directory.liveMatches.length)
            Layout.fillWidth: true
        }
        Button {
            objectName: "refreshLiveButton"
            text: qsTr("Refresh")
            enabled: !directory.busy
            onClicked: directory.loadLive()
        }
    }
    Label {
        text: qsTr("This list updates itself every %n seconds.", "", page.refreshSeconds)
        opacity: 0.7
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Repeater {
        objectName: "liveList"
        model: directory.liveMatches
        LiveMatchRow {
            required property var modelData
            liveMatch: modelData
            lobby: page.lobby
        }
    }

    Label {
        visible: !directory.busy && directory.liveMatches.length === 0 && directory.errorMessage === ""
        text: qsTr("Nobody is playing right now.")
        opacity: 0.8
    }
}
