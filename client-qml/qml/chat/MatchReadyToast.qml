import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// "Your tournament match is ready" on whatever page the player is, with a Join button: a
// tournament_match notification (docs/chat.md). It stays until the match starts or the player
// dismisses it; `held` keeps it hidden meanwhile (while the window's prompt says the same).
Pane {
    id: toast

    property NotificationsController notifications
    property PlayLobby lobby
    property var notification: null
    property bool held: false
    property real maxWidth: parent ? parent.width - 32 : 400

    objectName: "matchReadyToast"
    visible: notification !== null && !held
    z: 11
    padding: 12
    width: Math.min(implicitWidth, maxWidth)
    Material.elevation: 0
    Material.background: Material.color(Material.Indigo, Material.Shade700)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: readyLabel.text

    Connections {
        target: toast.notifications
        function onReceived(notification) {
            if (notification.kind === "tournament_match")
                toast.notification = notification
        }
    }
    Connections {
        target: toast.lobby
        function onMatchStarted(match) { toast.notification = null }
    }

    RowLayout {
        spacing: 12
        Label {
            id: readyLabel
            objectName: "matchReadyText"
            text: toast.notification ? ChatTexts.notification(toast.notification) : ""
            color: "white"
            wrapMode: Text.Wrap
            // What the Join and close buttons leave of the width.
            Layout.maximumWidth: Math.max(120, toast.maxWidth - 180)
        }
        Button {
            objectName: "joinMatchButton"
            text: qsTr("Join")
            highlighted: true
            onClicked: {
                const data = toast.notification.data || {}
                if (data.roomId)
                    toast.lobby.join(data.roomId)
                else if (data.tournamentId)
                    toast.lobby.playTournamentMatch(data.tournamentId)
                toast.notifications.markRead(toast.notification.id)
                toast.notification = null
            }
        }
        ToolButton {
            text: "\u2715"
            Material.foreground: "white"
            Accessible.name: qsTr("Dismiss")
            onClicked: toast.notification = null
        }
    }
}
