import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Reports a message to the moderators, with a reason and an optional comment.
Dialog {
    id: dialog

    property ChatController chat
    property var messageId: 0
    property string messageText: ""
    property string reason: "spam"

    function ask(id, text) {
        messageId = id
        messageText = text
        reason = "spam"
        commentField.text = ""
        open()
    }

    objectName: "reportDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 420, 440)
    modal: true
    Material.elevation: 0
    title: qsTr("Report this message")

    ColumnLayout {
        width: parent.width
        spacing: 4

        Label {
            text: dialog.messageText
            textFormat: Text.PlainText
            font.italic: true
            maximumLineCount: 3
            elide: Text.ElideRight
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: ["spam", "abuse", "cheating", "other"]
            RadioButton {
                objectName: "reportReason_" + modelData
                text: ChatTexts.reportReason(modelData)
                checked: dialog.reason === modelData
                onClicked: dialog.reason = modelData
            }
        }
        TextField {
            id: commentField
            objectName: "reportCommentField"
            placeholderText: qsTr("Comment (optional)")
            maximumLength: 500
            Layout.fillWidth: true
            Accessible.name: placeholderText
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "sendReportButton"
            text: qsTr("Report")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }

    onAccepted: chat.report(messageId, reason, commentField.text)
}
