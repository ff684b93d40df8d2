import QtQuick
import QtQuick.Controls
import Transcendence

// One conversation as a page of its own (a phone, or a window without the docked panel).
Page {
    id: page

    property AccountSession session
    property RealtimeClient realtimeClient
    property ServerStatus serverStatus
    property var navigator
    property var conversationId: 0
    readonly property alias view: conversationView

    title: conversationView.info.title || qsTr("Conversation")
    background: null

    ConversationView {
        id: conversationView
        anchors.fill: parent
        chat: page.navigator ? page.navigator.chat : null
        navigator: page.navigator
        conversationId: page.conversationId
        active: page.StackView.status === StackView.Active
    }
}
