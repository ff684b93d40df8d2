import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// One stored match: its players and result, what the replay log holds, and the match over time
// (the standings after each point, paddle hits per player), replayed by the server's engine.
// Pushed from the match lists with the matchId.
AppPage {
    id: page

    property var matchId: 0
    readonly property alias report: report
    readonly property var match: report.match
    readonly property var players: report.players
    readonly property bool fourPlayers: match.mode === "four_players"
    readonly property var timeline: report.timeline
    readonly property var standings: report.standings

    function seatRole(seat) {
        return "seat" + (seat % 4)
    }

    title: match.id ? qsTr("Match %1").arg(match.id) : qsTr("Match")
    maximumContentWidth: 1040

    MatchReport {
        id: report
        objectName: "matchReport"
        session: page.session
        matchId: page.matchId
    }
    MatchLabels { id: labels }

    ErrorBanner {
        objectName: "matchError"
        text: report.notFound ? qsTr("There is no such match.") : report.errorMessage
    }
    BusyIndicator {
        running: report.loading && !report.loaded
        visible: running
        Layout.alignment: Qt.AlignHCenter
    }

    Label {
        objectName: "matchHeading"
        visible: page.players.length > 0
        text: page.players.map(p => labels.playerName(p)).join(qsTr(" vs "))
        font.pixelSize: Math.round(20 * Appearance.textScale)
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }

    GridLayout {
        visible: page.players.length > 0
        columns: page.width >= 800 ? 2 : 1
        columnSpacing: 16
        rowSpacing: 16
        Layout.fillWidth: true

        // Players and their results.
        ColumnLayout {
            spacing: 8
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop

            SectionHeading { text: qsTr("Players") }
            GridLayout {
                objectName: "matchPlayers"
                columns: 4
                columnSpacing: 12
                rowSpacing: 6
                Layout.fillWidth: true

                Label { text: qsTr("Player"); font.bold: true; Layout.fillWidth: true }
                Label { text: page.fourPlayers ? qsTr("Lives left") : qsTr("Score"); font.bold: true }
                Label { text: qsTr("Place"); font.bold: true }
                Label { text: qsTr("Rating"); font.bold: true }

                Repeater {
                    model: page.players
                    delegate: ColumnLayout {
                        required property var modelData
                        required property int index
                        spacing: 0
                        Layout.row: index + 1
                        Layout.column: 0
                        Layout.fillWidth: true
                        Button {
                            visible: modelData.userId !== null && !modelData.anonymous
                            text: labels.playerName(modelData)
                            flat: true
                            padding: 0
                            leftInset: 0
                            rightInset: 0
                            font.bold: true
                            font.capitalization: Font.MixedCase
                            Accessible.name: qsTr("Open the profile of %1").arg(text)
                            onClicked: page.navigator.push("../social/PlayerPage.qml",
                                                           { userId: modelData.userId })
                        }
                        Label {
                            visible: modelData.userId === null || modelData.anonymous
                            text: labels.playerName(modelData)
                            font.bold: true
                        }
                        Label {
                            text: labels.seatKind(modelData.kind)
                                  + (modelData.forfeited ? " · " + qsTr("Forfeited") : "")
                            opacity: 0.75
                            font.pixelSize: Math.round(12 * Appearance.textScale)
                        }
                    }
                }
                Repeater {
                    model: page.players
                    delegate: Label {
                        required property var modelData
                        required property int index
                        objectName: "playerResult_" + modelData.seat
                        text: labels.number(page.fourPlayers ? modelData.livesLeft : modelData.score)
                        font.bold: true
                        Layout.row: index + 1
                        Layout.column: 1
                    }
                }
                Repeater {
                    model: page.players
                    delegate: Label {
                        required property var modelData
                        required property int index
                        text: modelData.placement === null ? "—" : labels.number(modelData.placement)
                        Layout.row: index + 1
                        Layout.column: 2
                    }
                }
                Repeater {
                    model: page.players
                    delegate: Label {
                        required property var modelData
                        required property int index
                        readonly property bool rated: modelData.ratingBefore !== null
                                                      && modelData.ratingAfter !== null
                        readonly property int delta: rated ? modelData.ratingAfter - modelData.ratingBefore : 0
                        text: rated ? modelData.ratingAfter + " (" + (delta >= 0 ? "+" : "") + delta + ")"
                                    : "—"
                        Layout.row: index + 1
                        Layout.column: 3
                    }
                }
            }

            ChartCard {
                objectName: "finalScoreChart"
                title: page.fourPlayers ? qsTr("Lives left at the end") : qsTr("Final score")
                kind: "bar"
                categoryHeading: qsTr("Player")
                categories: [page.fourPlayers ? qsTr("Lives left") : qsTr("Score")]
                series: page.players.map(p => ({
                    name: labels.playerName(p), role: page.seatRole(p.seat),
                    values: [page.fourPlayers ? p.livesLeft : p.score]
                }))
                summary: page.players.map(p => qsTr("%1: %2").arg(labels.playerName(p))
                    .arg(page.fourPlayers ? p.livesLeft : p.score)).join(", ")
                Layout.fillWidth: true
            }
        }

        // About this match.
        ColumnLayout {
            spacing: 8
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop

            SectionHeading { text: qsTr("About this match") }
            GridLayout {
                id: facts
                objectName: "matchFacts"
                readonly property var rows: {
                    const out = [
                        [qsTr("Kind"), labels.kind(page.match.kind)],
                        [qsTr("Started"), labels.dateTime(page.match.startedAt)],
                        [qsTr("Duration"), labels.duration(page.match.durationSeconds || 0)],
                        [qsTr("How it ended"), labels.endReason(page.match.endReason)],
                        [qsTr("Ranked"), page.match.rated ? qsTr("Yes") : qsTr("No")]
                    ]
                    if (report.secondsInPlay >= 0) {
                        out.push([qsTr("Time in play"), labels.duration(report.secondsInPlay)])
                        out.push([qsTr("Key presses recorded"), labels.number(report.keyPresses)])
                    }
                    const rallies = page.timeline.rallies
                    if (rallies && rallies.count > 0) {
                        out.push([qsTr("Longest rally"), qsTr("%n paddle hit(s)", "", rallies.longest)])
                        out.push([qsTr("Average rally"),
                                  qsTr("%1 paddle hits").arg(labels.number(rallies.average, 1))])
                    }
                    return out
                }
                columns: 2
                columnSpacing: 16
                rowSpacing: 4
                Layout.fillWidth: true

                Repeater {
                    model: facts.rows.length * 2
                    delegate: Label {
                        required property int index
                        readonly property var row: facts.rows[Math.floor(index / 2)]
                        text: row ? row[index % 2] : ""
                        opacity: index % 2 === 0 ? 0.75 : 1
                        font.bold: index % 2 === 1
                        wrapMode: Text.Wrap
                        Layout.fillWidth: index % 2 === 1
                    }
                }
            }
        }
    }

    SectionHeading {
        visible: report.hasTimeline
        text: qsTr("Over time")
    }
    ChartCard {
        objectName: "timelineChart"
        visible: report.hasTimeline
        readonly property var seconds: page.standings.seconds || []
        readonly property var seats: page.standings.seats || []
        title: page.fourPlayers ? qsTr("Lives after each point") : qsTr("Score after each point")
        kind: "line"
        categoryHeading: qsTr("Time")
        categories: seconds.length > 1 ? seconds.map((s, i) => i === 0 ? qsTr("Start") : labels.clock(s)) : []
        xValues: seconds
        steps: true
        xTitle: qsTr("Seconds")
        yTitle: page.fourPlayers ? qsTr("Lives") : qsTr("Points")
        series: page.players.map(p => ({
            name: labels.playerName(p), role: page.seatRole(p.seat), values: seats[p.seat] || []
        }))
        summary: qsTr("Points scored: %1, in %2.").arg(Math.max(0, seconds.length - 1))
                                                   .arg(labels.duration(page.timeline.durationSeconds || 0))
        emptyText: qsTr("No point was scored in this match.")
        Layout.fillWidth: true
    }
    ChartCard {
        objectName: "hitsChart"
        visible: report.hasTimeline
        readonly property var hits: page.timeline.hits || []
        title: qsTr("Paddle hits")
        kind: "bar"
        categoryHeading: qsTr("Player")
        categories: hits.length > 0 ? [qsTr("Paddle hits")] : []
        series: page.players.map(p => ({
            name: labels.playerName(p), role: page.seatRole(p.seat), values: [hits[p.seat] || 0]
        }))
        summary: page.players.map(p => qsTr("%1: %2").arg(labels.playerName(p))
            .arg(hits[p.seat] || 0)).join(", ")
        emptyText: qsTr("No paddle hits were recorded.")
        Layout.fillWidth: true
    }
}
