import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// A player's statistics (UserStats) as label / value pairs.
GridLayout {
    id: grid

    property var stats: ({})

    readonly property var rows: stats && stats.userId !== undefined ? [
        { key: "wins", label: qsTr("Wins"), value: labels.number(stats.wins) },
        { key: "losses", label: qsTr("Losses"), value: labels.number(stats.losses) },
        { key: "winRate", label: qsTr("Win rate"), value: labels.percent(stats.winRate) },
        { key: "currentStreak", label: qsTr("Current streak"), value: labels.streak(stats.currentStreak) },
        { key: "bestWinStreak", label: qsTr("Best winning streak"), value: labels.number(stats.bestWinStreak) },
        { key: "rating", label: qsTr("Rating"), value: labels.number(stats.rating) },
        { key: "ratedMatches", label: qsTr("Ranked matches"), value: labels.number(stats.ratedMatches) },
        { key: "points", label: qsTr("Points won and lost"),
          value: labels.number(stats.pointsFor) + " / " + labels.number(stats.pointsAgainst) }
    ] : []

    columns: 2
    columnSpacing: 16
    rowSpacing: 4
    Layout.fillWidth: true

    MatchLabels { id: labels }

    Repeater {
        model: grid.rows
        delegate: Label {
            required property var modelData
            required property int index
            text: modelData.label
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.row: index
            Layout.column: 0
            Layout.preferredWidth: Math.min(implicitWidth, 240)
        }
    }
    Repeater {
        model: grid.rows
        delegate: Label {
            required property var modelData
            required property int index
            objectName: "stat_" + modelData.key
            text: modelData.value
            font.bold: true
            wrapMode: Text.Wrap
            Layout.row: index
            Layout.column: 1
            Layout.fillWidth: true
            Accessible.name: modelData.label + ": " + modelData.value
        }
    }
}
