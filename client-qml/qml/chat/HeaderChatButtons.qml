import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The header's chat button and notification bell, each with its unread count.
RowLayout {
    id: buttons

    property ChatController chat
    property NotificationsController notifications

    signal chatClicked()
    signal bellClicked()

    spacing: 0

    ToolButton {
        objectName: "chatButton"
        text: "\u2709"
        font.pixelSize: 20
        Accessible.name: buttons.chat && buttons.chat.totalUnread > 0
                         ? qsTr("Chat, %n unread message(s)", "", buttons.chat.totalUnread)
                         : qsTr("Chat")
        onClicked: buttons.chatClicked()

        CountBadge {
            objectName: "chatUnreadBadge"
            count: buttons.chat ? buttons.chat.totalUnread : 0
            anchors { right: parent.right; top: parent.top; rightMargin: 2; topMargin: 6 }
        }
    }
    ToolButton {
        id: bell
        objectName: "notificationBell"
        Accessible.name: buttons.notifications && buttons.notifications.unread > 0
                         ? qsTr("Notifications, %n unread", "", buttons.notifications.unread)
                         : qsTr("Notifications")
        onClicked: buttons.bellClicked()

        // A bell drawn here: the fonts at hand have no bell glyph.
        contentItem: Item {
            implicitWidth: 22
            implicitHeight: 22
            Canvas {
                anchors.centerIn: parent
                width: 20
                height: 20
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.reset()
                    ctx.fillStyle = bell.Material.foreground
                    ctx.beginPath()
                    ctx.moveTo(3, 15)
                    ctx.lineTo(17, 15)
                    ctx.lineTo(15, 12)
                    ctx.lineTo(15, 8)
                    ctx.bezierCurveTo(15, 4, 12.5, 2.5, 10, 2.5)
                    ctx.bezierCurveTo(7.5, 2.5, 5, 4, 5, 8)
                    ctx.lineTo(5, 12)
                    ctx.closePath()
                    ctx.fill()
                    ctx.beginPath()
                    ctx.arc(10, 16.5, 2, 0, Math.PI)
                    ctx.fill()
                }
            }
        }

        CountBadge {
            objectName: "notificationBadge"
            count: buttons.notifications ? buttons.notifications.unread : 0
            anchors { right: parent.right; top: parent.top; rightMargin: 2; topMargin: 6 }
        }
    }
}
