import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The app's window. For now it holds the connection settings and status; the later features
// (sign-in, play, social, admin) become pages of this window.
ApplicationWindow {
    id: window

    // The backend objects of this window, reachable by tests and by the pages to come.
    readonly property alias serverStatus: serverStatus
    readonly property alias realtimeClient: realtimeClient

    width: 960
    height: 640
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Transcendence")

    Material.primary: Material.Indigo
    Material.accent: Material.Pink

    ServerStatus {
        id: serverStatus
    }

    RealtimeClient {
        id: realtimeClient
        serverUrl: serverStatus.serverUrl
    }

    header: ToolBar {
        Material.background: Material.primary
        Material.theme: Material.Dark
        // The elevation shadow is a shader effect, which the software renderer (offscreen, some
        // VMs) cannot draw: it would drop the whole bar background.
        Material.elevation: 0

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 8

            Label {
                text: qsTr("Transcendence")
                font.pixelSize: 20
                font.bold: true
                elide: Label.ElideRight
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            LanguageSelector {
                Layout.preferredWidth: Math.min(implicitWidth, window.width / 2)
            }
        }
    }

    Flickable {
        id: page
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * content.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content

            readonly property int margin: window.width < 480 ? 12 : 24

            // One comfortable reading column on a desktop, the full width on a phone.
            width: Math.min(page.width - 2 * margin, 640)
            x: (page.width - width) / 2
            y: margin
            spacing: 16

            ServerUrlForm {
                serverStatus: serverStatus
                Layout.fillWidth: true
            }

            ConnectionStatusPanel {
                serverStatus: serverStatus
                realtimeClient: realtimeClient
                Layout.fillWidth: true
            }
        }
    }
}
