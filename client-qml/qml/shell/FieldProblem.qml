import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The server's problem with one form field, under the field; hidden while there is none.
Label {
    visible: text !== ""
    color: Material.color(Material.Red, Material.theme === Material.Dark ? Material.Shade300
                                                                         : Material.Shade800)
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
