import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// The password in the settings: change it with the current one, or set a first one for an
// account created with a provider. Every other session is signed out when it changes.
ColumnLayout {
    id: section

    property AccountSession session

    spacing: 8

    PasswordSettings {
        id: passwords
        session: section.session
        onSaved: {
            currentField.text = ""
            newField.text = ""
        }
    }

    SectionHeading { text: qsTr("Password") }

    Label {
        text: passwords.hasPassword
              ? qsTr("Your other sessions are signed out when it changes.")
              : qsTr("Your account signs in with a provider. Set a password to sign in with your name too.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ErrorBanner {
        objectName: "passwordError"
        text: passwords.errorMessage
    }
    Label {
        objectName: "passwordSaved"
        visible: text !== ""
        text: passwords.savedMessage
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
    }
    TextField {
        id: currentField
        objectName: "currentPasswordField"
        visible: passwords.hasPassword
        placeholderText: qsTr("Current password")
        echoMode: TextInput.Password
        Layout.fillWidth: true
        Accessible.name: placeholderText
    }
    TextField {
        id: newField
        objectName: "newPasswordField"
        placeholderText: qsTr("New password (at least 10 characters)")
        echoMode: TextInput.Password
        Layout.fillWidth: true
        Accessible.name: placeholderText
        onAccepted: saveButton.clicked()
    }
    Button {
        id: saveButton
        objectName: "changePasswordButton"
        text: passwords.hasPassword ? qsTr("Change the password") : qsTr("Set a password")
        highlighted: true
        enabled: !passwords.busy && newField.text !== ""
                 && (!passwords.hasPassword || currentField.text !== "")
        onClicked: passwords.change(currentField.text, newField.text)
    }
}
