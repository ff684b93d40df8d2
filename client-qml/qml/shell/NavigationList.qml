import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The list of places in the app, with who is signed in on top.
Pane {
    id: navigation

    property var destinations: []
    property string currentKey
    property AccountSession session

    signal activated(string key)

    padding: 0
    Material.elevation: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "signedInAs"
            text: navigation.session && navigation.session.signedIn
                  ? qsTr("Signed in as %1").arg(navigation.session.user.displayName || "")
                  : qsTr("Not signed in")
            padding: 16
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "navigationList"
            model: navigation.destinations
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Navigation")

            delegate: ItemDelegate {
                required property var modelData
                objectName: "nav_" + modelData.key
                width: ListView.view.width
                text: modelData.title
                highlighted: modelData.key === navigation.currentKey
                onClicked: navigation.activated(modelData.key)
            }
        }
    }
}
