import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// A game invitation posted in a DM: who invited whom, the settings, and its live state
// (pending, accepted, declined, expired, cancelled). The invited player accepts or declines
// here, the inviter may cancel; an accepted invitation starts the match through the PlayLobby.
Frame {
    id: card

    property var invitation: ({})
    property string sentAt: ""
    property var myUserId: 0
    property PlayLobby lobby

    readonly property string state_: invitation.state || "pending"
    readonly property bool pending: state_ === "pending"
    readonly property bool toMe: invitation.to !== undefined && invitation.to.id === myUserId
    readonly property bool fromMe: invitation.from !== undefined && invitation.from.id === myUserId

    objectName: "invitationCard"
    padding: 12

    ColumnLayout {
        width: parent.width
        spacing: 6

        Label {
            text: card.fromMe ? qsTr("You invited %1 to a match.").arg(card.invitation.to ? card.invitation.to.displayName : "")
                              : qsTr("%1 invited you to a match.").arg(card.invitation.from ? card.invitation.from.displayName : "")
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: card.invitation.config ? PlaySettings.summary(card.invitation.config) : ""
            opacity: 0.8
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "invitationState"
            text: ChatTexts.invitationState(card.state_) + "  \u00b7  " + ChatTexts.dateTime(card.sentAt)
            font.italic: !card.pending
            Layout.fillWidth: true
        }
        RowLayout {
            visible: card.pending && card.lobby !== null
            spacing: 8
            Button {
                objectName: "acceptInvitationButton"
                visible: card.toMe
                text: qsTr("Accept")
                highlighted: true
                onClicked: card.lobby.answerInvitation(card.invitation.inviteId, true)
            }
            Button {
                objectName: "declineInvitationCardButton"
                visible: card.toMe
                text: qsTr("Decline")
                onClicked: card.lobby.answerInvitation(card.invitation.inviteId, false)
            }
            Button {
                objectName: "cancelInvitationButton"
                visible: card.fromMe
                text: qsTr("Cancel the invitation")
                onClicked: card.lobby.cancelInvitation(card.invitation.inviteId)
            }
        }
    }
}
