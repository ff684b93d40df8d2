import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// The Chat page: the account's conversations. A tap opens one beside the list on a wide window
// (the docked panel) and as a page of its own on a phone.
Page {
    id: page

    property AccountSession session
    property RealtimeClient realtimeClient
    property ServerStatus serverStatus
    property var navigator

    title: qsTr("Chat")
    background: null

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            objectName: "chatError"
            text: page.navigator && page.navigator.chat ? page.navigator.chat.errorMessage : ""
            Layout.margins: 8
        }
        ConversationList {
            Layout.maximumWidth: 720
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            Layout.fillHeight: true
            chat: page.navigator ? page.navigator.chat : null
            serverUrl: page.session ? page.session.serverUrl : ""
            onOpened: id => page.navigator.openConversation(id)
        }
    }
}
