import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The e-mail address in the settings: the address and whether it is confirmed, and a form to
// change it (with the current password when the account has one). The new address is used once
// the link sent to it is followed; the old one gets a notice.
ColumnLayout {
    id: section

    property AccountSession session
    readonly property alias settings: emails

    spacing: 8

    EmailSettings {
        id: emails
        session: section.session
        onChangeRequested: {
            newEmailField.text = ""
            passwordField.text = ""
        }
    }

    SectionHeading { text: qsTr("E-mail address") }

    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        Label {
            objectName: "currentEmail"
            text: emails.email !== "" ? emails.email : qsTr("No e-mail address yet.")
            font.bold: emails.email !== ""
            elide: Label.ElideMiddle
            Layout.fillWidth: true
        }
        Label {
            objectName: "emailState"
            visible: emails.email !== ""
            text: emails.unverified ? qsTr("Not confirmed yet") : qsTr("Confirmed")
            color: "#ffffff"
            font.bold: true
            leftPadding: 8
            rightPadding: 8
            background: Rectangle {
                radius: height / 2
                color: emails.unverified ? Material.color(Material.Orange, Material.Shade900)
                                         : Material.color(Material.Green, Material.Shade800)
            }
        }
    }
    ErrorBanner {
        objectName: "emailError"
        text: emails.errorMessage
    }
    Label {
        objectName: "emailDone"
        visible: text !== ""
        text: emails.doneMessage
        wrapMode: Text.Wrap
        font.bold: true
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
    }
    TextField {
        id: newEmailField
        objectName: "newEmailField"
        placeholderText: qsTr("New e-mail address")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        Layout.fillWidth: true
        Accessible.name: placeholderText
    }
    FieldProblem { text: emails.fieldErrors.email || "" }
    TextField {
        id: passwordField
        objectName: "emailPasswordField"
        visible: emails.hasPassword
        placeholderText: qsTr("Current password")
        echoMode: TextInput.Password
        Layout.fillWidth: true
        Accessible.name: placeholderText
        onAccepted: changeButton.clicked()
    }
    Button {
        id: changeButton
        objectName: "changeEmailButton"
        text: qsTr("Change the address")
        highlighted: true
        enabled: !emails.busy && newEmailField.text.trim() !== ""
                 && (!emails.hasPassword || passwordField.text !== "")
        onClicked: emails.change(newEmailField.text, passwordField.text)
    }
}
