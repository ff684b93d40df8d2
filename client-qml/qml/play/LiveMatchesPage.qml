import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// The matches running now on the server (GET /api/play/live): who plays, the score, how many
// watch; "Watch" enters one as a spectator (the match page follows).
AppPage {
    id: page

    readonly property PlayLobby lobby: navigator ? navigator.playLobby : null

    function kindLabel(kind) {
        switch (kind) {
        case "local": return qsTr("one keyboard")
        case "ai": return qsTr("against the computer")
        case "remote": return qsTr("ranked")
        case "private": return qsTr("between friends")
        case "four_players": return qsTr("four players")
        case "tournament": return qsTr("tournament")
        default: return kind
        }
    }

    title: qsTr("Live matches")

    PlayDirectory {
        id: directory
        session: page.session
    }

    Component.onCompleted: directory.loadLive()

    ErrorBanner { text: directory.errorMessage }
    ErrorBanner { text: page.lobby ? page.lobby.lastError : "" }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: directory.busy ? qsTr("Loading…")
                                 : qsTr("%n matches running", "", directory.liveMatches.length)
            Layout.fillWidth: true
        }
        Button {
            objectName: "refreshLiveButton"
            text: qsTr("Refresh")
            enabled: !directory.busy
            onClicked: directory.loadLive()
        }
    }

    Repeater {
        objectName: "liveList"
        model: directory.liveMatches
        Frame {
            required property var modelData
            Layout.fillWidth: true
            RowLayout {
                width: parent.width
                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        text: modelData.seats.map(s => s.label + " " + (modelData.mode === "four_players"
                                                                         ? qsTr("%n lives", "", s.lives)
                                                                         : s.score)).join(" · ")
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("%1 · %n watching", "", modelData.spectators).arg(page.kindLabel(modelData.kind))
                        opacity: 0.8
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "watch_" + modelData.roomId
                    text: qsTr("Watch")
                    enabled: page.lobby !== null && page.lobby.available
                    Accessible.name: qsTr("Watch %1").arg(modelData.seats.map(s => s.label).join(" vs "))
                    onClicked: page.lobby.watch(modelData.roomId)
                }
            }
        }
    }

    Label {
        visible: !directory.busy && directory.liveMatches.length === 0 && directory.errorMessage === ""
        text: qsTr("Nobody is playing right now.")
        opacity: 0.8
    }
}
