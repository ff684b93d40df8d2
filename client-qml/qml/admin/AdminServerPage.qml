import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// The admin view's "Server" page: the figures the server exports to Prometheus, summarized
// (GET /api/admin/server), for people without Grafana. Refreshed every few seconds while on
// screen; leaves like the admin view when the server refuses the account.
AppPage {
    id: page

    readonly property alias controller: server
    readonly property var figures: server.figures
    readonly property bool known: figures.version !== undefined

    function count(value) {
        return value === undefined || value === null ? -1 : Math.round(value)
    }
    function milliseconds(value) {
        return value === undefined ? "\u2014"
                                   : qsTr("%1 ms").arg(Number(value).toLocaleString(
                                                           Qt.locale(Language.language), "f", 1))
    }
    function componentName(key) {
        switch (key) {
        case "api": return qsTr("API")
        case "realtime": return qsTr("Real-time play")
        case "database": return qsTr("Database")
        default: return key
        }
    }
    function leave() {
        navigator.showMessage(server.errorMessage)
        session.reloadUser()
        navigator.openHome()
    }

    title: qsTr("Server figures")

    AdminServerController {
        id: server
        session: page.session
        active: page.StackView.status === StackView.Active
                && Qt.application.state !== Qt.ApplicationSuspended
                && Qt.application.state !== Qt.ApplicationHidden
        onForbiddenChanged: if (forbidden) Qt.callLater(page.leave)
    }

    ErrorBanner {
        objectName: "serverError"
        text: server.errorMessage
    }

    Label {
        objectName: "serverUpdatedAt"
        text: !page.known ? qsTr("Waiting for the server…")
                          : qsTr("Version %1, up for %2. Updated at %3.")
                            .arg(page.figures.version)
                            .arg(qsTr("%n minute(s)", "", Math.floor(page.figures.uptimeSeconds / 60)))
                            .arg(server.updatedAt.toLocaleTimeString(Qt.locale(Language.language),
                                                                     Locale.ShortFormat))
        wrapMode: Text.Wrap
        opacity: 0.7
        Layout.fillWidth: true
    }

    // Components, as the status page shows them
    Flow {
        objectName: "serverComponents"
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: page.known ? Object.keys(page.figures.components) : []
            delegate: Frame {
                id: chip
                required property string modelData
                readonly property bool up: page.figures.components[modelData] === "up"
                objectName: "component_" + modelData
                Accessible.role: Accessible.StaticText
                Accessible.name: label.text
                Label {
                    id: label
                    text: (chip.up ? "\u2714 " : "\u26A0 ") + page.componentName(chip.modelData) + ": "
                          + (chip.up ? qsTr("up") : qsTr("degraded"))
                }
            }
        }
    }

    GridLayout {
        columns: page.width > 700 ? 4 : 2
        columnSpacing: 8
        rowSpacing: 8
        Layout.fillWidth: true

        AdminFigure {
            objectName: "figureSignedIn"
            value: page.count(page.figures.connections ? page.figures.connections.signedIn : undefined)
            label: qsTr("Signed-in connections")
        }
        AdminFigure {
            objectName: "figureGuests"
            value: page.count(page.figures.connections ? page.figures.connections.guests : undefined)
            label: qsTr("Guest connections")
        }
        AdminFigure {
            objectName: "figureServerLiveMatches"
            value: page.count(page.figures.liveMatches)
            label: qsTr("Live matches")
        }
        AdminFigure {
            objectName: "figureQueued"
            value: page.count(page.figures.queued)
            label: qsTr("Waiting in queues")
        }
        AdminFigure {
            objectName: "figureRequests"
            value: page.count(page.figures.http ? page.figures.http.requests : undefined)
            label: qsTr("HTTP requests")
        }
        AdminFigure {
            objectName: "figureServerErrors"
            value: page.count(page.figures.http ? page.figures.http.serverErrors : undefined)
            label: qsTr("Server errors")
        }
        AdminFigure {
            objectName: "figureWorkerQueue"
            value: page.count(page.figures.workerQueueDepth)
            label: qsTr("Jobs waiting for the database")
        }
        AdminFigure {
            objectName: "figureRateLimited"
            value: page.count(page.figures.rateLimited)
            label: qsTr("Refused by rate limits")
        }
    }

    GridLayout {
        objectName: "serverDetails"
        columns: 2
        columnSpacing: 16
        Layout.fillWidth: true

        Label { text: qsTr("Slowest 1 % of answers under") }
        Label {
            objectName: "serverLatency"
            text: page.milliseconds(page.figures.http ? page.figures.http.latencyP99Ms : undefined)
        }
        Label { text: qsTr("Game steps late by (99 %)") }
        Label { text: page.milliseconds(page.figures.tickLatenessP99Ms) }
        Label { text: qsTr("Sign-ins (failed)") }
        Label {
            text: page.figures.signIns
                  ? qsTr("%1 (%2)").arg(page.figures.signIns.succeeded).arg(page.figures.signIns.failed)
                  : "\u2014"
        }
        Label { text: qsTr("Memory") }
        Label {
            objectName: "serverMemory"
            text: page.figures.process
                  ? qsTr("%1 MiB").arg(Math.round(page.figures.process.residentBytes / 1048576))
                  : "\u2014"
        }
        Label { text: qsTr("CPU time") }
        Label {
            text: page.figures.process
                  ? qsTr("%1 s").arg(Number(page.figures.process.cpuSeconds).toLocaleString(
                                         Qt.locale(Language.language), "f", 1))
                  : "\u2014"
        }
    }

    SectionHeading {
        text: qsTr("Recent deploys")
    }
    Label {
        objectName: "serverDeploys"
        text: !page.known || !page.figures.deploys || page.figures.deploys.length === 0
              ? qsTr("No deploy yet.")
              : page.figures.deploys.map(d => new Date(d.receivedAt).toLocaleString(
                                               Qt.locale(Language.language), Locale.ShortFormat)
                                           + " \u00B7 " + (d.ref || d.event) + " \u00B7 " + d.result)
                .join("\n")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
