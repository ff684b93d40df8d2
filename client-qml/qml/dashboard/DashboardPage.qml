import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// Your results in charts: wins and losses per day, your rating after each ranked match, points
// won and lost, and the kinds of match you played; then your statistics and your matches (each
// opens its own page with the match over time). Every chart also gives its numbers.
AppPage {
    id: page

    readonly property alias dashboard: dashboard
    readonly property var stats: dashboard.stats
    readonly property bool hasStats: stats.userId !== undefined

    title: qsTr("Dashboard")
    maximumContentWidth: 1040

    DashboardController {
        id: dashboard
        objectName: "dashboardController"
        session: page.session
    }
    MatchLabels { id: labels }

    ErrorBanner {
        objectName: "dashboardError"
        text: dashboard.errorMessage
    }
    BusyIndicator {
        running: dashboard.loading && !dashboard.loaded
        visible: running
        Layout.alignment: Qt.AlignHCenter
    }

    GridLayout {
        visible: page.hasStats
        columns: page.width >= 800 ? 2 : 1
        columnSpacing: 16
        rowSpacing: 16
        Layout.fillWidth: true

        ChartCard {
            objectName: "resultsChart"
            readonly property var days: dashboard.resultsByDay
            readonly property int wins: days.reduce((sum, d) => sum + d.wins, 0)
            readonly property int losses: days.reduce((sum, d) => sum + d.losses, 0)
            title: qsTr("Wins and losses per day (practice included)")
            kind: "stackedBar"
            categoryHeading: qsTr("Day")
            categories: days.map(d => labels.day(d.day))
            series: [
                { name: qsTr("Wins"), role: "win", values: days.map(d => d.wins) },
                { name: qsTr("Losses"), role: "loss", values: days.map(d => d.losses) }
            ]
            summary: qsTr("Wins: %1, losses: %2, over %n day(s).", "", days.length)
                     .arg(wins).arg(losses)
            emptyText: qsTr("No wins or losses yet: play a match to see them here.")
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }

        ChartCard {
            objectName: "ratingChart"
            readonly property var history: dashboard.ratingHistory
            readonly property var ratings: history.map(p => p.rating)
            title: qsTr("Rating after each ranked match")
            kind: "line"
            categoryHeading: qsTr("Match end")
            categories: history.map(p => labels.dateTime(p.at))
            xValues: history.map((p, i) => i + 1)
            xTitle: qsTr("Ranked match")
            xPadding: 0.5
            series: [{ name: qsTr("Rating"), role: "primary", values: ratings }]
            summary: ratings.length === 0 ? ""
                     : qsTr("Your rating is %1 after %n ranked match(es) (lowest %2, highest %3).",
                            "", ratings.length)
                       .arg(labels.number(page.stats.rating)).arg(labels.number(Math.min(...ratings)))
                       .arg(labels.number(Math.max(...ratings)))
            emptyText: qsTr("No ranked matches yet: your rating is %1.").arg(labels.number(page.stats.rating))
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }

        ChartCard {
            objectName: "pointsChart"
            readonly property bool any: page.stats.pointsFor > 0 || page.stats.pointsAgainst > 0
            title: qsTr("Points won and lost (counted one-against-one matches)")
            kind: "bar"
            categoryHeading: qsTr("Points")
            categories: any ? [qsTr("Points")] : []
            series: [
                { name: qsTr("Won"), role: "win", values: [page.stats.pointsFor] },
                { name: qsTr("Lost"), role: "loss", values: [page.stats.pointsAgainst] }
            ]
            summary: qsTr("Points won: %1, lost: %2.").arg(labels.number(page.stats.pointsFor))
                                                     .arg(labels.number(page.stats.pointsAgainst))
            emptyText: qsTr("No points yet in counted matches (one against one, practice excluded).")
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }

        ChartCard {
            objectName: "kindsChart"
            readonly property var kinds: dashboard.kinds
            title: qsTr("Matches by kind")
            kind: "bar"
            categoryHeading: qsTr("Kind of match")
            categories: kinds.map(k => labels.kind(k.kind))
            series: [
                { name: qsTr("Played"), role: "neutral", values: kinds.map(k => k.played) },
                { name: qsTr("Wins"), role: "win", values: kinds.map(k => k.wins) },
                { name: qsTr("Losses"), role: "loss", values: kinds.map(k => k.losses) }
            ]
            summary: qsTr("Matches played: %1, in %n kind(s) of match.", "", kinds.length)
                     .arg(kinds.reduce((sum, k) => sum + k.played, 0))
            emptyText: qsTr("No matches played yet.")
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
    }

    SectionHeading {
        visible: page.hasStats
        text: qsTr("Your statistics")
    }
    Label {
        objectName: "statsScope"
        visible: page.hasStats
        text: qsTr("Wins, losses, streaks and points count matches against people only; practice (one keyboard, or against the computer) is in the charts above.")
        opacity: 0.75
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    StatsGrid {
        objectName: "dashboardStats"
        visible: page.hasStats
        stats: page.stats
    }

    MatchHistoryList {
        objectName: "dashboardHistory"
        session: page.session
        userId: page.session ? page.session.userId : 0
        navigator: page.navigator
    }
}
