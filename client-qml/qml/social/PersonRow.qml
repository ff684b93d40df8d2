import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// One player in a list: avatar, display name and @username (a tap opens their profile), then
// what the list adds (a presence badge) and the row's buttons, which wrap below on a phone.
Frame {
    id: row

    property url serverUrl
    property var userId: 0
    property string displayName: ""
    property string username: ""
    property string avatarUrl: ""
    // A presence badge when set (friends only).
    property string presence: ""
    default property alias actions: buttons.data

    signal opened()

    padding: 8
    Layout.fillWidth: true

    // Wide: the buttons on the right of the name; narrow: below it.
    GridLayout {
        width: parent.width
        columns: row.width >= 560 ? 2 : 1
        columnSpacing: 8
        rowSpacing: 4

        ItemDelegate {
            objectName: "personOpen"
            padding: 4
            Layout.fillWidth: true
            Accessible.name: qsTr("Open the profile of %1").arg(row.displayName)
            onClicked: row.opened()

            contentItem: RowLayout {
                spacing: 12

                Avatar {
                    serverUrl: row.serverUrl
                    userId: row.userId
                    avatarUrl: row.avatarUrl
                    name: row.displayName
                    size: 40
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        objectName: "personName"
                        text: row.displayName
                        font.bold: true
                        elide: Label.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: "@" + row.username
                        opacity: 0.75
                        elide: Label.ElideRight
                        Layout.fillWidth: true
                    }
                }
                PresenceBadge {
                    objectName: "presenceBadge"
                    visible: row.presence !== ""
                    presence: row.presence
                }
            }
        }

        // One or two short buttons: they fit a phone's width.
        RowLayout {
            id: buttons
            visible: children.length > 0
            spacing: 8
            Layout.leftMargin: row.width >= 560 ? 0 : 56
            Layout.alignment: Qt.AlignVCenter | (row.width >= 560 ? Qt.AlignRight : Qt.AlignLeft)
        }
    }
}
