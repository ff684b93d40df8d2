import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Language, look (theme, text size, motion), match sounds, when signed in the account's e-mail
// address, password and sessions, and the server's privacy policy and terms.
AppPage {
    id: page

    title: qsTr("Settings")

    // The server's legal page in the app's language (resources/legal/ has en, fr and ru); for
    // another language the server picks one from the browser's. Empty while there is no server.
    function legalPageUrl(document) {
        const server = page.serverStatus ? page.serverStatus.serverUrl.toString() : ""
        if (server === "")
            return ""
        const suffix = ["en", "fr", "ru"].indexOf(Language.language) >= 0 ? "." + Language.language : ""
        return server.replace(/\/$/, "") + "/legal/" + document + suffix + ".html"
    }

    Component.onCompleted: if (session && session.signedIn) session.loadSessions()

    SectionHeading { text: qsTr("Language") }
    LanguageSelector {
        objectName: "settingsLanguageSelector"
        flat: false
        Layout.fillWidth: true
    }

    SectionHeading { text: qsTr("Appearance") }
    Label { text: qsTr("Theme") }
    Flow {
        spacing: 4
        Layout.fillWidth: true
        Repeater {
            model: [
                { value: Appearance.System, name: qsTr("Like the system"), key: "system" },
                { value: Appearance.Light, name: qsTr("Light"), key: "light" },
                { value: Appearance.Dark, name: qsTr("Dark"), key: "dark" },
                { value: Appearance.HighContrast, name: qsTr("High contrast"), key: "highContrast" }
            ]
            RadioButton {
                required property var modelData
                objectName: "theme_" + modelData.key
                text: modelData.name
                checked: Appearance.theme === modelData.value
                onClicked: Appearance.theme = modelData.value
            }
        }
    }

    Label {
        text: qsTr("Text size: %1 %").arg(Math.round(Appearance.textScale * 100))
    }
    Slider {
        objectName: "textScaleSlider"
        from: 1.0
        to: 1.6
        stepSize: 0.1
        snapMode: Slider.SnapAlways
        value: Appearance.textScale
        Layout.fillWidth: true
        Accessible.name: qsTr("Text size")
        onMoved: Appearance.textScale = value
    }

    Switch {
        objectName: "reducedMotionSwitch"
        text: qsTr("Reduce motion")
        checked: Appearance.reducedMotion
        onToggled: Appearance.reducedMotion = checked
    }

    // The same switch as on the match page.
    Switch {
        objectName: "settingsSoundSwitch"
        text: qsTr("Sounds during matches")
        checked: PlaySettings.sounds
        onToggled: PlaySettings.sounds = checked
    }

    SectionHeading {
        visible: page.session && page.session.signedIn
        text: qsTr("Account")
    }
    ColumnLayout {
        visible: page.session && page.session.signedIn
        spacing: 8
        Layout.fillWidth: true

        Label {
            text: page.session ? qsTr("Signed in as %1 (%2)").arg(page.session.user.displayName || "")
                                     .arg(page.session.user.username || "") : ""
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "tokenStorageLabel"
            text: page.session && page.session.tokenStorage === "keychain"
                  ? qsTr("This device remembers your sign-in in the system keychain.")
                  : qsTr("This device has no keychain: your sign-in is remembered in a file "
                         + "only your user account can read.")
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }

        Label {
            text: qsTr("Where you are signed in")
            font.bold: true
        }
        Repeater {
            objectName: "sessionList"
            model: page.session ? page.session.sessions : null
            delegate: Frame {
                required property string id
                required property string client
                required property string userAgent
                required property string ipAddress
                required property string lastSeenAt
                required property bool current
                Layout.fillWidth: true

                RowLayout {
                    width: parent.width
                    ColumnLayout {
                        Layout.fillWidth: true
                        Label {
                            text: (client === "app" ? qsTr("App") : qsTr("Web browser"))
                                  + (current ? " \u2014 " + qsTr("this device") : "")
                            font.bold: current
                        }
                        Label {
                            text: qsTr("Last used %1 from %2")
                                  .arg(new Date(lastSeenAt).toLocaleString(Qt.locale(Language.language),
                                                                           Locale.ShortFormat))
                                  .arg(ipAddress)
                            wrapMode: Text.Wrap
                            opacity: 0.8
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        visible: !current
                        text: qsTr("Sign out")
                        flat: true
                        Accessible.name: qsTr("Sign out this session")
                        onClicked: page.session.revokeSession(id)
                    }
                }
            }
        }

        EmailSection {
            objectName: "emailSection"
            session: page.session
            Layout.fillWidth: true
            Layout.topMargin: 8
        }

        PasswordSection {
            session: page.session
            Layout.fillWidth: true
            Layout.topMargin: 8
        }

        TwoFactorSection {
            session: page.session
            Layout.fillWidth: true
            Layout.topMargin: 8
        }

        Button {
            objectName: "signOutButton"
            text: qsTr("Sign out")
            enabled: !page.session.busy
            Layout.fillWidth: true
            onClicked: page.session.signOut()
        }
    }

    SectionHeading { text: qsTr("Privacy and terms") }
    Label {
        text: qsTr("How this server handles your data, and the rules for using it. They open in your web browser.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true

        Button {
            readonly property string target: page.legalPageUrl("privacy")
            objectName: "privacyPageButton"
            text: qsTr("Privacy policy")
            enabled: target !== ""
            onClicked: Qt.openUrlExternally(target)
        }
        Button {
            readonly property string target: page.legalPageUrl("terms")
            objectName: "termsPageButton"
            text: qsTr("Terms of service")
            enabled: target !== ""
            onClicked: Qt.openUrlExternally(target)
        }
    }
}
