import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Two-factor sign-in in the settings: turn it on (scan, confirm a code, keep the recovery
// codes) or off (a code, a recovery code or the password).
ColumnLayout {
    id: section

    property AccountSession session

    spacing: 8

    TwoFactorSettings {
        id: twoFactor
        session: section.session
    }

    SectionHeading { text: qsTr("Two-factor sign-in") }

    ErrorBanner {
        objectName: "twoFactorError"
        text: twoFactor.errorMessage
    }

    // Off
    Label {
        visible: twoFactor.step === TwoFactorSettings.Off
        text: qsTr("Off. With it on, signing in also asks for a code from an authenticator app.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Button {
        objectName: "twoFactorStartButton"
        visible: twoFactor.step === TwoFactorSettings.Off
        text: qsTr("Turn on two-factor sign-in")
        enabled: !twoFactor.busy
        onClicked: twoFactor.start()
    }
    Label {
        visible: twoFactor.step === TwoFactorSettings.Off
        text: qsTr("No authenticator app? Get each sign-in code by e-mail instead.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Button {
        objectName: "twoFactorEmailStartButton"
        visible: twoFactor.step === TwoFactorSettings.Off
        text: qsTr("Use codes sent by e-mail")
        flat: true
        enabled: !twoFactor.busy
        onClicked: twoFactor.startEmail()
    }

    // A code was mailed to switch e-mail codes on
    ColumnLayout {
        visible: twoFactor.step === TwoFactorSettings.EmailCode
        spacing: 8
        Layout.fillWidth: true

        Label {
            text: qsTr("We sent a 6-digit code to %1. Enter it within 10 minutes.")
                  .arg(twoFactor.emailSentTo)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: emailCode
            objectName: "twoFactorEmailCodeField"
            placeholderText: qsTr("6-digit code from the e-mail")
            inputMethodHints: Qt.ImhDigitsOnly
            Layout.fillWidth: true
            Accessible.name: placeholderText
            onAccepted: emailConfirmButton.clicked()
        }
        RowLayout {
            Button {
                id: emailConfirmButton
                objectName: "twoFactorEmailConfirmButton"
                text: qsTr("Turn on")
                highlighted: true
                enabled: !twoFactor.busy && emailCode.text.trim() !== ""
                onClicked: {
                    twoFactor.enableEmail(emailCode.text)
                    emailCode.text = ""
                }
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: {
                    emailCode.text = ""
                    twoFactor.finish()
                }
            }
        }
    }

    // Codes by e-mail are on
    Label {
        visible: twoFactor.step === TwoFactorSettings.EmailOn
        text: qsTr("On: signing in asks for a code sent to your e-mail address.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Button {
        objectName: "twoFactorEmailDisableButton"
        visible: twoFactor.step === TwoFactorSettings.EmailOn
        text: qsTr("Turn off codes by e-mail")
        enabled: !twoFactor.busy
        onClicked: twoFactor.disableEmail()
    }

    // Scanning
    ColumnLayout {
        visible: twoFactor.step === TwoFactorSettings.Scanning
        spacing: 8
        Layout.fillWidth: true

        Label {
            text: qsTr("Scan this code with your authenticator app, or type the key below into "
                       + "it. Then enter the 6-digit code it shows.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Image {
            objectName: "twoFactorQrCode"
            source: twoFactor.qrCode
            fillMode: Image.PreserveAspectFit
            smooth: false
            Layout.preferredWidth: 200
            Layout.preferredHeight: 200
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the two-factor key")
        }
        TextField {
            objectName: "twoFactorSecret"
            text: twoFactor.secret
            readOnly: true
            selectByMouse: true
            font.family: "monospace"
            Layout.fillWidth: true
            Accessible.name: qsTr("Two-factor key")
        }
        TextField {
            id: confirmCode
            objectName: "twoFactorConfirmField"
            placeholderText: qsTr("6-digit code")
            inputMethodHints: Qt.ImhDigitsOnly
            Layout.fillWidth: true
            Accessible.name: placeholderText
            onAccepted: confirmButton.clicked()
        }
        RowLayout {
            Button {
                id: confirmButton
                objectName: "twoFactorConfirmButton"
                text: qsTr("Turn on")
                highlighted: true
                enabled: !twoFactor.busy && confirmCode.text.trim() !== ""
                onClicked: twoFactor.enable(confirmCode.text)
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: {
                    confirmCode.text = ""
                    twoFactor.finish()
                }
            }
        }
    }

    // Showing the recovery codes, once
    ColumnLayout {
        visible: twoFactor.step === TwoFactorSettings.ShowingRecovery
        spacing: 8
        Layout.fillWidth: true

        Label {
            text: qsTr("Two-factor sign-in is on. Keep these recovery codes somewhere safe: each "
                       + "one signs you in once if you lose your authenticator. They are shown "
                       + "only now.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextArea {
            objectName: "recoveryCodes"
            text: twoFactor.recoveryCodes.join("\n")
            readOnly: true
            selectByMouse: true
            font.family: "monospace"
            Layout.fillWidth: true
            Accessible.name: qsTr("Recovery codes")
        }
        Button {
            objectName: "recoveryCodesDoneButton"
            text: qsTr("I have saved them")
            highlighted: true
            onClicked: twoFactor.finish()
        }
    }

    // On
    Label {
        visible: twoFactor.step === TwoFactorSettings.On
        text: qsTr("On. To turn it off, enter a current code, a recovery code or your password.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        visible: twoFactor.step === TwoFactorSettings.On
        Layout.fillWidth: true
        TextField {
            id: disableProof
            objectName: "twoFactorDisableField"
            placeholderText: qsTr("Code, recovery code or password")
            echoMode: TextInput.Password
            Layout.fillWidth: true
            Accessible.name: placeholderText
        }
        Button {
            objectName: "twoFactorDisableButton"
            text: qsTr("Turn off")
            enabled: !twoFactor.busy && disableProof.text !== ""
            onClicked: {
                twoFactor.disable(disableProof.text)
                disableProof.text = ""
            }
        }
    }
}
