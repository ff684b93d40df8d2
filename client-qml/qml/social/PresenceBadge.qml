import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Transcendence

// A friend's presence: the words say it, the colour only repeats it.
Label {
    id: badge

    // online, in_game or offline
    property string presence: "offline"

    readonly property bool dark: Material.theme === Material.Dark
    readonly property bool highContrast: Appearance.theme === Appearance.HighContrast

    text: presence === "online" ? qsTr("Online")
          : presence === "in_game" ? qsTr("In a game") : qsTr("Offline")
    font.pixelSize: Math.round(12 * Appearance.textScale)
    font.bold: presence !== "offline"
    leftPadding: 8
    rightPadding: 8
    topPadding: 2
    bottomPadding: 2
    color: highContrast ? (presence === "offline" ? "#ffffff" : "#000000") : "#ffffff"
    background: Rectangle {
        radius: height / 2
        color: badge.highContrast
               ? (badge.presence === "online" ? "#ffff00"
                  : badge.presence === "in_game" ? "#00ffff" : "#000000")
               : badge.presence === "online" ? Material.color(Material.Green, Material.Shade800)
               : badge.presence === "in_game" ? Material.color(Material.Blue, Material.Shade800)
               : Material.color(Material.Grey, Material.Shade700)
        border.width: badge.highContrast ? 1 : 0
        border.color: "#ffffff"
    }
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
