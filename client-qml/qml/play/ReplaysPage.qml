import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// The account's recent matches (GET /api/users/{id}/matches); "Replay" has the server play the
// stored match back to this window at the chosen speed (the match page shows it).
AppPage {
    id: page

    readonly property PlayLobby lobby: navigator ? navigator.playLobby : null

    function resultLabel(entry) {
        switch (entry.result) {
        case "win": return qsTr("Won")
        case "loss": return qsTr("Lost")
        default: return qsTr("No result")
        }
    }

    title: qsTr("Replays")

    PlayDirectory {
        id: directory
        session: page.session
    }

    Component.onCompleted: directory.loadHistory()

    ErrorBanner { text: directory.errorMessage }
    ErrorBanner { text: page.lobby ? page.lobby.lastError : "" }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Speed") }
        ComboBox {
            id: speedBox
            objectName: "replaySpeedBox"
            model: [0.5, 1, 2, 4]
            displayText: qsTr("×%1").arg(currentValue)
            currentIndex: 1
            Accessible.name: qsTr("Replay speed")
        }
        Item { Layout.fillWidth: true }
    }

    Repeater {
        objectName: "historyList"
        model: directory.history
        Frame {
            required property var modelData
            Layout.fillWidth: true
            RowLayout {
                width: parent.width
                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("%1 vs %2").arg(modelData.player.name || qsTr("anonymous player"))
                              .arg(modelData.opponents.map(p => p.anonymous ? qsTr("anonymous player")
                                                                            : p.name).join(", "))
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: page.resultLabel(modelData) + " · "
                              + (modelData.mode === "four_players" ? ""
                                 : modelData.player.score + "–" + modelData.opponents.map(p => p.score).join("–") + " · ")
                              + new Date(modelData.endedAt).toLocaleString(Qt.locale(Language.language), Locale.ShortFormat)
                        opacity: 0.8
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "replay_" + modelData.id
                    text: qsTr("Replay")
                    enabled: page.lobby !== null && page.lobby.available
                    onClicked: page.lobby.replay(modelData.id, speedBox.currentValue)
                }
            }
        }
    }

    Label {
        visible: !directory.busy && directory.history.length === 0 && directory.errorMessage === ""
        text: qsTr("No matches yet.")
        opacity: 0.8
    }
}
