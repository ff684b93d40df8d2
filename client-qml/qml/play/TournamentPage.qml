import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// One of the server's tournaments: its players, the bracket, the next match, and what you can
// do now - join (with an alias), leave, start or cancel it (its owner), enter your match
// (online), or play the next match at this keyboard (local). Refreshed by the server's
// tournament notices.
AppPage {
    id: page

    property int tournamentId: 0
    readonly property PlayLobby lobby: navigator ? navigator.playLobby : null
    readonly property var tournament: directory.current
    readonly property bool loaded: tournament.id === tournamentId
    readonly property bool mine: loaded && tournament.owner !== null && tournament.owner !== undefined
                                 && session && tournament.owner.id === session.userId
    readonly property var myEntry: loaded && session
                                   ? (tournament.entries || []).find(e => e.userId === session.userId && !e.left)
                                   : undefined
    // A ready match of mine with an open room (online).
    readonly property var myReadyMatch: myEntry === undefined ? undefined
        : (tournament.matches || []).find(m => m.status === "ready" && m.roomId
                                               && m.players.some(p => p && p.entryId === myEntry.id))

    function statusLabel(status) {
        switch (status) {
        case "open": return qsTr("Open for entries")
        case "running": return qsTr("Running")
        case "finished": return qsTr("Finished")
        default: return qsTr("Cancelled")
        }
    }

    title: loaded ? tournament.name : qsTr("Tournament")

    TournamentDirectory {
        id: directory
        session: page.session
    }

    Component.onCompleted: directory.load(tournamentId)
    StackView.onActivated: directory.load(tournamentId)

    Connections {
        target: page.lobby
        function onTournamentNotice(type, message) {
            if (message.tournamentId === page.tournamentId)
                directory.load(page.tournamentId)
        }
    }

    ErrorBanner {
        objectName: "tournamentError"
        text: directory.errorMessage || (page.lobby ? page.lobby.lastError : "")
    }

    Label {
        objectName: "tournamentStatus"
        visible: page.loaded
        text: page.loaded ? [page.tournament.kind === "local" ? qsTr("Local tournament") : qsTr("Online tournament"),
                             page.statusLabel(page.tournament.status)].join(" · ") : ""
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: page.loaded
        text: page.loaded ? qsTr("Every match: %1.").arg(PlaySettings.summary(page.tournament.config)) : ""
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
    }

    SectionHeading {
        objectName: "tournamentWinner"
        visible: page.loaded && page.tournament.status === "finished"
        text: page.loaded && page.tournament.winner && page.tournament.winner.label
              ? qsTr("%1 wins the tournament!").arg(page.tournament.winner.label)
              : qsTr("The tournament ended without a winner.")
    }

    // What you can do now.
    Frame {
        objectName: "enterMatchPanel"
        visible: page.myReadyMatch !== undefined
        Layout.fillWidth: true
        RowLayout {
            width: parent.width
            Label {
                text: qsTr("Your match is ready. Enter before the deadline or lose by walkover.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "enterMatchButton"
                text: qsTr("Enter your match")
                highlighted: true
                flat: true
                onClicked: page.lobby.join(page.myReadyMatch.roomId)
            }
        }
    }
    Frame {
        visible: page.loaded && page.tournament.kind === "local" && page.mine
                 && page.tournament.status === "running" && page.tournament.nextMatch
        Layout.fillWidth: true
        RowLayout {
            width: parent.width
            Label {
                text: page.loaded && page.tournament.nextMatch
                      ? qsTr("Next match: %1").arg(page.tournament.nextMatch.announcement) : ""
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "playServerTournamentMatchButton"
                text: qsTr("Play this match")
                highlighted: true
                flat: true
                enabled: page.lobby !== null && page.lobby.available
                onClicked: page.lobby.playTournamentMatch(page.tournamentId)
            }
        }
    }
    RowLayout {
        visible: page.loaded && page.tournament.kind === "online" && page.tournament.status === "open"
                 && page.myEntry === undefined
        Layout.fillWidth: true
        TextField {
            id: aliasField
            objectName: "tournamentAliasField"
            placeholderText: qsTr("Name in this tournament (optional)")
            Layout.fillWidth: true
            Accessible.name: placeholderText
        }
        Button {
            objectName: "joinTournamentButton"
            text: qsTr("Join")
            highlighted: true
            flat: true
            enabled: !directory.busy
            onClicked: directory.join(page.tournamentId, aliasField.text)
        }
    }
    FieldProblem { text: directory.fieldErrors.alias || "" }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "startTournamentNowButton"
            visible: page.mine && page.tournament.kind === "online" && page.tournament.status === "open"
            text: qsTr("Start now")
            enabled: !directory.busy
            onClicked: directory.start(page.tournamentId)
        }
        Button {
            objectName: "cancelTournamentButton"
            visible: page.mine && page.tournament.kind === "online" && page.tournament.status === "open"
            text: qsTr("Cancel the tournament")
            enabled: !directory.busy
            onClicked: directory.cancel(page.tournamentId)
        }
        Button {
            objectName: "leaveTournamentButton"
            visible: page.myEntry !== undefined && page.tournament.kind === "online"
                     && (page.tournament.status === "open" || page.tournament.status === "running")
            text: qsTr("Leave the tournament")
            enabled: !directory.busy
            onClicked: directory.leave(page.tournamentId)
        }
        Button {
            text: qsTr("Refresh")
            enabled: !directory.busy
            onClicked: directory.load(page.tournamentId)
        }
    }

    SectionHeading {
        visible: page.loaded
        text: qsTr("Players")
    }
    Repeater {
        objectName: "entryList"
        model: page.loaded ? page.tournament.entries : []
        Label {
            required property var modelData
            text: (modelData.label || qsTr("anonymous player"))
                  + (modelData.seed ? " · " + qsTr("seed %1").arg(modelData.seed) : "")
                  + (modelData.left ? " · " + qsTr("left") : "")
            font.bold: page.myEntry !== undefined && modelData.id === page.myEntry.id
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    SectionHeading {
        visible: page.loaded && (page.tournament.rounds || 0) > 0
        text: qsTr("Bracket")
    }
    BracketView {
        id: bracketView
        objectName: "serverBracket"
        rounds: page.loaded && page.tournament.rounds ? fromServer(page.tournament.matches, page.tournament.rounds) : []
    }
}
