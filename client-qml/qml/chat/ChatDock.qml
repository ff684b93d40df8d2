import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The chat panel docked beside every page on a wide window: the conversation list, or one
// conversation with a way back to the list.
Pane {
    id: dock

    property ChatController chat
    property var navigator
    property url serverUrl
    property var conversationId: 0
    readonly property alias view: conversationLoader.item

    signal closeRequested()

    objectName: "chatDock"
    padding: 0
    Material.elevation: 0

    Rectangle {
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: 1
        color: Material.dividerColor
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 1
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            ToolButton {
                objectName: "dockBackButton"
                visible: dock.conversationId > 0
                text: "\u2190"
                Accessible.name: qsTr("All conversations")
                onClicked: dock.conversationId = 0
            }
            Label {
                objectName: "dockTitle"
                text: dock.conversationId > 0 && dock.view ? (dock.view.info.title || "") : qsTr("Chat")
                font.bold: true
                elide: Label.ElideRight
                leftPadding: dock.conversationId > 0 ? 0 : 12
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            ToolButton {
                objectName: "dockCloseButton"
                text: "\u2715"
                Accessible.name: qsTr("Close the chat")
                onClicked: dock.closeRequested()
            }
        }

        ConversationList {
            visible: dock.conversationId <= 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            chat: dock.chat
            serverUrl: dock.serverUrl
            onOpened: id => dock.conversationId = id
        }

        Loader {
            id: conversationLoader
            active: dock.conversationId > 0
            visible: active
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: ConversationView {
                chat: dock.chat
                navigator: dock.navigator
                conversationId: dock.conversationId
                active: dock.visible
            }
        }
    }
}
