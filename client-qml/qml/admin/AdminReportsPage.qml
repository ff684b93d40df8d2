import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The chat reports (admins only): each reported message with its text, sender, reporter and
// reason; delete the message, dismiss the report, or mute the sender for a chosen time, each
// after a confirmation. If the server refuses this account, the page says so and leaves.
AppPage {
    id: page

    readonly property alias controller: reports
    readonly property alias deleteDialog: deleteDialog
    readonly property alias dismissDialog: dismissDialog
    readonly property alias muteDialog: muteDialog
    property var target: ({})

    // Minutes a mute lasts: one hour, one day, one week, thirty days.
    readonly property var muteChoices: [60, 1440, 10080, 43200]

    function muteLabel(minutes) {
        if (minutes < 1440)
            return qsTr("%n hour(s)", "", minutes / 60)
        return qsTr("%n day(s)", "", minutes / 1440)
    }

    function leave() {
        navigator.showMessage(reports.errorMessage)
        session.reloadUser()
        navigator.openHome()
    }

    title: qsTr("Chat reports")

    Component.onCompleted: reports.reload()

    AdminReportsController {
        id: reports
        session: page.session
        onForbiddenChanged: if (forbidden) Qt.callLater(page.leave)
        onActionDone: message => page.navigator.showMessage(message)
    }

    ErrorBanner {
        objectName: "reportsError"
        text: reports.errorMessage
    }

    TabBar {
        objectName: "reportStatusTabs"
        Layout.fillWidth: true
        onCurrentIndexChanged: reports.status = currentIndex === 0 ? "open" : "resolved"
        TabButton {
            objectName: "openReportsTab"
            text: qsTr("Open")
        }
        TabButton {
            objectName: "resolvedReportsTab"
            text: qsTr("Resolved")
        }
    }

    Label {
        objectName: "reportsSummary"
        text: qsTr("%n report(s)", "", reports.total)
        opacity: 0.75
    }

    Repeater {
        model: reports.reports
        delegate: Frame {
            id: reportCard
            objectName: "report_" + model.id
            Layout.fillWidth: true
            padding: 12
            readonly property var message: model.message || {}
            readonly property var sender: message.sender || null

            ColumnLayout {
                width: parent.width
                spacing: 4

                Label {
                    objectName: "reportedText"
                    text: reportCard.message.text || ""
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Math.round(16 * Appearance.textScale)
                    Layout.fillWidth: true
                }
                Label {
                    visible: !!reportCard.message.removed
                    text: qsTr("Removed by a moderator")
                    font.italic: true
                }
                Label {
                    text: qsTr("Written by %1 · reported by %2 · %3")
                          .arg(reportCard.sender ? reportCard.sender.displayName : qsTr("a deleted account"))
                          .arg(model.reporter ? model.reporter.displayName : qsTr("a deleted account"))
                          .arg(ChatTexts.dateTime(model.createdAt))
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "reportReason"
                    text: qsTr("Reason: %1").arg(ChatTexts.reportReason(model.reason))
                          + (model.comment ? " \u2014 " + model.comment : "")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Flow {
                    visible: model.status === "open"
                    spacing: 8
                    Layout.fillWidth: true
                    Button {
                        objectName: "deleteMessageButton"
                        text: qsTr("Delete the message")
                        flat: true
                        enabled: !reports.busy && !reportCard.message.removed
                        Material.foreground: Material.color(Material.Red)
                        onClicked: { page.target = model.item; deleteDialog.ask() }
                    }
                    Button {
                        objectName: "dismissReportButton"
                        text: qsTr("Dismiss")
                        flat: true
                        enabled: !reports.busy
                        onClicked: { page.target = model.item; dismissDialog.ask() }
                    }
                    Button {
                        objectName: "muteSenderButton"
                        text: qsTr("Mute the sender")
                        flat: true
                        enabled: !reports.busy && reportCard.sender !== null
                        onClicked: { page.target = model.item; muteDialog.ask() }
                    }
                }
            }
        }
    }

    AdminConfirmDialog {
        id: deleteDialog
        objectName: "deleteMessageDialog"
        title: qsTr("Delete this message?")
        message: qsTr("Everyone in the conversation will see \"removed by a moderator\" instead.")
        confirmText: qsTr("Delete")
        askReason: true
        onConfirmedWith: reason => reports.deleteMessage(page.target.message.id, reason)
    }
    AdminConfirmDialog {
        id: dismissDialog
        objectName: "dismissReportDialog"
        title: qsTr("Dismiss this report?")
        message: qsTr("The message stays as it is.")
        confirmText: qsTr("Dismiss")
        onConfirmedWith: reports.dismiss(page.target.id)
    }
    AdminConfirmDialog {
        id: muteDialog
        objectName: "muteSenderDialog"
        property int minutes: 1440
        title: qsTr("Mute %1?").arg(page.target.message && page.target.message.sender
                                    ? page.target.message.sender.displayName : "")
        message: qsTr("They can read but not send messages until the mute ends. For how long?")
        confirmText: qsTr("Mute")
        askReason: true
        onConfirmedWith: reason => reports.mute(page.target.message.sender.id, minutes, reason)

        ComboBox {
            objectName: "muteDurationBox"
            parent: muteDialog.contentItem.children[0]
            model: page.muteChoices.map(m => page.muteLabel(m))
            currentIndex: 1
            onActivated: index => muteDialog.minutes = page.muteChoices[index]
            Layout.fillWidth: true
        }
    }
}
