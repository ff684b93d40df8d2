import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// A tournament at this device, also offline: the players' names (one per line, in seeding
// order), then the bracket, the next match announced and played at this keyboard, and the
// winner. Every match uses the settings of the Play page.
AppPage {
    id: page

    readonly property alias tournament: tournament
    readonly property var aliases: aliasesField.text.split("\n").map(line => line.trim())
                                                   .filter(line => line !== "")
    readonly property var problems: tournament.problems(aliases)
    property bool triedToStart: false

    function playNext() {
        if (!tournament.playNextMatch())
            return
        navigator.push("../play/MatchPage.qml", {
            match: tournament.match,
            afterMatch: { text: qsTr("Back to the tournament"), action: () => navigator.back() }
        })
    }

    title: qsTr("Tournament at this device")

    LocalTournament {
        id: tournament
    }

    // Entering the players.
    ColumnLayout {
        visible: !tournament.started
        spacing: 8
        Layout.fillWidth: true

        Label {
            text: qsTr("Everyone plays at this keyboard, one match after the other. Enter 3 to 16 "
                       + "players, one name per line, the strongest first: the first ones get the "
                       + "byes.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextArea {
            id: aliasesField
            objectName: "aliasesField"
            placeholderText: qsTr("One name per line")
            wrapMode: TextEdit.NoWrap
            Layout.fillWidth: true
            Layout.minimumHeight: 160
            Accessible.name: qsTr("Players, one name per line")
        }
        FieldProblem {
            objectName: "aliasesProblem"
            text: page.triedToStart || page.aliases.length >= 3
                  ? Object.keys(page.problems).map(key => page.problems[key]).join(" ") : ""
        }
        Label {
            text: qsTr("Every match: %1.").arg(PlaySettings.summary(PlaySettings.withMode(PlaySettings.current,
                                                                                           "one_vs_one")))
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }
        Button {
            objectName: "startTournamentButton"
            text: qsTr("Start the tournament")
            highlighted: true
            flat: true
            onClicked: {
                page.triedToStart = true
                tournament.start(page.aliases, PlaySettings.current)
            }
        }
    }

    // The winner, once decided.
    SectionHeading {
        objectName: "championLabel"
        visible: tournament.finished
        text: tournament.champion !== "" ? qsTr("%1 wins the tournament!").arg(tournament.champion)
                                         : qsTr("The tournament ended without a winner.")
    }
    Button {
        objectName: "newTournamentButton"
        visible: tournament.finished
        text: qsTr("New tournament")
        onClicked: {
            page.triedToStart = false
            tournament.reset()
        }
    }

    // The next match.
    Frame {
        visible: tournament.started && !tournament.finished
        Layout.fillWidth: true
        RowLayout {
            width: parent.width
            Label {
                objectName: "nextMatchLabel"
                text: qsTr("Next match: %1").arg(tournament.announcement)
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "playTournamentMatchButton"
                text: qsTr("Play this match")
                highlighted: true
                flat: true
                onClicked: page.playNext()
            }
        }
    }

    BracketView {
        objectName: "bracket"
        rounds: tournament.rounds
    }
}
