import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A small count on an icon or a row (unread messages, notifications); hidden at zero.
Rectangle {
    id: badge

    property int count: 0

    visible: count > 0
    implicitWidth: Math.max(height, countLabel.implicitWidth + 8)
    implicitHeight: countLabel.implicitHeight + 2
    radius: height / 2
    color: Material.color(Material.Red, Material.Shade600)
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%n unread", "", count)

    Label {
        id: countLabel
        objectName: badge.objectName !== "" ? badge.objectName + "Text" : ""
        anchors.centerIn: parent
        text: badge.count > 99 ? "99+" : String(badge.count)
        color: "white"
        font.pixelSize: 11
        font.bold: true
    }
}
