import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Your friends with their live presence, the friend requests you received and sent, and the
// players you blocked. Presence changes arrive over the WebSocket; everything is read again on
// every (re)connection.
AppPage {
    id: page

    property string actionProblem: ""

    function openProfile(userId) {
        navigator.push("../social/PlayerPage.qml", { userId: userId })
    }

    title: qsTr("Friends")

    FriendsController {
        id: friends
        objectName: "friendsController"
        session: page.session
        realtimeClient: page.realtimeClient
        onActionSucceeded: message => {
            page.actionProblem = ""
            page.navigator.showMessage(message)
        }
        onActionFailed: message => page.actionProblem = message
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "friendsSummary"
            text: friends.friends.count === 0 ? qsTr("No friends yet.")
                  : qsTr("Friends online: %1 of %2.").arg(friends.onlineCount).arg(friends.friends.count)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "findPlayersButton"
            text: qsTr("Find players")
            onClicked: page.navigator.open("players")
        }
        // Presence is live; new requests are read again here (and on every reconnection).
        Button {
            objectName: "refreshFriendsButton"
            text: qsTr("Refresh")
            flat: true
            enabled: !friends.loading
            onClicked: friends.reload()
        }
    }

    ErrorBanner {
        objectName: "friendsError"
        text: page.actionProblem !== "" ? page.actionProblem : friends.errorMessage
    }
    BusyIndicator {
        running: friends.loading && !friends.loaded
        visible: running
        Layout.alignment: Qt.AlignHCenter
    }

    SectionHeading { text: qsTr("Your friends") }
    Label {
        visible: friends.loaded && friends.friends.count === 0
        text: qsTr("No friends yet. Find players on the Players page and ask them.")
        wrapMode: Text.Wrap
        opacity: 0.75
        Layout.fillWidth: true
    }
    Repeater {
        objectName: "friendList"
        model: friends.friends
        delegate: PersonRow {
            required property var item
            objectName: "friend_" + item.username
            serverUrl: page.session ? page.session.serverUrl : ""
            userId: item.id
            username: item.username
            displayName: item.displayName
            presence: item.presence
            onOpened: page.openProfile(item.id)
            Button {
                objectName: "removeFriendButton"
                text: qsTr("Remove")
                flat: true
                enabled: !friends.acting
                Accessible.name: qsTr("Remove %1 from your friends").arg(item.displayName)
                onClicked: friends.removeFriend(item.id, item.displayName)
            }
        }
    }

    SectionHeading { text: qsTr("Requests for you") }
    Label {
        visible: friends.loaded && friends.incoming.count === 0
        text: qsTr("No requests waiting for you.")
        wrapMode: Text.Wrap
        opacity: 0.75
        Layout.fillWidth: true
    }
    Repeater {
        objectName: "incomingList"
        model: friends.incoming
        delegate: PersonRow {
            required property var item
            objectName: "incoming_" + item.user.username
            serverUrl: page.session ? page.session.serverUrl : ""
            userId: item.user.id
            username: item.user.username
            displayName: item.user.displayName
            onOpened: page.openProfile(item.user.id)
            Button {
                objectName: "acceptButton"
                text: qsTr("Accept")
                highlighted: true
                enabled: !friends.acting
                Accessible.name: qsTr("Accept the request of %1").arg(item.user.displayName)
                onClicked: friends.accept(item.id, item.user.displayName)
            }
            Button {
                objectName: "declineButton"
                text: qsTr("Decline")
                flat: true
                enabled: !friends.acting
                Accessible.name: qsTr("Decline the request of %1").arg(item.user.displayName)
                onClicked: friends.decline(item.id, item.user.displayName)
            }
        }
    }

    SectionHeading { text: qsTr("Requests you sent") }
    Label {
        visible: friends.loaded && friends.outgoing.count === 0
        text: qsTr("No requests waiting for an answer.")
        wrapMode: Text.Wrap
        opacity: 0.75
        Layout.fillWidth: true
    }
    Repeater {
        objectName: "outgoingList"
        model: friends.outgoing
        delegate: PersonRow {
            required property var item
            objectName: "outgoing_" + item.user.username
            serverUrl: page.session ? page.session.serverUrl : ""
            userId: item.user.id
            username: item.user.username
            displayName: item.user.displayName
            onOpened: page.openProfile(item.user.id)
            Button {
                objectName: "cancelRequestButton"
                text: qsTr("Cancel")
                flat: true
                enabled: !friends.acting
                Accessible.name: qsTr("Cancel your request to %1").arg(item.user.displayName)
                onClicked: friends.cancelRequest(item.id, item.user.displayName)
            }
        }
    }

    SectionHeading { text: qsTr("Blocked players") }
    Label {
        visible: friends.loaded && friends.blocked.count === 0
        text: qsTr("You have blocked nobody.")
        wrapMode: Text.Wrap
        opacity: 0.75
        Layout.fillWidth: true
    }
    Repeater {
        objectName: "blockedList"
        model: friends.blocked
        delegate: PersonRow {
            required property var item
            objectName: "blocked_" + item.username
            serverUrl: page.session ? page.session.serverUrl : ""
            userId: item.id
            username: item.username
            displayName: item.displayName
            onOpened: page.openProfile(item.id)
            Button {
                objectName: "unblockButton"
                text: qsTr("Unblock")
                flat: true
                enabled: !friends.acting
                Accessible.name: qsTr("Unblock %1").arg(item.displayName)
                onClicked: friends.unblock(item.id, item.displayName)
            }
        }
    }
}
