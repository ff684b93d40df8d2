import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// A single-elimination bracket, round by round: each match's two players (the winner in bold),
// a bye, or "to be decided". rounds: [{round, matches: [{slot, status, result, players: [label
// or "", label or ""], winnerSide (0, 1 or -1)}]}] (LocalTournament.rounds, or fromServer()).
ColumnLayout {
    id: bracket

    property var rounds: []

    // The server's matches (GET /api/tournaments/{id}) in the shape above.
    function fromServer(matches, roundCount) {
        const rounds = []
        for (let round = 1; round <= roundCount; ++round)
            rounds.push({ round: round, matches: [] })
        for (const match of matches || []) {
            const players = match.players.map(p => p && p.label ? p.label : "")
            let winnerSide = -1
            for (let side = 0; side < 2; ++side)
                if (match.players[side] && match.winnerEntryId === match.players[side].entryId)
                    winnerSide = side
            if (rounds[match.round - 1])
                rounds[match.round - 1].matches.push({ slot: match.slot, status: match.status,
                                                       result: match.result || "", players: players,
                                                       winnerSide: winnerSide })
        }
        return rounds
    }

    function roundTitle(round, count) {
        if (round === count)
            return qsTr("Final")
        if (round === count - 1)
            return qsTr("Semi-finals")
        return qsTr("Round %1").arg(round)
    }

    spacing: 8
    Layout.fillWidth: true

    Repeater {
        model: bracket.rounds
        ColumnLayout {
            id: roundColumn
            required property var modelData
            spacing: 4
            Layout.fillWidth: true

            Label {
                text: bracket.roundTitle(roundColumn.modelData.round, bracket.rounds.length)
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Flow {
                spacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: roundColumn.modelData.matches
                    Frame {
                        id: matchFrame
                        required property var modelData
                        width: Math.min(240, bracket.width)
                        ColumnLayout {
                            width: parent.width
                            Repeater {
                                model: [0, 1]
                                Label {
                                    required property int modelData
                                    readonly property var match: matchFrame.modelData
                                    text: match.players[modelData] !== "" ? match.players[modelData]
                                          : match.status === "pending" ? qsTr("to be decided") : qsTr("bye")
                                    font.bold: match.winnerSide === modelData
                                    opacity: match.players[modelData] === "" ? 0.6 : 1
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
