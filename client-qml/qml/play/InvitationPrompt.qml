import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// An invitation to a match, wherever the player is: who invites, the settings, the seconds left,
// accept or decline. One at a time, the oldest first; the next follows when it closes.
Dialog {
    id: prompt

    property PlayLobby lobby
    readonly property var invitation: lobby && lobby.invitations.length > 0 ? lobby.invitations[0] : null

    objectName: "invitationPrompt"
    // No shadow: it is a shader effect the software renderer cannot draw, and the dialog's
    // background would go with it.
    Material.elevation: 0
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 400, 420)
    modal: true
    closePolicy: Popup.NoAutoClose
    onInvitationChanged: invitation ? open() : close()
    title: qsTr("Invitation to a match")

    ColumnLayout {
        width: prompt.availableWidth
        spacing: 8

        Label {
            objectName: "invitationText"
            text: prompt.invitation ? qsTr("%1 invites you to a match.").arg(prompt.invitation.name) : ""
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: prompt.invitation ? PlaySettings.summary(prompt.invitation.config) : ""
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }
        Label {
            text: prompt.invitation
                  ? qsTr("This invitation expires in %n seconds.", "", prompt.invitation.expiresInSeconds) : ""
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "declineInvitationButton"
            text: qsTr("Decline")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: prompt.lobby.answerInvitation(prompt.invitation.inviteId, false)
        }
        Button {
            objectName: "acceptInvitationButton"
            text: qsTr("Accept")
            highlighted: true
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: prompt.lobby.answerInvitation(prompt.invitation.inviteId, true)
        }
    }
}
