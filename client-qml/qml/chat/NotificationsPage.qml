import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The notification inbox: friend requests, invitations, tournament notices and moderation
// notices, newest first; unread ones stand out. A tap marks one read and goes where to act.
AppPage {
    id: page

    readonly property NotificationsController inbox: navigator ? navigator.notifications : null

    function follow(item) {
        inbox.markRead(item.id)
        const link = item.link || ""
        if (link.indexOf("/chat/") === 0)
            navigator.openConversation(Number(link.substring(6)))
        else if (link.indexOf("/friends") === 0)
            navigator.open("friends")
        else if (link.indexOf("/tournaments/") === 0)
            navigator.push("../play/TournamentPage.qml", { tournamentId: Number(link.substring(13)) })
        else if (link.indexOf("/play") === 0)
            navigator.open("play")
        else if (link.indexOf("/users/") === 0)
            navigator.push("../social/PlayerPage.qml", { userId: Number(link.substring(7)) })
    }

    title: qsTr("Notifications")

    ErrorBanner {
        text: page.inbox ? page.inbox.errorMessage : ""
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "inboxSummary"
            text: page.inbox && page.inbox.unread > 0 ? qsTr("%n unread", "", page.inbox.unread)
                                                      : qsTr("All read")
            Layout.fillWidth: true
        }
        Button {
            objectName: "markAllReadButton"
            text: qsTr("Mark all as read")
            enabled: page.inbox !== null && page.inbox.unread > 0
            onClicked: page.inbox.markAllRead()
        }
    }
    Label {
        objectName: "emptyInboxLabel"
        visible: page.inbox !== null && page.inbox.loaded && page.inbox.items.count === 0
        text: qsTr("Nothing here yet.")
        opacity: 0.75
    }
    Repeater {
        model: page.inbox ? page.inbox.items : null
        delegate: ItemDelegate {
            objectName: "notification_" + model.kind + "_" + model.id
            Layout.fillWidth: true
            padding: 8
            onClicked: page.follow(model.item)
            Accessible.name: notificationText.text

            contentItem: RowLayout {
                spacing: 12
                Rectangle {
                    width: 10
                    height: 10
                    radius: 5
                    color: model.read ? "transparent" : Material.accent
                    Layout.alignment: Qt.AlignVCenter
                }
                Avatar {
                    visible: model.actor !== null && model.actor !== undefined
                    serverUrl: page.session ? page.session.serverUrl : ""
                    userId: model.actor ? model.actor.id : 0
                    avatarUrl: model.actor ? (model.actor.avatarUrl || "") : ""
                    name: model.actor ? (model.actor.displayName || "") : ""
                    size: 32
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        id: notificationText
                        objectName: "notificationText"
                        text: ChatTexts.notification(model.item)
                        font.bold: !model.read
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: ChatTexts.dateTime(model.createdAt)
                        opacity: 0.7
                        font.pixelSize: 11
                    }
                }
            }
        }
    }
    Button {
        visible: page.inbox !== null && page.inbox.hasMore
        text: qsTr("Show older notifications")
        flat: true
        onClicked: page.inbox.loadMore()
    }
}
