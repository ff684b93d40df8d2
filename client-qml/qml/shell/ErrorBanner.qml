import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A problem to show above a form; hidden while the text is empty. Announced as an alert.
Pane {
    id: banner

    property string text

    visible: text !== ""
    padding: 12
    Material.background: Material.color(Material.Red, Material.Shade100)
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        width: parent.width
        text: banner.text
        color: Material.color(Material.Red, Material.Shade900)
        wrapMode: Text.Wrap
    }
}
