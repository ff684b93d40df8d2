import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// One user as an admin sees them (pushed from AdminPage with userId): the account, its ban,
// active sessions and matches, and the moderation actions, each confirmed first.
AppPage {
    id: page

    property alias userId: controller.userId
    readonly property alias controller: controller
    // For tests: the confirmation dialogs live in the window's overlay, not in the page.
    readonly property alias banDialog: banDialog
    readonly property alias roleDialog: roleDialog
    readonly property alias avatarDialog: avatarDialog
    readonly property var user: controller.user
    readonly property bool banned: user.banned === true
    readonly property bool isAdminAccount: user.role === "admin"

    function leave() {
        navigator.showMessage(controller.errorMessage)
        session.reloadUser()
        navigator.openHome()
    }

    function formatDate(iso) {
        return iso ? new Date(iso).toLocaleString(Qt.locale(Language.language), Locale.ShortFormat)
                   : ""
    }

    function kindName(kind) {
        switch (kind) {
        case "local": return qsTr("Local")
        case "ai": return qsTr("Against the AI")
        case "remote": return qsTr("Ranked")
        case "private": return qsTr("Private")
        case "four_players": return qsTr("Four players")
        case "tournament": return qsTr("Tournament")
        default: return kind
        }
    }

    function resultName(result) {
        switch (result) {
        case "win": return qsTr("Won")
        case "loss": return qsTr("Lost")
        default: return qsTr("No result")
        }
    }

    function playerName(player) {
        if (!player)
            return ""
        return player.anonymous ? qsTr("anonymous player") : (player.name || "")
    }

    title: controller.loaded ? (user.displayName || "") : qsTr("User")

    AdminUserController {
        id: controller
        session: page.session
        onActionDone: message => page.navigator.showMessage(message)
        onForbiddenChanged: if (forbidden) Qt.callLater(page.leave)
    }

    ErrorBanner {
        objectName: "adminUserError"
        text: controller.errorMessage
    }

    BusyIndicator {
        running: !controller.loaded && controller.busy
        visible: running
        Layout.alignment: Qt.AlignHCenter
    }

    // The account
    RowLayout {
        visible: controller.loaded
        spacing: 16
        Layout.fillWidth: true

        Image {
            objectName: "adminUserAvatar"
            source: controller.loaded && page.session
                    ? page.session.serverUrl.toString().replace(/\/$/, "") + page.user.avatarUrl
                    : ""
            sourceSize.width: 144
            sourceSize.height: 144
            fillMode: Image.PreserveAspectCrop
            Layout.preferredWidth: 72
            Layout.preferredHeight: 72
            Layout.alignment: Qt.AlignTop
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Avatar")
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            Label {
                objectName: "adminUserName"
                text: page.user.displayName || ""
                textFormat: Text.PlainText
                font.pixelSize: Math.round(20 * Appearance.textScale)
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: "@" + (page.user.username || "")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: !!page.user.email
                text: page.user.email || ""
                textFormat: Text.PlainText
                wrapMode: Text.WrapAnywhere
                opacity: 0.8
                Layout.fillWidth: true
            }
            Label {
                objectName: "adminUserRole"
                text: (page.isAdminAccount ? qsTr("Administrator") : qsTr("Player"))
                      + " \u00b7 " + qsTr("member since %1").arg(page.formatDate(page.user.createdAt))
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }
        }
    }

    Pane {
        objectName: "banState"
        visible: controller.loaded && page.banned
        padding: 12
        Material.background: Material.color(Material.Red, Material.Shade100)
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: banText.text

        Label {
            id: banText
            width: parent.width
            text: qsTr("Banned since %1. Reason: %2").arg(page.formatDate(page.user.bannedAt))
                  .arg(page.user.banReason || "")
            textFormat: Text.PlainText
            color: Material.color(Material.Red, Material.Shade900)
            wrapMode: Text.Wrap
        }
    }

    // Actions. Text buttons: a raised Material button's shadow is a shader effect that the
    // software renderer (offscreen, some VMs) cannot draw, and it takes the background with it.
    Flow {
        visible: controller.loaded
        spacing: 8
        Layout.fillWidth: true

        Button {
            objectName: "banButton"
            flat: true
            visible: !page.banned
            enabled: !controller.isSelf && !controller.busy
            text: qsTr("Ban")
            Material.foreground: Material.color(Material.Red, Material.Shade700)
            onClicked: banDialog.ask()
        }
        Button {
            objectName: "unbanButton"
            flat: true
            visible: page.banned
            enabled: !controller.busy
            text: qsTr("Lift the ban")
            onClicked: controller.unban()
        }
        Button {
            objectName: "roleButton"
            flat: true
            enabled: !controller.busy
            text: page.isAdminAccount ? qsTr("Remove administrator role")
                                      : qsTr("Make administrator")
            onClicked: roleDialog.ask()
        }
        Button {
            objectName: "removeAvatarButton"
            flat: true
            enabled: page.user.hasAvatar === true && !controller.busy
            text: qsTr("Remove avatar")
            onClicked: avatarDialog.ask()
        }
    }
    Label {
        visible: controller.isSelf
        text: qsTr("This is your own account: you cannot ban yourself.")
        wrapMode: Text.Wrap
        opacity: 0.7
        Layout.fillWidth: true
    }

    // Sessions
    SectionHeading {
        visible: controller.loaded
        text: qsTr("Active sessions (%1)").arg(controller.sessions.count)
    }
    Label {
        objectName: "noSessionLabel"
        visible: controller.loaded && controller.sessions.count === 0
        text: qsTr("No active session.")
        opacity: 0.8
    }
    Repeater {
        objectName: "adminUserSessions"
        model: controller.sessions
        delegate: Frame {
            id: sessionRow
            required property var item
            Layout.fillWidth: true

            ColumnLayout {
                width: parent.width
                spacing: 2
                Label {
                    text: (sessionRow.item.client === "app" ? qsTr("App") : qsTr("Web browser"))
                          + " \u00b7 " + (sessionRow.item.ipAddress || "")
                    textFormat: Text.PlainText
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: sessionRow.item.userAgent || ""
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    opacity: 0.75
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Signed in %1, last used %2")
                          .arg(page.formatDate(sessionRow.item.createdAt))
                          .arg(page.formatDate(sessionRow.item.lastSeenAt))
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    Layout.fillWidth: true
                }
            }
        }
    }

    // Matches
    SectionHeading {
        visible: controller.loaded
        text: qsTr("Matches (%1)").arg(controller.matchesTotal)
    }
    Label {
        visible: controller.loaded && controller.matches.count === 0
        text: qsTr("No match played yet.")
        opacity: 0.8
    }
    Repeater {
        objectName: "adminUserMatches"
        model: controller.matches
        delegate: Frame {
            id: matchRow
            required property var item
            readonly property var opponents: item.opponents || []
            Layout.fillWidth: true

            ColumnLayout {
                width: parent.width
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: page.resultName(matchRow.item.result)
                        font.bold: true
                        color: matchRow.item.result === "win" ? Material.color(Material.Green)
                             : matchRow.item.result === "loss" ? Material.color(Material.Red)
                             : Material.foreground
                    }
                    Label {
                        text: page.kindName(matchRow.item.kind)
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: matchRow.item.mode === "one_vs_one" && matchRow.opponents.length === 1
                        text: (matchRow.item.player ? matchRow.item.player.score : 0) + " \u2013 "
                              + (matchRow.opponents.length ? matchRow.opponents[0].score : 0)
                    }
                }
                Label {
                    text: qsTr("Against %1").arg(matchRow.opponents.map(page.playerName).join(", "))
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    Layout.fillWidth: true
                }
                Label {
                    text: page.formatDate(matchRow.item.endedAt)
                    opacity: 0.7
                }
            }
        }
    }
    Button {
        visible: controller.matches.count < controller.matchesTotal
        text: qsTr("Show more")
        flat: true
        Layout.alignment: Qt.AlignHCenter
        onClicked: controller.loadMoreMatches()
    }

    AdminConfirmDialog {
        id: banDialog
        objectName: "banDialog"
        title: qsTr("Ban %1?").arg(page.user.displayName || "")
        message: qsTr("Every session of this account ends at once and it cannot sign in until "
                      + "the ban is lifted.")
        confirmText: qsTr("Ban")
        askReason: true
        onConfirmedWith: reason => controller.ban(reason)
    }
    AdminConfirmDialog {
        id: roleDialog
        objectName: "roleDialog"
        title: page.isAdminAccount ? qsTr("Remove the administrator role?")
                                   : qsTr("Make %1 an administrator?").arg(page.user.displayName || "")
        message: page.isAdminAccount
                 ? qsTr("This account loses access to the administration at once.")
                 : qsTr("This account can then ban players, change roles and read the audit log.")
        confirmText: page.isAdminAccount ? qsTr("Remove the role") : qsTr("Make administrator")
        onConfirmedWith: controller.setRole(page.isAdminAccount ? "user" : "admin")
    }
    AdminConfirmDialog {
        id: avatarDialog
        objectName: "avatarDialog"
        title: qsTr("Remove the avatar?")
        message: qsTr("The uploaded picture is deleted; the account gets its generated avatar back.")
        confirmText: qsTr("Remove")
        onConfirmedWith: controller.removeAvatar()
    }
}
