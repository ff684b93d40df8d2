import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Another player's profile: avatar, names, bio, where you stand with them (with their live
// presence when they are your friend) and the friend and block actions, their statistics and
// their matches. Pushed from the lists with the player's userId.
AppPage {
    id: page

    property var userId: 0
    property string actionProblem: ""
    readonly property alias profile: player

    title: player.profile.displayName || qsTr("Player profile")

    PlayerProfile {
        id: player
        objectName: "playerProfile"
        session: page.session
        realtimeClient: page.realtimeClient
        userId: page.userId
        onActionSucceeded: message => {
            page.actionProblem = ""
            page.navigator.showMessage(message)
        }
        onActionFailed: message => page.actionProblem = message
    }

    ErrorBanner {
        objectName: "playerError"
        text: player.notFound ? qsTr("There is no such player.")
              : page.actionProblem !== "" ? page.actionProblem : player.errorMessage
    }
    BusyIndicator {
        running: player.loading && !player.loaded
        visible: running
        Layout.alignment: Qt.AlignHCenter
    }

    RowLayout {
        visible: player.profile.id !== undefined
        spacing: 16
        Layout.fillWidth: true

        Avatar {
            objectName: "playerAvatar"
            serverUrl: page.session ? page.session.serverUrl : ""
            userId: player.profile.id || 0
            avatarUrl: player.profile.avatarUrl || ""
            name: player.profile.displayName || ""
            size: page.narrow ? 72 : 96
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                objectName: "playerName"
                text: player.profile.displayName || ""
                font.pixelSize: Math.round(22 * Appearance.textScale)
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: "@" + (player.profile.username || "")
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            PresenceBadge {
                objectName: "playerPresence"
                visible: player.relationship === "friend"
                presence: player.presence || "offline"
            }
        }
    }

    // Where you stand, and what you can do about it.
    ColumnLayout {
        objectName: "socialActions"
        visible: player.profile.id !== undefined && !player.isMe && player.relationship !== ""
        spacing: 8
        Layout.fillWidth: true

        Label {
            objectName: "relationshipLabel"
            visible: text !== ""
            text: {
                const name = player.profile.displayName || ""
                switch (player.relationship) {
                case "friend": return qsTr("You are friends.")
                case "incoming": return qsTr("%1 asked to be your friend.").arg(name)
                case "outgoing": return qsTr("Your friend request is waiting for an answer.")
                case "blocked": return qsTr("You blocked %1. Neither of you can send the other friend requests.").arg(name)
                default: return ""
                }
            }
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: 8
            Layout.fillWidth: true

            Button {
                objectName: "addFriendButton"
                visible: player.relationship === "none"
                text: qsTr("Add friend")
                highlighted: true
                enabled: !player.acting
                onClicked: player.addFriend()
            }
            Button {
                objectName: "acceptButton"
                visible: player.relationship === "incoming"
                text: qsTr("Accept")
                highlighted: true
                enabled: !player.acting
                onClicked: player.acceptRequest()
            }
            Button {
                objectName: "declineButton"
                visible: player.relationship === "incoming"
                text: qsTr("Decline")
                enabled: !player.acting
                onClicked: player.declineRequest()
            }
            Button {
                objectName: "cancelRequestButton"
                visible: player.relationship === "outgoing"
                text: qsTr("Cancel the request")
                enabled: !player.acting
                onClicked: player.cancelRequest()
            }
            Button {
                objectName: "removeFriendButton"
                visible: player.relationship === "friend"
                text: qsTr("Remove friend")
                enabled: !player.acting
                onClicked: player.removeFriend()
            }
            Button {
                objectName: "messageButton"
                visible: player.relationship !== "blocked"
                text: qsTr("Message")
                enabled: !player.acting
                onClicked: page.navigator.chat.openDirect(page.userId)
            }
            Button {
                objectName: "blockButton"
                visible: player.relationship !== "blocked"
                text: qsTr("Block")
                flat: true
                enabled: !player.acting
                Material.foreground: Material.color(Material.Red, Material.theme === Material.Dark
                                                    ? Material.Shade300 : Material.Shade800)
                Accessible.name: qsTr("Block %1").arg(player.profile.displayName || "")
                onClicked: player.block()
            }
            Button {
                objectName: "unblockButton"
                visible: player.relationship === "blocked"
                text: qsTr("Unblock")
                enabled: !player.acting
                onClicked: player.unblock()
            }
        }
    }

    Button {
        objectName: "editProfileButton"
        visible: player.isMe
        text: qsTr("Edit your profile")
        onClicked: page.navigator.open("profile")
    }

    SectionHeading {
        visible: player.profile.id !== undefined
        text: qsTr("About")
    }
    Label {
        objectName: "playerBio"
        visible: player.profile.id !== undefined
        // Plain text: a bio is never markup.
        textFormat: Text.PlainText
        text: player.profile.bio ? player.profile.bio : qsTr("No bio yet.")
        opacity: player.profile.bio ? 1 : 0.75
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionHeading {
        visible: player.stats.userId !== undefined
        text: qsTr("Statistics")
    }
    StatsGrid {
        objectName: "playerStats"
        visible: player.stats.userId !== undefined
        stats: player.stats
    }

    AchievementList {
        objectName: "playerAchievements"
        achievements: player.achievements
    }

    MatchHistoryList {
        visible: page.userId > 0 && !player.notFound
        session: page.session
        userId: page.userId
        navigator: page.navigator
    }
}
