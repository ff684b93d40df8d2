import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Transcendence

// A short message at the bottom of the window (a session that ended, an invitation that came).
Pane {
    id: toast

    function show(text) {
        message.text = text
        visible = true
        hideTimer.restart()
    }

    objectName: "messageToast"
    visible: false
    padding: 12
    z: 10
    width: Math.min(implicitWidth, parent.width - 32)
    Material.elevation: 0
    Material.background: Material.color(Material.Grey, Material.Shade800)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    Label {
        id: message
        objectName: "messageToastText"
        width: Math.min(implicitWidth, toast.parent ? toast.parent.width - 56 : implicitWidth)
        color: "white"
        wrapMode: Text.Wrap
    }

    Timer {
        id: hideTimer
        interval: 6000
        onTriggered: toast.visible = false
    }

    TapHandler {
        onTapped: toast.visible = false
    }
}
