import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Lets the user point the app at a server: an http(s) URL, checked before it is applied.
Frame {
    id: form

    required property ServerStatus serverStatus
    readonly property string problem: serverStatus.serverUrlProblem(urlField.text)

    function apply() {
        if (form.serverStatus.applyServerUrl(urlField.text))
            urlField.text = form.serverStatus.serverUrl.toString()
    }

    padding: 16

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("Server")
            font.pixelSize: 18
            font.bold: true
            Accessible.role: Accessible.Heading
        }

        Label {
            text: qsTr("Address of the Transcendence server this app connects to.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // Field and button side by side; the button goes below the field on a phone.
        GridLayout {
            columns: form.width < 480 ? 1 : 2
            columnSpacing: 8
            rowSpacing: 4
            Layout.fillWidth: true

            TextField {
                id: urlField
                objectName: "serverUrlField"
                text: form.serverStatus.serverUrl.toString()
                placeholderText: "https://localhost:8443"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                selectByMouse: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Server address")
                Accessible.description: form.problem
                onAccepted: form.apply()
            }

            Button {
                objectName: "applyServerUrlButton"
                text: qsTr("Connect")
                enabled: form.problem === ""
                         && urlField.text.trim() !== form.serverStatus.serverUrl.toString()
                highlighted: true
                Layout.alignment: Qt.AlignRight
                Accessible.name: qsTr("Connect to this server")
                onClicked: form.apply()
            }
        }

        Label {
            objectName: "serverUrlProblem"
            visible: form.problem !== ""
            text: form.problem
            color: Material.color(Material.Red)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
