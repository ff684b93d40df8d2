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

        // The panel's bar: back to the list (in a conversation), the title, close.
        Item {
            Layout.fillWidth: true
            implicitHeight: 48
            ToolButton {
                id: backButton
                objectName: "dockBackButton"
                visible: dock.conversationId > 0
                anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                text: "\u2190"
                Accessible.name: qsTr("All conversations")
                onClicked: dock.conversationId = 0
            }
            Label {
                objectName: "dockTitle"
                anchors { left: backButton.visible ? backButton.right : parent.left
                          leftMargin: backButton.visible ? 0 : 12
                          right: closeButton.left; verticalCenter: parent.verticalCenter }
                text: dock.conversationId > 0 && dock.view ? (dock.view.info.title || "") : qsTr("Chat")
                font.bold: true
                elide: Label.ElideRight
                Accessible.role: Accessible.Heading
            }
            ToolButton {
                id: closeButton
                objectName: "dockCloseButton"
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
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
