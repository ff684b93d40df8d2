import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Step-up (issue 15): a sensitive change (linking a provider, two-factor changes, the data export,
// bans and roles) was refused because this session has not proven its owner in the last 10
// minutes. The password, a code from the authenticator app or a recovery code proves it; the
// change then goes through by itself. Cancel gives the refusal back to the page that asked.
// An account with neither a password nor two-factor sign-in signs out and in again instead.
Dialog {
    id: dialog

    property AccountSession session
    readonly property bool hasPassword: !session || session.user.hasPassword !== false
    readonly property bool hasCode: session && session.user.twoFactorEnabled === true
    property string method: hasPassword ? "password" : "code"

    objectName: "reauthDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 420, 440)
    modal: true
    focus: true
    title: qsTr("Confirm it is you")
    // Without a shadow: the software renderer (offscreen, some VMs) cannot draw it.
    Material.elevation: 0
    closePolicy: Popup.CloseOnEscape

    Connections {
        target: dialog.session
        function onProofRequiredChanged() {
            if (dialog.session.proofRequired) {
                if (!dialog.opened)
                    dialog.open()
            } else {
                dialog.close()
            }
        }
    }

    onOpened: {
        proofField.text = ""
        method = hasPassword ? "password" : "code"
        methodBox.currentIndex = Math.max(0, methodBox.indexOfValue(method))
        proofField.forceActiveFocus()
    }
    // Closed (Cancel, Escape) while the proof is still wanted: the waiting requests give up.
    onClosed: if (session && session.proofRequired) session.cancelProof()

    ColumnLayout {
        width: parent.width
        spacing: 8

        Label {
            text: qsTr("This change needs a recent proof that you are the owner of this account.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ErrorBanner {
            objectName: "reauthError"
            text: dialog.session ? dialog.session.proofError : ""
        }
        Label {
            visible: !dialog.hasPassword && !dialog.hasCode
            text: qsTr("Sign out, sign in again with the service you use, then try once more.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ComboBox {
            id: methodBox
            objectName: "reauthMethod"
            visible: dialog.hasCode
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "kind"
            model: {
                const choices = []
                if (dialog.hasPassword)
                    choices.push({ kind: "password", label: qsTr("My password") })
                choices.push({ kind: "code", label: qsTr("A code from my authenticator app") })
                choices.push({ kind: "recoveryCode", label: qsTr("A recovery code") })
                return choices
            }
            onActivated: {
                dialog.method = currentValue
                proofField.text = ""
                proofField.forceActiveFocus()
            }
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(dialog.method))
            Accessible.name: qsTr("How to confirm")
        }
        TextField {
            id: proofField
            objectName: "reauthField"
            visible: dialog.hasPassword || dialog.hasCode
            echoMode: dialog.method === "password" ? TextInput.Password : TextInput.Normal
            inputMethodHints: dialog.method === "code" ? Qt.ImhDigitsOnly : Qt.ImhNone
            placeholderText: dialog.method === "password" ? qsTr("Your password")
                           : dialog.method === "code" ? qsTr("6-digit code")
                           : qsTr("Recovery code")
            Layout.fillWidth: true
            Accessible.name: placeholderText
            onAccepted: confirmButton.clicked()
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "reauthCancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            id: confirmButton
            objectName: "reauthConfirmButton"
            visible: dialog.hasPassword || dialog.hasCode
            text: qsTr("Confirm")
            highlighted: true
            enabled: proofField.text !== "" && dialog.session && !dialog.session.busy
            // Not AcceptRole: the dialog stays open until the server says yes.
            onClicked: dialog.session.submitProof(dialog.method, proofField.text)
        }
    }
}
