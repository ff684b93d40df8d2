import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// One match running now (an entry of GET /api/play/live): who plays, the score, what kind of
// match, how many watch, and "Watch" when this window can enter it as a spectator.
Frame {
    id: row

    // {roomId, kind, mode, spectators, seats: [{label, score, lives}]}
    property var liveMatch: ({})
    property PlayLobby lobby
    readonly property var seats: liveMatch.seats || []

    function kindLabel(kind) {
        switch (kind) {
        case "local": return qsTr("one keyboard")
        case "ai": return qsTr("against the computer")
        case "remote": return qsTr("ranked")
        case "private": return qsTr("between friends")
        case "four_players": return qsTr("four players")
        case "tournament": return qsTr("tournament")
        case "guest": return qsTr("a visitor without an account")
        default: return kind
        }
    }

    Layout.fillWidth: true

    RowLayout {
        width: parent.width
        ColumnLayout {
            Layout.fillWidth: true
            Label {
                text: row.seats.map(s => s.label + " " + (row.liveMatch.mode === "four_players"
                                                          ? qsTr("%n lives", "", s.lives)
                                                          : s.score)).join(" · ")
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%1 · %n watching", "", row.liveMatch.spectators || 0).arg(row.kindLabel(row.liveMatch.kind))
                opacity: 0.8
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "watch_" + row.liveMatch.roomId
            visible: row.lobby !== null
            text: qsTr("Watch")
            enabled: row.lobby !== null && row.lobby.available
            Accessible.name: qsTr("Watch %1").arg(row.seats.map(s => s.label).join(" vs "))
            onClicked: row.lobby.watch(row.liveMatch.roomId)
        }
    }
}
