import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The server opened the room of your next tournament match, wherever you are in the app: enter
// it now, or later from the tournament's page (before the deadline, or it is a walkover).
Dialog {
    id: prompt

    property PlayLobby lobby
    property var ready: null // the tournamentMatchReady message

    objectName: "tournamentMatchPrompt"
    // No shadow: it is a shader effect the software renderer cannot draw, and the dialog's
    // background would go with it.
    Material.elevation: 0
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 400, 420)
    modal: true
    title: qsTr("Your tournament match is ready")
    // The title is drawn in the content so that it wraps on a phone instead of being cut.
    header: Item {}
    Connections {
        target: prompt.lobby
        function onTournamentNotice(type, message) {
            if (type === "tournamentMatchReady") {
                prompt.ready = message
                prompt.open()
            }
        }
        function onMatchStarted(match) {
            if (prompt.ready && match.roomId === prompt.ready.roomId)
                prompt.close()
        }
    }

    Column {
        width: prompt.availableWidth
        spacing: 16
        Label {
            objectName: "promptTitle"
            width: parent.width
            text: prompt.title
            wrapMode: Text.Wrap
            font.pixelSize: 20
            font.weight: Font.Medium
        }
        Label {
            width: parent.width
            text: prompt.ready ? qsTr("%1 vs %2. Enter before the deadline or lose by walkover.")
                                 .arg(prompt.ready.you.label || "").arg(prompt.ready.opponent.label || "")
                               : ""
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "laterButton"
            text: qsTr("Later")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "enterTournamentMatchButton"
            text: qsTr("Enter the match")
            highlighted: true
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: prompt.lobby.join(prompt.ready.roomId)
        }
    }
}
