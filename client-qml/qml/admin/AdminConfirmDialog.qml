import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Asks before a moderation action that cannot be taken back quietly (a ban, a role change, an
// avatar removal). With askReason, the admin must say why (the reason goes to the audit log).
Dialog {
    id: dialog

    property string message
    property string confirmText: qsTr("Confirm")
    property bool askReason: false
    readonly property string reason: reasonField.text.trim()

    signal confirmedWith(string reason)

    function ask() {
        reasonField.text = ""
        open()
        if (askReason)
            reasonField.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 420, 440)
    modal: true
    focus: true
    // Without a shadow: the shadow is a shader effect that the software renderer (offscreen, some
    // VMs) cannot draw, and it would take the dialog's background with it.
    Material.elevation: 0
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    ColumnLayout {
        width: parent.width
        spacing: 8

        Label {
            text: dialog.message
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextArea {
            id: reasonField
            objectName: "confirmReasonField"
            visible: dialog.askReason
            placeholderText: qsTr("Reason (kept in the audit log)")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.minimumHeight: 80
            Accessible.name: placeholderText
            onTextChanged: if (length > 500) remove(500, length)
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "confirmCancelButton"
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "confirmAcceptButton"
            text: dialog.confirmText
            flat: true
            enabled: !dialog.askReason || dialog.reason !== ""
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }

    onAccepted: confirmedWith(reason)
}
