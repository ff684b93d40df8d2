import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The account's conversations, most recent activity first: the peer's avatar (or the
// tournament's), the title, the last message and the unread count.
ListView {
    id: list

    property ChatController chat
    property url serverUrl

    signal opened(var conversationId)

    objectName: "conversationList"
    clip: true
    model: chat ? chat.conversations : null
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    function preview(message) {
        if (!message || message.seq === undefined)
            return qsTr("No messages yet.")
        if (message.kind === "system")
            return ChatTexts.systemMessage(message.system || {})
        if (message.kind === "invitation")
            return qsTr("Invitation to a match")
        if (message.removed === "moderator")
            return qsTr("Removed by a moderator")
        if (message.removed === "deleted_account")
            return qsTr("Deleted account")
        const mine = message.sender && list.chat.session && message.sender.id === list.chat.session.userId
        return mine ? qsTr("You: %1").arg(message.text) : message.text
    }

    Label {
        objectName: "noConversationLabel"
        anchors.centerIn: parent
        width: parent.width - 32
        visible: list.count === 0 && list.chat && list.chat.loaded
        text: qsTr("No conversations yet. Open a player's profile and choose \"Message\".")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        opacity: 0.75
    }

    delegate: ItemDelegate {
        objectName: "conversation_" + model.id
        width: ListView.view.width
        padding: 8
        Accessible.name: model.unread > 0
                         ? qsTr("%1, %n unread message(s)", "", model.unread).arg(model.title)
                         : model.title
        onClicked: list.opened(model.id)

        contentItem: RowLayout {
            spacing: 12

            Avatar {
                serverUrl: list.serverUrl
                userId: model.peer ? model.peer.id : 0
                avatarUrl: model.peer ? (model.peer.avatarUrl || "") : ""
                name: model.title || ""
                size: 40
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: model.kind === "tournament" ? qsTr("Tournament: %1").arg(model.title) : model.title
                    font.bold: model.unread > 0
                    elide: Label.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "conversationPreview"
                    text: list.preview(model.lastMessage)
                    textFormat: Text.PlainText
                    maximumLineCount: 1
                    elide: Label.ElideRight
                    opacity: 0.75
                    Layout.fillWidth: true
                }
            }
            CountBadge {
                objectName: "unreadBadge_" + model.id
                count: model.unread || 0
            }
        }
    }
}
