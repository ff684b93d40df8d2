import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Under the header while the account's e-mail address is not confirmed: what to do, and a
// button to send the link again. Unverified accounts play as usual.
Pane {
    id: banner

    property AccountSession session
    readonly property alias settings: emails

    visible: emails.unverified
    height: visible ? implicitHeight : 0
    padding: 8
    Material.elevation: 0
    Material.background: Appearance.theme === Appearance.HighContrast ? "#ffff00" : "#fff3bf"
    Material.foreground: "#000000"
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Confirm your e-mail address")

    EmailSettings {
        id: emails
        session: banner.session
    }

    // The link is followed in a browser: look again when the app comes back to the front.
    Connections {
        target: Qt.application
        function onStateChanged() {
            if (Qt.application.state === Qt.ApplicationActive && emails.unverified)
                emails.refresh()
        }
    }

    Flow {
        width: parent.width
        spacing: 8
        Label {
            objectName: "verifyBannerText"
            text: qsTr("Please confirm your e-mail address %1: follow the link we sent you.").arg(emails.email)
            wrapMode: Text.Wrap
            width: Math.min(implicitWidth, banner.availableWidth)
        }
        Button {
            objectName: "verifyResendButton"
            text: qsTr("Send the link again")
            enabled: !emails.busy && emails.doneMessage === ""
            flat: true
            padding: 4
            topInset: 0
            bottomInset: 0
            onClicked: emails.resendLink()
        }
        Label {
            objectName: "verifyResendResult"
            visible: text !== ""
            text: emails.doneMessage !== "" ? emails.doneMessage : emails.errorMessage
            font.bold: true
            wrapMode: Text.Wrap
            width: Math.min(implicitWidth, banner.availableWidth)
            Accessible.role: Accessible.AlertMessage
        }
    }
}
