import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Transcendence

// Your own profile: the display name and bio other players see, and your avatar (a picture you
// choose, previewed before it is sent, or the generated one).
AppPage {
    id: page

    readonly property alias editor: editor
    readonly property bool avatarDialogOpen: avatarDialog.visible
    // The fields are filled from the server once, and again after a save (with what it kept):
    // an avatar change must not undo what the player is typing.
    property bool fieldsFilled: false

    function fillFields() {
        displayNameField.text = editor.displayName
        bioField.text = editor.bio
        const language = languageField.indexOfValue(editor.language)
        languageField.currentIndex = language >= 0 ? language
                                                   : languageField.indexOfValue(Language.language)
        fieldsFilled = true
    }

    function fieldError(name) {
        return editor.fieldErrors[name] ? editor.fieldErrors[name] : ""
    }

    title: qsTr("Your profile")

    ProfileEditor {
        id: editor
        objectName: "profileEditor"
        session: page.session
        onProfileChanged: if (!page.fieldsFilled && username !== "") page.fillFields()
        onProfileSaved: message => {
            page.fillFields()
            page.navigator.showMessage(message)
            // The account's language is the app's too, when the app has it.
            if (languageField.indexOfValue(editor.language) >= 0
                    && Language.language !== editor.language)
                Language.language = editor.language
        }
        onAvatarSaved: message => page.navigator.showMessage(message)
    }

    FileDialog {
        id: avatarDialog
        objectName: "avatarDialog"
        title: qsTr("Choose a picture")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp)")]
        onAccepted: editor.chooseAvatar(selectedFile)
    }

    ErrorBanner {
        objectName: "profileError"
        text: editor.errorMessage
    }
    BusyIndicator {
        running: editor.loading && !editor.loaded
        visible: running
        Layout.alignment: Qt.AlignHCenter
    }

    Button {
        objectName: "viewOwnProfileButton"
        text: qsTr("See your profile as others see it")
        flat: true
        enabled: page.session && page.session.userId > 0
        onClicked: page.navigator.push("../social/PlayerPage.qml", { userId: page.session.userId })
    }

    SectionHeading { text: qsTr("Avatar") }
    Flow {
        spacing: 16
        Layout.fillWidth: true

        ColumnLayout {
            spacing: 4
            Avatar {
                objectName: "currentAvatar"
                serverUrl: page.session ? page.session.serverUrl : ""
                userId: page.session ? page.session.userId : 0
                avatarUrl: editor.avatarUrl
                name: editor.displayName
                size: 128
            }
            Label {
                text: qsTr("Now")
                opacity: 0.75
                Layout.alignment: Qt.AlignHCenter
            }
        }
        ColumnLayout {
            visible: editor.chosenAvatar.toString() !== ""
            spacing: 4
            Avatar {
                objectName: "avatarPreview"
                localSource: editor.chosenAvatar
                name: editor.displayName
                size: 128
                Accessible.name: qsTr("Preview of the chosen picture")
            }
            Label {
                text: qsTr("Preview")
                opacity: 0.75
                Layout.alignment: Qt.AlignHCenter
            }
        }
    }
    Label {
        text: qsTr("PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.")
        opacity: 0.75
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FieldProblem {
        objectName: "avatarProblem"
        text: editor.avatarProblem
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "chooseAvatarButton"
            text: qsTr("Choose a picture")
            enabled: !editor.uploading
            onClicked: avatarDialog.open()
        }
        Button {
            objectName: "uploadAvatarButton"
            text: qsTr("Upload the picture")
            highlighted: true
            enabled: editor.chosenAvatar.toString() !== "" && !editor.uploading
            onClicked: editor.uploadAvatar()
        }
        Button {
            objectName: "forgetAvatarButton"
            visible: editor.chosenAvatar.toString() !== ""
            text: qsTr("Keep the current one")
            flat: true
            onClicked: editor.forgetChosenAvatar()
        }
        Button {
            objectName: "removeAvatarButton"
            text: qsTr("Remove the avatar")
            flat: true
            enabled: !editor.uploading && editor.avatarUrl.indexOf("?v=") >= 0
            onClicked: editor.removeAvatar()
        }
    }
    BusyIndicator {
        running: editor.uploading
        visible: running
    }

    SectionHeading { text: qsTr("Your details") }
    Label {
        text: qsTr("User name: %1").arg(editor.username)
        visible: editor.username !== ""
        opacity: 0.75
        Layout.fillWidth: true
    }
    Label { text: qsTr("Display name") }
    TextField {
        id: displayNameField
        objectName: "displayNameField"
        maximumLength: 20
        Layout.fillWidth: true
        Accessible.name: qsTr("Display name")
        Accessible.description: qsTr("How other players see you: 3 to 20 characters.")
    }
    Label {
        text: qsTr("How other players see you: 3 to 20 characters.")
        opacity: 0.75
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FieldProblem {
        objectName: "displayNameProblem"
        text: page.fieldError("displayName")
    }
    Label { text: qsTr("About you") }
    TextArea {
        id: bioField
        objectName: "bioField"
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        Layout.fillWidth: true
        Layout.minimumHeight: 96
        Accessible.name: qsTr("About you")
        Accessible.description: qsTr("Up to 500 characters, shown as plain text on your profile.")
    }
    Label {
        objectName: "bioCounter"
        text: qsTr("%1 / 500 characters").arg(bioField.length)
        color: bioField.length > 500 ? Material.color(Material.Red) : Material.foreground
        opacity: bioField.length > 500 ? 1 : 0.75
        Layout.fillWidth: true
    }
    FieldProblem { text: page.fieldError("bio") }
    Label { text: qsTr("Language") }
    ComboBox {
        id: languageField
        objectName: "profileLanguageField"
        model: Language.availableLanguages
        textRole: "name"
        valueRole: "code"
        Layout.fillWidth: true
        Accessible.name: qsTr("Language")
        Accessible.description: qsTr("The language of this app and of our e-mails to you.")
    }
    Label {
        text: qsTr("The language of this app and of our e-mails to you.")
        opacity: 0.75
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FieldProblem { text: page.fieldError("language") }
    Button {
        objectName: "saveProfileButton"
        text: qsTr("Save the profile")
        highlighted: true
        enabled: !editor.saving && editor.loaded && displayNameField.text.trim().length >= 3
                 && bioField.length <= 500
        Layout.fillWidth: true
        // The language goes only when changed: an account's language the app lacks stays.
        onClicked: editor.save(displayNameField.text, bioField.text,
                               languageField.currentValue !== editor.language
                               ? languageField.currentValue : "")
    }
}
