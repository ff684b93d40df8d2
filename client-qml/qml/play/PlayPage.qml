import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// How to play: at this device (two players at one keyboard, or against the computer; on this
// device when offline, on the server and saved when signed in), online (the matchmaking queue for
// 1 vs 1 or four players, inviting a friend), a local tournament, and watching or replaying
// matches. The match settings below apply to all of them.
AppPage {
    id: page

    readonly property PlayLobby lobby: navigator ? navigator.playLobby : null
    readonly property bool online: lobby !== null && lobby.available
    readonly property string mode: modeBar.currentIndex === 1 ? "four_players" : "one_vs_one"
    readonly property var settings: settingsForm.config
    // The match this page runs on this device when offline.
    readonly property alias offlineMatch: offlineMatch

    // A match at this device: on the server when online (saved in the history), else offline.
    function playHere(kind) {
        if (!settingsForm.valid)
            return
        const difficulty = PlaySettings.difficulty
        if (online) {
            lobby.play(kind, settings, difficulty)
            return
        }
        startOffline(kind, settings, difficulty)
    }

    function startOffline(kind, config, difficulty) {
        const seats = config.mode === "four_players" ? 4 : 2
        const aiSeats = []
        if (kind === "ai")
            for (let seat = 1; seat < seats; ++seat)
                aiSeats.push(seat)
        const name = session && session.signedIn ? (session.user.displayName || session.user.username) : ""
        if (!offlineMatch.start(config, aiSeats, difficulty, [name]))
            return
        const shown = navigator.pageStack.currentItem
        if (shown && shown.match === offlineMatch)
            return
        navigator.push("../play/MatchPage.qml", {
            match: offlineMatch,
            playAgain: () => offlineMatch.start(config, aiSeats, difficulty, [name])
        })
    }

    title: qsTr("Play")
    maximumContentWidth: 760

    LocalMatch {
        id: offlineMatch
        objectName: "offlineMatch"
    }

    PlayDirectory {
        id: directory
        session: page.session
    }

    Component.onCompleted: if (online) directory.loadFriends()
    onOnlineChanged: if (online) directory.loadFriends()

    ErrorBanner {
        objectName: "playError"
        text: page.lobby ? page.lobby.lastError : ""
    }
    ErrorBanner {
        text: offlineMatch.startError
    }

    // A match of this account is running elsewhere (a reload, another device): take it back.
    Frame {
        objectName: "activeMatchBanner"
        visible: page.lobby !== null && page.lobby.activeMatch.roomId !== undefined
        Layout.fillWidth: true
        RowLayout {
            width: parent.width
            Label {
                text: qsTr("You have a match in progress.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "rejoinButton"
                text: qsTr("Rejoin")
                highlighted: true
                flat: true
                onClicked: page.lobby.join(page.lobby.activeMatch.roomId)
            }
        }
    }

    Label {
        objectName: "offlineNote"
        visible: !page.online
        text: page.session && page.session.signedIn
              ? qsTr("Not connected: matches are played on this device and not saved.")
              : qsTr("Playing on this device. Sign in to play others online, watch and replay matches; "
                     + "offline matches are not saved.")
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
    }

    TabBar {
        id: modeBar
        objectName: "modeBar"
        Layout.fillWidth: true
        TabButton { objectName: "modeOneVsOne"; text: qsTr("1 vs 1") }
        TabButton { objectName: "modeFourPlayers"; text: qsTr("4 players") }
    }

    SectionHeading { text: qsTr("At this device") }
    GridLayout {
        columns: page.narrow ? 1 : 2
        columnSpacing: 12
        rowSpacing: 8
        Layout.fillWidth: true

        Button {
            objectName: "playLocalButton"
            text: page.mode === "four_players" ? qsTr("Four players, one keyboard")
                                               : qsTr("Two players, one keyboard")
            enabled: settingsForm.valid
            highlighted: true
            flat: true
            Layout.fillWidth: true
            onClicked: page.playHere("local")
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "playAiButton"
                text: qsTr("Against the computer")
                enabled: settingsForm.valid
                highlighted: true
                flat: true
                Layout.fillWidth: true
                onClicked: page.playHere("ai")
            }
            ComboBox {
                id: difficultyBox
                objectName: "difficultyBox"
                model: PlaySettings.difficulties.map(d => ({ value: d, text: PlaySettings.difficultyLabel(d) }))
                textRole: "text"
                valueRole: "value"
                currentIndex: PlaySettings.difficulties.indexOf(PlaySettings.difficulty)
                onActivated: PlaySettings.difficulty = currentValue
                Accessible.name: qsTr("Computer level")
            }
        }
    }

    Button {
        objectName: "localTournamentButton"
        text: qsTr("Tournament at this device")
        Layout.fillWidth: true
        onClicked: page.navigator.push("../play/LocalTournamentPage.qml", {})
    }

    SectionHeading {
        visible: page.session && page.session.signedIn
        text: qsTr("Online")
    }
    ColumnLayout {
        visible: page.session && page.session.signedIn
        spacing: 8
        Layout.fillWidth: true

        Label {
            visible: !page.online
            text: qsTr("Connecting to the server…")
            opacity: 0.8
        }

        // The queue: waiting for opponents with the same settings and a close rating.
        Frame {
            objectName: "queuePanel"
            visible: page.lobby !== null && page.lobby.queued
            Layout.fillWidth: true
            ColumnLayout {
                width: parent.width
                Label {
                    objectName: "queueStatus"
                    text: page.lobby && page.lobby.queued
                          ? qsTr("Looking for opponents… %n s", "", page.lobby.queueSeconds) : ""
                    font.bold: true
                }
                Label {
                    text: page.lobby && page.lobby.queued
                          ? qsTr("Your rating %1, opponents within ±%2. Players waiting: %3.")
                                .arg(page.lobby.queue.rating).arg(page.lobby.queue.window)
                                .arg(page.lobby.queue.waiting)
                          : ""
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: page.lobby && page.lobby.queued ? PlaySettings.summary(page.lobby.queue.config) : ""
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "leaveQueueButton"
                    text: qsTr("Stop looking")
                    onClicked: page.lobby.leaveQueue()
                }
            }
        }

        Button {
            objectName: "queueButton"
            visible: !(page.lobby && page.lobby.queued)
            text: page.mode === "four_players" ? qsTr("Find three opponents") : qsTr("Find an opponent")
            enabled: page.online && settingsForm.valid
            highlighted: true
            flat: true
            Layout.fillWidth: true
            onClicked: page.lobby.enqueue(page.settings)
        }

        // Invite a friend to a private 1 vs 1 with these settings.
        RowLayout {
            visible: page.mode === "one_vs_one"
            Layout.fillWidth: true
            ComboBox {
                id: friendBox
                objectName: "friendBox"
                model: directory.friends
                textRole: "displayName"
                valueRole: "id"
                displayText: currentIndex < 0 ? qsTr("Choose a friend") : currentText
                Layout.fillWidth: true
                Accessible.name: qsTr("Friend to invite")
            }
            Button {
                objectName: "inviteButton"
                text: qsTr("Invite")
                enabled: page.online && settingsForm.valid && friendBox.currentIndex >= 0
                onClicked: page.lobby.invite(friendBox.currentValue, page.settings)
            }
        }
        Label {
            visible: page.mode === "one_vs_one" && page.online && directory.friends.length === 0
                     && !directory.busy
            text: qsTr("Add friends to invite them to a match.")
            opacity: 0.8
        }
        Repeater {
            objectName: "sentInvitations"
            model: page.lobby ? page.lobby.sentInvitations : []
            RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label {
                    text: qsTr("Waiting for %1 to answer (%n s)", "", modelData.expiresInSeconds).arg(modelData.name)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Cancel")
                    flat: true
                    Accessible.name: qsTr("Cancel the invitation to %1").arg(modelData.name)
                    onClicked: page.lobby.cancelInvitation(modelData.inviteId)
                }
            }
        }

        Flow {
            spacing: 8
            Layout.fillWidth: true
            Button {
                objectName: "liveMatchesButton"
                text: qsTr("Watch live matches")
                enabled: page.online
                onClicked: page.navigator.push("../play/LiveMatchesPage.qml", {})
            }
            Button {
                objectName: "tournamentsButton"
                text: qsTr("Tournaments")
                enabled: page.online
                onClicked: page.navigator.push("../play/TournamentsPage.qml", {})
            }
            Button {
                objectName: "replaysButton"
                text: qsTr("Replays")
                enabled: page.online
                onClicked: page.navigator.push("../play/ReplaysPage.qml", {})
            }
        }
    }

    SectionHeading { text: qsTr("Match settings") }
    MatchSettingsForm {
        id: settingsForm
        objectName: "settingsForm"
        mode: page.mode
    }
}
