import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Shows whether the server answers (GET /healthz) and the state of the live WebSocket connection.
Frame {
    id: panel

    required property ServerStatus serverStatus
    required property RealtimeClient realtimeClient

    function reachabilityText(reachability) {
        switch (reachability) {
        case ServerStatus.Checking: return qsTr("Checking…")
        case ServerStatus.Reachable: return qsTr("Reachable")
        case ServerStatus.Unreachable: return qsTr("Unreachable")
        default: return qsTr("Unknown")
        }
    }

    function connectionText(state) {
        switch (state) {
        case RealtimeClient.Connecting: return qsTr("Connecting…")
        case RealtimeClient.Connected: return qsTr("Connected")
        case RealtimeClient.Reconnecting: return qsTr("Reconnecting…")
        default: return qsTr("Disconnected")
        }
    }

    function indicatorColor(good, pending) {
        return good ? Material.color(Material.Green)
                    : pending ? Material.color(Material.Amber) : Material.color(Material.Red)
    }

    padding: 16

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 16
        rowSpacing: 8

        Label {
            text: qsTr("Status")
            font.pixelSize: 18
            font.bold: true
            Layout.columnSpan: 2
            Accessible.role: Accessible.Heading
        }

        Label {
            text: qsTr("Server")
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true

            Rectangle {
                implicitWidth: 12
                implicitHeight: 12
                radius: 6
                color: panel.indicatorColor(panel.serverStatus.reachability === ServerStatus.Reachable,
                                            panel.serverStatus.reachability === ServerStatus.Checking)
                Accessible.ignored: true
            }
            Label {
                objectName: "reachabilityValue"
                text: panel.reachabilityText(panel.serverStatus.reachability)
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Server: %1").arg(text)
            }
        }

        Label {
            text: qsTr("Version")
        }
        Label {
            objectName: "serverVersionValue"
            text: panel.serverStatus.serverVersion !== "" ? panel.serverStatus.serverVersion : "—"
            Layout.fillWidth: true
            Accessible.name: qsTr("Server version: %1").arg(text)
        }

        Label {
            text: qsTr("Live connection")
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true

            Rectangle {
                implicitWidth: 12
                implicitHeight: 12
                radius: 6
                color: panel.indicatorColor(panel.realtimeClient.state === RealtimeClient.Connected,
                                            panel.realtimeClient.state === RealtimeClient.Connecting
                                            || panel.realtimeClient.state === RealtimeClient.Reconnecting)
                Accessible.ignored: true
            }
            Label {
                objectName: "connectionStateValue"
                text: panel.connectionText(panel.realtimeClient.state)
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Live connection: %1").arg(text)
            }
        }

        Label {
            text: qsTr("Ping")
        }
        Label {
            objectName: "pingValue"
            text: panel.realtimeClient.pingMs >= 0
                  ? qsTr("%1 ms").arg(panel.realtimeClient.pingMs) : "—"
            Layout.fillWidth: true
            Accessible.name: qsTr("Ping: %1").arg(text)
        }

        Label {
            objectName: "lastErrorValue"
            readonly property string error: panel.serverStatus.lastError !== ""
                                            ? panel.serverStatus.lastError
                                            : panel.realtimeClient.lastError
            visible: error !== ""
            text: error
            color: Material.color(Material.Red)
            wrapMode: Text.Wrap
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Accessible.name: qsTr("Problem: %1").arg(text)
        }

        Button {
            objectName: "reconnectButton"
            visible: panel.realtimeClient.state === RealtimeClient.Reconnecting
                     || panel.realtimeClient.state === RealtimeClient.Disconnected
            text: qsTr("Retry now")
            flat: true
            Layout.columnSpan: 2
            Accessible.name: qsTr("Retry the live connection now")
            onClicked: panel.realtimeClient.reconnectNow()
        }
    }
}
