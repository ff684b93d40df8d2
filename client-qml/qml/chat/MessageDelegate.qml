import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// One message of a conversation: a tournament's system line, an invitation card, or a player's
// text with their avatar and name (a tap opens their profile) at the start of each run, its time,
// and its state while this device sends it (sending, or refused with Retry / Discard).
Item {
    id: delegate

    required property var model
    required property int index
    property ConversationModel conversation
    property ChatController chat
    property var navigator
    property url serverUrl

    signal reportRequested(var messageId, string text)

    readonly property bool mine: model.mine
    readonly property bool removed: model.removed !== ""

    objectName: "message_" + (model.seq > 0 ? model.seq : model.clientMessageId)
    width: ListView.view ? ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin : 300
    implicitHeight: loader.implicitHeight + (model.firstOfRun ? 8 : 2)

    function openProfile() {
        if (model.senderId > 0)
            navigator.push("../social/PlayerPage.qml", { userId: model.senderId })
    }

    Loader {
        id: loader
        y: model.firstOfRun ? 6 : 1
        width: parent.width
        sourceComponent: delegate.model.kind === "system" ? systemLine
                         : delegate.model.kind === "invitation" ? invitationCard : textMessage
    }

    Component {
        id: systemLine
        Label {
            objectName: "systemMessage"
            text: ChatTexts.systemMessage(delegate.model.system) + "  \u00b7  "
                  + ChatTexts.dateTime(delegate.model.sentAt)
            font.italic: true
            opacity: 0.8
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            leftPadding: 16
            rightPadding: 16
        }
    }

    Component {
        id: invitationCard
        Item {
            implicitHeight: card.implicitHeight
            InvitationCard {
                id: card
                x: 12
                width: Math.min(parent.width - 24, 420)
                invitation: delegate.model.invitation
                sentAt: delegate.model.sentAt
                myUserId: delegate.chat && delegate.chat.session ? delegate.chat.session.userId : 0
                lobby: delegate.navigator ? delegate.navigator.playLobby : null
            }
        }
    }

    Component {
        id: textMessage
        RowLayout {
            spacing: 8
            layoutDirection: delegate.mine ? Qt.RightToLeft : Qt.LeftToRight

            Item {
                Layout.preferredWidth: 36
                Layout.preferredHeight: 36
                Layout.alignment: Qt.AlignTop
                visible: !delegate.mine
                Avatar {
                    visible: delegate.model.firstOfRun
                    serverUrl: delegate.serverUrl
                    userId: delegate.model.senderId
                    avatarUrl: delegate.model.sender.avatarUrl || ""
                    name: delegate.model.sender.displayName || ""
                    size: 36
                    TapHandler { onTapped: delegate.openProfile() }
                }
            }

            Pane {
                id: bubble
                padding: 8
                // Room beside it for the avatar and the menu button.
                Layout.maximumWidth: Math.min(delegate.width * 0.78, delegate.width - 100)
                Material.elevation: 0
                Material.background: delegate.mine
                                     ? Material.color(Material.Indigo, Material.theme === Material.Dark ? Material.Shade700 : Material.Shade50)
                                     : Material.color(Material.Grey, Material.theme === Material.Dark ? Material.Shade800 : Material.Shade200)

                ColumnLayout {
                    spacing: 2
                    width: Math.min(implicitWidth, bubble.Layout.maximumWidth - 16)

                    RowLayout {
                        visible: delegate.model.firstOfRun
                        spacing: 8
                        Label {
                            objectName: "senderName"
                            visible: !delegate.mine
                            text: delegate.model.sender.displayName || ""
                            font.bold: true
                            Accessible.role: Accessible.Link
                            Accessible.name: qsTr("Open the profile of %1").arg(text)
                            TapHandler { onTapped: delegate.openProfile() }
                        }
                        Label {
                            text: ChatTexts.dateTime(delegate.model.sentAt)
                            opacity: 0.7
                            font.pixelSize: 11
                        }
                    }
                    Label {
                        objectName: "messageText"
                        text: delegate.model.removed === "moderator" ? qsTr("Removed by a moderator")
                              : delegate.model.removed === "deleted_account" ? qsTr("Deleted account")
                              : delegate.model.text
                        textFormat: Text.PlainText
                        font.italic: delegate.removed
                        opacity: delegate.removed ? 0.7 : 1
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.maximumWidth: bubble.Layout.maximumWidth - 16
                    }
                    // Under my newest message once the peer read it (a DM's read receipt).
                    Label {
                        objectName: "seenLabel"
                        visible: delegate.mine && delegate.conversation !== null
                                 && delegate.conversation.seen && delegate.model.seq > 0
                                 && delegate.model.seq === delegate.conversation.myLastSeq
                        text: qsTr("Seen")
                        opacity: 0.7
                        font.pixelSize: 11
                        Layout.alignment: Qt.AlignRight
                    }
                    Label {
                        objectName: "sendingLabel"
                        visible: delegate.model.pending && !delegate.model.failed
                        text: qsTr("Sending\u2026")
                        opacity: 0.7
                        font.pixelSize: 11
                    }
                    Label {
                        objectName: "failureLabel"
                        visible: delegate.model.failed
                        text: delegate.model.failure
                        color: Material.color(Material.Red)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.maximumWidth: bubble.Layout.maximumWidth - 16
                    }
                    RowLayout {
                        visible: delegate.model.failed
                        Button {
                            objectName: "retryButton"
                            text: qsTr("Retry")
                            flat: true
                            onClicked: delegate.conversation.retry(delegate.model.clientMessageId)
                        }
                        Button {
                            objectName: "discardButton"
                            text: qsTr("Discard")
                            flat: true
                            onClicked: delegate.conversation.discard(delegate.model.clientMessageId)
                        }
                    }
                }
            }

            ToolButton {
                objectName: "messageMenuButton"
                readonly property alias menu: messageMenu
                visible: !delegate.mine && !delegate.removed && delegate.model.messageId > 0
                text: "\u22ee"
                Layout.preferredWidth: 40
                Layout.alignment: Qt.AlignVCenter
                Accessible.name: qsTr("Actions on this message")
                onClicked: messageMenu.popup()

                Menu {
                    id: messageMenu
                    Material.elevation: 0
                    MenuItem {
                        objectName: "reportMessageItem"
                        text: qsTr("Report to the moderators")
                        onTriggered: delegate.reportRequested(delegate.model.messageId, delegate.model.text)
                    }
                    MenuItem {
                        text: qsTr("Open the profile")
                        onTriggered: delegate.openProfile()
                    }
                }
            }
            Item { Layout.fillWidth: true }
        }
    }
}
