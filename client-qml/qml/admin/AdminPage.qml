import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The admin view (admins only; the server refuses everyone else): live figures, user search
// (a user's page is pushed on top), and the audit log. If the server refuses this account (its
// role was removed meanwhile), the page says so and leaves.
AppPage {
    id: page

    readonly property alias controller: overview
    property int section: 0 // 0: users, 1: audit log

    function leave() {
        navigator.showMessage(overview.errorMessage)
        session.reloadUser() // the navigation drops the admin entry once the role is gone
        navigator.openHome()
    }

    function openUser(userId) {
        navigator.push("../admin/AdminUserPage.qml", { userId: userId })
    }

    function describeEntry(entry) {
        const who = entry.admin ? entry.admin.username : qsTr("a deleted account")
        const whom = entry.target ? entry.target.username : qsTr("a deleted account")
        const details = entry.details || {}
        switch (entry.action) {
        case "ban": return qsTr("%1 banned %2").arg(who).arg(whom)
        case "unban": return qsTr("%1 lifted the ban on %2").arg(who).arg(whom)
        case "set_role":
            return details.to === "admin" ? qsTr("%1 made %2 an administrator").arg(who).arg(whom)
                                          : qsTr("%1 made %2 a regular player").arg(who).arg(whom)
        case "remove_avatar": return qsTr("%1 removed the avatar of %2").arg(who).arg(whom)
        case "create_admin":
            return qsTr("%1 was made an administrator on the server's command line").arg(whom)
        default: return qsTr("%1: %2 on %3").arg(who).arg(entry.action).arg(whom)
        }
    }

    function formatDate(iso) {
        return iso ? new Date(iso).toLocaleString(Qt.locale(Language.language), Locale.ShortFormat)
                   : ""
    }

    title: qsTr("Administration")

    Component.onCompleted: {
        overview.search("")
        overview.loadAuditLog()
    }
    // Back from a user's page: what was done there shows here too.
    StackView.onActivated: overview.refresh()

    AdminOverviewController {
        id: overview
        session: page.session
        active: page.StackView.status === StackView.Active
                && Qt.application.state !== Qt.ApplicationSuspended
                && Qt.application.state !== Qt.ApplicationHidden
        onForbiddenChanged: if (forbidden) Qt.callLater(page.leave)
    }

    ErrorBanner {
        objectName: "adminError"
        text: overview.errorMessage
    }

    // Live figures
    GridLayout {
        columns: 3
        columnSpacing: 8
        rowSpacing: 8
        Layout.fillWidth: true

        AdminFigure {
            objectName: "figureConnectedUsers"
            value: overview.connectedUsers
            label: qsTr("Connected players")
        }
        AdminFigure {
            objectName: "figureLiveMatches"
            value: overview.liveMatches
            label: qsTr("Live matches")
        }
        AdminFigure {
            objectName: "figureMatchesToday"
            value: overview.matchesToday
            label: qsTr("Matches today (UTC)")
        }
    }
    Button {
        objectName: "adminServerButton"
        text: qsTr("Server figures")
        onClicked: navigator.push("../admin/AdminServerPage.qml")
    }
    Label {
        objectName: "figuresUpdatedAt"
        text: isNaN(overview.figuresUpdatedAt.getTime())
              ? qsTr("Waiting for the server…")
              : qsTr("Updated at %1, every %n second(s) while this page is open.", "",
                     Math.round(overview.refreshIntervalMs / 1000))
                .arg(overview.figuresUpdatedAt.toLocaleTimeString(Qt.locale(Language.language),
                                                                  Locale.ShortFormat))
        wrapMode: Text.Wrap
        opacity: 0.7
        Layout.fillWidth: true
    }

    Button {
        objectName: "adminReportsButton"
        text: qsTr("Chat reports")
        flat: true
        onClicked: page.navigator.push("../admin/AdminReportsPage.qml")
    }

    TabBar {
        id: tabs
        objectName: "adminSections"
        currentIndex: page.section
        Layout.fillWidth: true
        onCurrentIndexChanged: page.section = currentIndex

        TabButton {
            objectName: "adminUsersTab"
            text: qsTr("Users")
        }
        TabButton {
            objectName: "adminAuditLogTab"
            text: qsTr("Audit log")
        }
    }

    // Users
    ColumnLayout {
        visible: page.section === 0
        spacing: 8
        Layout.fillWidth: true

        RowLayout {
            spacing: 8
            Layout.fillWidth: true

            TextField {
                id: searchField
                objectName: "adminSearchField"
                placeholderText: qsTr("User name, display name or e-mail")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Accessible.name: qsTr("Search users")
                onAccepted: overview.search(text)
            }
            Button {
                objectName: "adminSearchButton"
                text: qsTr("Search")
                highlighted: true
                flat: true // a raised button's shadow hides its background in the software renderer
                onClicked: overview.search(searchField.text)
            }
        }
        Label {
            objectName: "adminSearchSummary"
            visible: overview.searched
            text: overview.searchQuery === ""
                  ? qsTr("%n account(s), newest first.", "", overview.searchTotal)
                  : qsTr("%n account(s) match “%1”.", "", overview.searchTotal)
                    .arg(overview.searchQuery)
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }

        Repeater {
            objectName: "adminSearchResults"
            model: overview.searchResults
            delegate: ItemDelegate {
                id: userRow
                required property var item

                objectName: "adminUser_" + item.username
                Layout.fillWidth: true
                Accessible.name: item.displayName + ", " + item.username
                onClicked: page.openUser(item.id)

                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        spacing: 8
                        Layout.fillWidth: true
                        Label {
                            text: userRow.item.displayName
                            textFormat: Text.PlainText
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: userRow.item.role === "admin"
                            text: qsTr("Admin")
                            color: Material.accent
                            font.bold: true
                        }
                        Label {
                            objectName: "bannedBadge"
                            visible: userRow.item.banned === true
                            text: qsTr("Banned")
                            color: Material.color(Material.Red)
                            font.bold: true
                        }
                    }
                    Label {
                        text: "@" + userRow.item.username
                              + (userRow.item.email ? " \u00b7 " + userRow.item.email : "")
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        opacity: 0.75
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Button {
            objectName: "adminMoreUsersButton"
            visible: overview.searchResults.count < overview.searchTotal
            text: qsTr("Show more")
            flat: true
            Layout.alignment: Qt.AlignHCenter
            onClicked: overview.loadMoreSearchResults()
        }
    }

    // Audit log
    ColumnLayout {
        visible: page.section === 1
        spacing: 8
        Layout.fillWidth: true

        Label {
            visible: overview.auditLog.count === 0
            text: qsTr("No administrator action yet.")
            opacity: 0.8
        }
        Repeater {
            objectName: "adminAuditLog"
            model: overview.auditLog
            delegate: Frame {
                id: entryRow
                required property var item
                required property int index
                objectName: "auditEntry_" + index
                Layout.fillWidth: true

                ColumnLayout {
                    width: parent.width
                    spacing: 2
                    Label {
                        objectName: "auditEntryText"
                        text: page.describeEntry(entryRow.item)
                        textFormat: Text.PlainText
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: !!(entryRow.item.details && entryRow.item.details.reason)
                        text: qsTr("Reason: %1").arg(entryRow.item.details
                                                     ? entryRow.item.details.reason || "" : "")
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                    }
                    Label {
                        text: page.formatDate(entryRow.item.createdAt)
                        opacity: 0.7
                    }
                }
            }
        }
        Button {
            objectName: "adminMoreAuditButton"
            visible: overview.auditLogHasMore
            text: qsTr("Show more")
            flat: true
            Layout.alignment: Qt.AlignHCenter
            onClicked: overview.loadMoreAuditLog()
        }
    }
}
