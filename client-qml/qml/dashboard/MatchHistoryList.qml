import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// A player's matches, newest first, ten at a time (or pageSize); each opens the match's page.
ColumnLayout {
    id: list

    property AccountSession session
    property var userId: 0
    // The window: push(url, properties).
    property var navigator
    readonly property alias history: history
    property alias pageSize: history.pageSize
    property string heading: qsTr("Match history")

    spacing: 8
    Layout.fillWidth: true

    MatchLabels { id: labels }

    MatchHistory {
        id: history
        objectName: "matchHistory"
        session: list.session
        userId: list.userId
    }

    SectionHeading { text: list.heading }

    Label {
        objectName: "matchHistoryStatus"
        text: history.errorMessage !== "" ? qsTr("The match history could not be loaded.")
              : !history.loaded ? qsTr("Loading matches…")
              : history.total === 0 ? qsTr("No matches played yet.")
              : qsTr("Matches %1 to %2 of %3.").arg(history.offset + 1)
                                               .arg(history.offset + history.matches.count)
                                               .arg(history.total)
        wrapMode: Text.Wrap
        opacity: 0.75
        Layout.fillWidth: true
    }

    Repeater {
        objectName: "matchEntries"
        model: history.matches
        delegate: ItemDelegate {
            id: entry
            required property var item
            readonly property bool fourPlayers: item.mode === "four_players"
            readonly property string opponents: (item.opponents || []).map(p => labels.playerName(p)).join(", ")
            readonly property string score: fourPlayers
                ? qsTr("Lives left: %1").arg(item.player.livesLeft)
                : item.player.score + "–" + (item.opponents || []).map(p => p.score).join("–")

            objectName: "match_" + item.id
            Layout.fillWidth: true
            padding: 8
            Accessible.name: labels.result(item.result) + ", " + (opponents !== ""
                             ? qsTr("against %1").arg(opponents) : labels.kind(item.kind))
                             + ", " + score + ", " + labels.dateTime(item.startedAt)
            onClicked: list.navigator.push("../dashboard/MatchReportPage.qml", { matchId: item.id })

            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Label {
                        text: labels.result(entry.item.result)
                        color: "white"
                        font.bold: true
                        leftPadding: 6
                        rightPadding: 6
                        background: Rectangle {
                            radius: 4
                            color: entry.item.result === "win" ? Material.color(Material.Green, Material.Shade800)
                                   : entry.item.result === "loss" ? Material.color(Material.Red, Material.Shade800)
                                   : Material.color(Material.Grey, Material.Shade700)
                        }
                    }
                    Label {
                        text: entry.opponents !== "" ? qsTr("Against %1").arg(entry.opponents)
                                                     : labels.kind(entry.item.kind)
                        font.bold: true
                        elide: Label.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: entry.score
                        font.bold: true
                    }
                }
                Label {
                    text: [labels.dateTime(entry.item.startedAt), labels.kind(entry.item.kind),
                           labels.duration(entry.item.durationSeconds),
                           labels.endReason(entry.item.endReason)].join(" · ")
                    opacity: 0.75
                    wrapMode: Text.Wrap
                    font.pixelSize: Math.round(12 * Appearance.textScale)
                    Layout.fillWidth: true
                }
            }
        }
    }

    RowLayout {
        visible: history.total > history.pageSize
        spacing: 8
        Button {
            objectName: "newerMatchesButton"
            text: qsTr("Newer matches")
            enabled: history.offset > 0 && !history.loading
            onClicked: history.newer()
        }
        Button {
            objectName: "olderMatchesButton"
            text: qsTr("Older matches")
            enabled: history.hasMore && !history.loading
            onClicked: history.older()
        }
    }
}
