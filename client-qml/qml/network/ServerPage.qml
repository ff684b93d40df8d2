import QtQuick
import QtQuick.Layouts
import Transcendence

// Which server the app talks to, and how the connection is doing.
AppPage {
    id: page

    title: qsTr("Server")

    ServerUrlForm {
        serverStatus: page.serverStatus
        Layout.fillWidth: true
    }

    ConnectionStatusPanel {
        serverStatus: page.serverStatus
        realtimeClient: page.realtimeClient
        Layout.fillWidth: true
    }
}
