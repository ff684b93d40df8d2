import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// One conversation: the messages (older ones load as the player scrolls up), who is typing,
// "Seen" under my last message once the peer read it (MessageDelegate), the mute banner, and the composer
// (at most 2,000 characters). In a DM, "Invite to a match" posts an invitation card.
Item {
    id: view

    property ChatController chat
    property var conversationId: 0
    // The window: push(), showMessage(), playLobby.
    property var navigator
    // The conversation is on screen (its messages are read as they arrive).
    property bool active: true

    readonly property ConversationModel conversation: chat && conversationId > 0
                                                      ? chat.conversation(conversationId) : null
    // The list's row (title, peer), refreshed as the list changes.
    property var info: ({})
    readonly property bool muted: chat !== null && chat.mutedUntil !== ""
    readonly property url serverUrl: chat && chat.session ? chat.session.serverUrl : ""
    readonly property alias composer: composerField
    readonly property alias messageList: messages
    readonly property alias reportDialog: reportDialog

    function refreshInfo() {
        info = chat ? chat.conversationInfo(conversationId) : {}
    }

    function send() {
        if (conversation && conversation.send(composerField.text))
            composerField.text = ""
    }

    function readIfActive() {
        if (active && conversation && Qt.application.state === Qt.ApplicationActive)
            conversation.markRead()
    }

    function updateActive() {
        if (!chat)
            return
        if (active)
            chat.activeConversationId = conversationId
        else if (chat.activeConversationId === conversationId)
            chat.activeConversationId = 0
    }

    onConversationIdChanged: { refreshInfo(); updateActive() }
    onActiveChanged: { updateActive(); readIfActive() }
    Component.onCompleted: { refreshInfo(); updateActive(); readIfActive() }
    Component.onDestruction: if (chat && chat.activeConversationId === conversationId) chat.activeConversationId = 0

    Connections {
        target: view.chat ? view.chat.conversations : null
        function onDataChanged() { view.refreshInfo() }
        function onModelReset() { view.refreshInfo() }
        function onCountChanged() { view.refreshInfo() }
    }
    Connections {
        target: view.conversation
        function onMessagesAppended() {
            Qt.callLater(() => { messages.positionViewAtEnd(); view.readIfActive() })
        }
        function onCountChanged() { view.readIfActive() }
    }
    Connections {
        target: Qt.application
        function onStateChanged() { view.readIfActive() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            objectName: "mutedBanner"
            visible: view.muted
            Layout.fillWidth: true
            Material.elevation: 0
            Material.background: Material.color(Material.Orange, Material.theme === Material.Dark ? Material.Shade900 : Material.Shade100)
            Label {
                objectName: "mutedText"
                width: parent.width
                text: qsTr("You are muted until %1: you can read but not send messages.")
                      .arg(ChatTexts.dateTime(view.chat ? view.chat.mutedUntil : ""))
                wrapMode: Text.Wrap
            }
        }

        // What the player can do with a DM's peer.
        Flow {
            visible: view.info.kind === "direct" && view.info.peer !== undefined && view.info.peer !== null
            spacing: 8
            padding: 8
            Layout.fillWidth: true
            Button {
                objectName: "inviteToMatchButton"
                text: qsTr("Invite to a match")
                flat: true
                enabled: view.navigator && view.navigator.playLobby.available
                onClicked: {
                    if (!view.chat.inviteToMatch(view.conversationId, view.info.peer.id, PlaySettings.current))
                        view.navigator.showMessage(qsTr("Not connected: try again in a moment."))
                }
            }
            Button {
                objectName: "openPeerProfileButton"
                text: qsTr("Profile")
                flat: true
                onClicked: view.navigator.push("../social/PlayerPage.qml", { userId: view.info.peer.id })
            }
        }

        ListView {
            id: messages
            objectName: "messageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: view.conversation
            spacing: 0
            leftMargin: 8
            rightMargin: 8
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            // Scrolled to the top: the page before it.
            onAtYBeginningChanged: if (atYBeginning && view.conversation && view.conversation.loaded
                                       && count > 0) view.conversation.loadOlder()

            header: Item {
                width: messages.width
                height: view.conversation && (view.conversation.loadingOlder || !view.conversation.hasMore) ? 36 : 0
                BusyIndicator {
                    anchors.centerIn: parent
                    height: 32
                    running: view.conversation !== null && view.conversation.loadingOlder
                    visible: running
                }
                Label {
                    objectName: "historyStartLabel"
                    anchors.centerIn: parent
                    visible: view.conversation !== null && !view.conversation.hasMore
                             && !view.conversation.loadingOlder
                    text: qsTr("The beginning of the conversation")
                    opacity: 0.6
                    font.pixelSize: 11
                }
            }

            delegate: MessageDelegate {
                conversation: view.conversation
                chat: view.chat
                navigator: view.navigator
                serverUrl: view.serverUrl
                onReportRequested: (id, text) => reportDialog.ask(id, text)
            }
        }

        Label {
            objectName: "typingLabel"
            Layout.fillWidth: true
            leftPadding: 12
            visible: names.length > 0
            readonly property var names: view.conversation ? view.conversation.typingNames : []
            text: names.length === 1 ? qsTr("%1 is typing\u2026").arg(names[0])
                  : qsTr("%1 are typing\u2026").arg(names.join(", "))
            font.italic: true
            opacity: 0.75
        }

        ErrorBanner {
            objectName: "conversationError"
            text: view.conversation ? view.conversation.errorMessage : ""
            Layout.leftMargin: 8
            Layout.rightMargin: 8
        }

        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Layout.margins: 8

            ScrollView {
                Layout.fillWidth: true
                Layout.maximumHeight: 120
                TextArea {
                    id: composerField
                    objectName: "composerField"
                    placeholderText: view.muted ? qsTr("You are muted") : qsTr("Write a message")
                    enabled: !view.muted && view.conversation !== null
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("Message")
                    onTextChanged: if (length > 0 && view.conversation) view.conversation.typing()
                    Keys.onReturnPressed: event => {
                        if (event.modifiers & Qt.ShiftModifier)
                            event.accepted = false
                        else
                            view.send()
                    }
                    Keys.onEnterPressed: view.send()
                }
            }
            Label {
                objectName: "composerCount"
                readonly property int length: ChatTexts.textLength(composerField.text)
                visible: length > 1800
                text: length + " / 2000"
                color: length > 2000 ? Material.color(Material.Red) : Material.foreground
            }
            Button {
                objectName: "sendButton"
                text: qsTr("Send")
                highlighted: true
                enabled: composerField.enabled && composerField.text.trim() !== ""
                         && ChatTexts.textLength(composerField.text) <= 2000
                onClicked: view.send()
            }
        }
    }

    ReportDialog {
        id: reportDialog
        chat: view.chat
    }
}
