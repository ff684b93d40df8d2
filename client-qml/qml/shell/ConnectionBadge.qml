import QtQuick
import QtQuick.Controls
import Transcendence

// The realtime connection in the tool bar: a dot (green: connected, amber: connecting, red: down)
// and the ping. Opens the server page.
ToolButton {
    id: badge

    property RealtimeClient realtimeClient
    property ServerStatus serverStatus
    readonly property bool connected: realtimeClient
                                      && realtimeClient.state === RealtimeClient.Connected

    objectName: "connectionBadge"
    text: connected && realtimeClient.pingMs >= 0 ? qsTr("%1 ms").arg(realtimeClient.pingMs)
                                                  : ""
    icon.source: ""
    Accessible.name: connected ? qsTr("Connected, ping %1 ms").arg(realtimeClient.pingMs)
                               : qsTr("Not connected to the server")
    ToolTip.visible: hovered
    ToolTip.text: Accessible.name

    contentItem: Row {
        spacing: 6
        Rectangle {
            width: 10
            height: 10
            radius: 5
            anchors.verticalCenter: parent.verticalCenter
            color: !badge.realtimeClient ? "grey"
                 : badge.connected ? "#43a047"
                 : badge.realtimeClient.state === RealtimeClient.Disconnected ? "#e53935"
                 : "#ffb300"
        }
        Label {
            text: badge.text
            visible: text !== ""
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
