import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Sign in (with a second step for a TOTP or recovery code) or create an account.
AppPage {
    id: page

    property bool creating: false
    readonly property bool secondFactor: session && session.state === AccountSession.SecondFactor

    function fieldError(name) {
        return session && session.fieldErrors[name] ? session.fieldErrors[name] : ""
    }

    title: secondFactor ? qsTr("Two-factor authentication")
                        : creating ? qsTr("Create an account") : qsTr("Sign in")
    maximumContentWidth: 460

    ErrorBanner {
        objectName: "signInError"
        text: page.session ? page.session.errorMessage : ""
    }

    // Password step, or sign-up.
    ColumnLayout {
        visible: !page.secondFactor
        spacing: 8
        Layout.fillWidth: true

        SectionHeading {
            text: page.creating ? qsTr("Create your account") : qsTr("Welcome back")
        }

        TextField {
            id: loginField
            objectName: "loginField"
            placeholderText: page.creating ? qsTr("User name") : qsTr("User name or e-mail")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Accessible.name: placeholderText
            onAccepted: passwordField.forceActiveFocus()
        }
        FieldProblem { text: page.fieldError("username") }

        TextField {
            id: emailField
            objectName: "emailField"
            visible: page.creating
            placeholderText: qsTr("E-mail address")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            Layout.fillWidth: true
            Accessible.name: placeholderText
        }
        FieldProblem { text: page.creating ? page.fieldError("email") : "" }

        TextField {
            id: displayNameField
            objectName: "displayNameField"
            visible: page.creating
            placeholderText: qsTr("Display name (optional)")
            Layout.fillWidth: true
            Accessible.name: placeholderText
        }
        FieldProblem { text: page.creating ? page.fieldError("displayName") : "" }

        TextField {
            id: passwordField
            objectName: "passwordField"
            placeholderText: qsTr("Password")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Accessible.name: placeholderText
            onAccepted: submitButton.clicked()
        }
        Label {
            visible: page.creating
            text: qsTr("At least 10 characters.")
            opacity: 0.7
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        FieldProblem { text: page.fieldError("password") }

        Button {
            id: submitButton
            objectName: "submitButton"
            text: page.creating ? qsTr("Create account") : qsTr("Sign in")
            highlighted: true
            enabled: page.session && !page.session.busy && loginField.text.trim() !== ""
                     && passwordField.text !== "" && (!page.creating || emailField.text !== "")
            Layout.fillWidth: true
            onClicked: {
                if (page.creating)
                    page.session.signUp(loginField.text, emailField.text, passwordField.text,
                                        displayNameField.text)
                else
                    page.session.signIn(loginField.text, passwordField.text)
            }
        }

        BusyIndicator {
            running: page.session && page.session.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }

        // "Sign in with 42": in the system browser, back to the app on a loopback port (OAuthSignIn).
        OAuthSignIn {
            id: oauth
            session: page.session
        }
        ColumnLayout {
            objectName: "oauthSection"
            visible: !page.secondFactor && !page.creating && oauth.providers.length > 0
            spacing: 8
            Layout.fillWidth: true

            Label {
                text: qsTr("or")
                opacity: 0.7
                Layout.alignment: Qt.AlignHCenter
            }
            Repeater {
                model: oauth.providers
                Button {
                    required property var modelData
                    objectName: "oauthButton_" + modelData.id
                    text: qsTr("Sign in with %1").arg(modelData.name)
                    enabled: !oauth.waiting && page.session && !page.session.busy
                    Layout.fillWidth: true
                    onClicked: oauth.start(modelData.id)
                }
            }
            ErrorBanner {
                objectName: "oauthError"
                text: oauth.errorMessage
            }
            Label {
                objectName: "oauthWaiting"
                visible: oauth.waiting
                text: qsTr("Continue in your web browser: this app signs you in as soon as you are "
                           + "back from there. If no browser opened, open this address:")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextEdit {
                visible: oauth.waiting
                text: oauth.authorizationUrl.toString()
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                color: Material.foreground
                font.pixelSize: Math.round(12 * Appearance.textScale)
                Layout.fillWidth: true
                Accessible.name: qsTr("Sign-in address")
            }
            Button {
                objectName: "oauthCancelButton"
                visible: oauth.waiting
                text: qsTr("Cancel")
                flat: true
                Layout.fillWidth: true
                onClicked: oauth.cancel()
            }
        }

        // "Forgot your password?": a reset link by e-mail, followed in the browser.
        Button {
            objectName: "forgotPasswordButton"
            visible: !page.creating
            text: qsTr("Forgot your password?")
            flat: true
            Layout.fillWidth: true
            onClicked: forgotSection.visible = !forgotSection.visible
        }
        ColumnLayout {
            id: forgotSection
            visible: false
            spacing: 8
            Layout.fillWidth: true

            PasswordSettings {
                id: resetLink
                session: page.session
            }
            Label {
                text: qsTr("Type the e-mail address of your account: we will send it a link to "
                           + "choose a new password.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: forgotEmail
                objectName: "forgotEmailField"
                placeholderText: qsTr("E-mail address")
                inputMethodHints: Qt.ImhEmailCharactersOnly
                Layout.fillWidth: true
                Accessible.name: placeholderText
                onAccepted: sendLinkButton.clicked()
            }
            Button {
                id: sendLinkButton
                objectName: "sendResetLinkButton"
                text: qsTr("Send me a link")
                enabled: !resetLink.busy && forgotEmail.text.trim() !== ""
                onClicked: resetLink.sendResetLink(forgotEmail.text)
            }
            ErrorBanner {
                objectName: "forgotError"
                text: resetLink.errorMessage
            }
            Label {
                objectName: "forgotSent"
                visible: text !== ""
                text: resetLink.savedMessage
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
            }
        }

        Button {
            objectName: "switchModeButton"
            text: page.creating ? qsTr("I already have an account") : qsTr("Create an account")
            flat: true
            Layout.fillWidth: true
            onClicked: {
                page.creating = !page.creating
                page.session.clearError()
            }
        }
    }

    // Second step: a code from the authenticator app, or a recovery code.
    ColumnLayout {
        visible: page.secondFactor
        spacing: 8
        Layout.fillWidth: true

        Label {
            objectName: "secondFactorHint"
            text: page.session && page.session.secondFactorMethod === "email"
                  ? qsTr("We sent a 6-digit code to your e-mail address: enter it, or one of your "
                         + "recovery codes. It works once, for 5 minutes.")
                  : qsTr("Enter the 6-digit code from your authenticator app, or one of your "
                         + "recovery codes.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: codeField
            objectName: "secondFactorField"
            placeholderText: qsTr("Code")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Accessible.name: placeholderText
            onAccepted: verifyButton.clicked()
        }
        FieldProblem { text: page.fieldError("code") || page.fieldError("recoveryCode") }
        Button {
            id: verifyButton
            objectName: "verifyButton"
            text: qsTr("Verify")
            highlighted: true
            enabled: page.session && !page.session.busy && codeField.text.trim() !== ""
            Layout.fillWidth: true
            onClicked: page.session.submitSecondFactor(codeField.text)
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            Layout.fillWidth: true
            onClicked: {
                codeField.text = ""
                page.session.cancelSecondFactor()
            }
        }
    }

    Label {
        visible: page.navigator && !!page.navigator.destination("play")
        text: qsTr("No account, or no connection? You can still play on this device.")
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
        Layout.topMargin: 16
    }
    Button {
        objectName: "playOfflineButton"
        visible: page.navigator && !!page.navigator.destination("play")
        text: qsTr("Play on this device")
        Layout.fillWidth: true
        onClicked: page.navigator.open("play")
    }
}
