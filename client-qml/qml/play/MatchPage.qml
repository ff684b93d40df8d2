import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// A match: the arena (drawn every frame by ArenaView), the scoreboard with pings, the phase
// (countdown, pause with the reconnect countdown of each missing player), the keys or on-screen
// buttons of the seats played here, and the result. The same page plays an offline LocalMatch,
// a match on the server (RemoteMatch), watches one, or plays a stored one back.
AppPage {
    id: page

    property MatchSession match
    // Starts the same kind of match again (set by whoever opened the page); null: no "Play again".
    property var playAgain: null
    // Another way on once over: {text, action} (a tournament's "Back to the tournament").
    property var afterMatch: null
    readonly property PlayLobby lobby: navigator ? navigator.playLobby : null
    readonly property bool playing: match !== null && !match.spectating && !match.over
    readonly property var controlledSeats: match ? match.controlledSeats : []
    readonly property bool remote: match !== null && !match.offline
    readonly property bool detached: remote && match.detached
    property string announcement: ""
    readonly property alias leaveDialog: leaveDialog
    property var pendingLeave: null

    // MainWindow asks before this page is left: leaving a match being played gives it up.
    function requestLeave(proceed) {
        if (playing) {
            pendingLeave = proceed
            leaveDialog.open()
            return false
        }
        if (match && match.spectating && !match.over)
            match.leave() // stop watching
        proceed()
        return true
    }

    function phaseText() {
        if (!match)
            return ""
        if (detached)
            return match.moved ? qsTr("This match continues on another device.")
                               : qsTr("Connection lost. Reconnecting…")
        switch (match.phase) {
        case "waiting": return qsTr("Waiting for the players")
        case "countdown": return qsTr("Get ready: %1").arg(match.phaseSecondsLeft)
        case "paused":
            return match.pauseReason === "requested" ? qsTr("Paused") : qsTr("Paused: a player is missing")
        case "over": return qsTr("The match is over")
        default: return match.replay ? qsTr("Replay") : qsTr("Playing")
        }
    }

    function reasonText(reason) {
        switch (reason) {
        case "completed": return qsTr("The match was played to the end.")
        case "left": return qsTr("A player left the match.")
        case "disconnected": return qsTr("A player did not come back in time.")
        case "no_show": return qsTr("A player did not show up.")
        default: return qsTr("Nobody won: the match was abandoned.")
        }
    }

    function keyHelp() {
        const seats = controlledSeats
        if (!match || seats.length === 0)
            return match && match.replay ? qsTr("A stored match, played back.")
                                         : qsTr("You are watching: the keys do nothing here.")
        if (seats.length === 1)
            return seats[0] < 2 ? qsTr("Move your paddle with W and S or the Up and Down arrow keys.")
                                : qsTr("Move your paddle with A and D or the Left and Right arrow keys.")
        if (seats.length === 2)
            return qsTr("Left player: W and S. Right player: Up and Down arrow keys.")
        return qsTr("Left: W and S. Right: Up and Down. Top: C and V. Bottom: N and M.")
    }

    function resultTitle() {
        if (!match || !match.over)
            return ""
        if (match.winnerSeat < 0)
            return qsTr("Nobody won")
        const mine = controlledSeats.length === 1 && controlledSeats[0] === match.winnerSeat
        const lost = controlledSeats.length === 1 && !mine && !match.spectating
        return mine ? qsTr("You won!")
                    : lost ? qsTr("%1 won").arg(match.seatLabel(match.winnerSeat))
                           : qsTr("%1 wins!").arg(match.seatLabel(match.winnerSeat))
    }

    function finalScore() {
        if (!match)
            return ""
        return match.standings.map(s => s.label + " " + (match.fourPlayers ? qsTr("%n lives", "", s.lives)
                                                                          : s.score)).join(" · ")
    }

    title: !match ? qsTr("Match")
                  : match.replay ? qsTr("Replay")
                  : match.spectating ? qsTr("Watching a match") : qsTr("Match")
    maximumContentWidth: 1100

    Component.onCompleted: arenaFrame.forceActiveFocus()
    StackView.onActivated: arenaFrame.forceActiveFocus()
    Component.onDestruction: if (match) match.releaseAll()

    Connections {
        target: page.match
        function onPointScored(seat) {
            if (!page.match)
                return
            page.announcement = page.match.fourPlayers
                    ? qsTr("%1 loses a life.").arg(page.match.seatLabel(seat))
                    : qsTr("Point for %1.").arg(page.match.seatLabel(seat))
        }
        function onOverChanged() {
            if (page.match && page.match.over && page.remote && page.match.matchId !== undefined
                    && page.match.matchId !== null && page.session && page.session.signedIn) {
                directory.loadMatch(page.match.matchId)
                if (!page.match.spectating)
                    mine.userId = page.session.userId // loads what this match earned
            }
        }
    }

    // The player's achievements once a stored match is over: a toast for each this match earned.
    PlayerProfile {
        id: mine
        session: page.session
        onAchievementsChanged: {
            if (!page.match || page.match.matchId === undefined || page.match.matchId === null)
                return
            const titles = mine.achievementsEarnedBy(page.match.matchId).map(code => achievementTitles.title(code))
            if (titles.length > 0 && page.navigator)
                page.navigator.showMessage(qsTr("Achievement unlocked: %1").arg(titles.join(", ")))
        }
    }
    AchievementList {
        id: achievementTitles
        visible: false
    }

    // The window lost the keyboard: no key stays held.
    Connections {
        target: Qt.application
        function onStateChanged() {
            if (Qt.application.state !== Qt.ApplicationActive && page.match)
                page.match.releaseAll()
        }
    }

    PlayDirectory {
        id: directory
        session: page.session
    }

    MatchSounds {
        id: sounds
        objectName: "matchSounds"
        match: page.match
        enabled: PlaySettings.sounds
    }

    // Scoreboard: each seat's colour, name, points (or lives), ping and whether it is missing.
    Flow {
        objectName: "scoreboard"
        spacing: 16
        Layout.fillWidth: true

        Repeater {
            model: page.match ? page.match.standings : []
            RowLayout {
                required property var modelData
                spacing: 6
                Rectangle {
                    width: 12
                    height: 12
                    radius: 6
                    color: arena.seatColors[modelData.seat]
                }
                Label {
                    objectName: "seatLabel_" + modelData.seat
                    text: modelData.label
                    font.bold: page.controlledSeats.indexOf(modelData.seat) >= 0
                    opacity: modelData.eliminated || modelData.missing ? 0.5 : 1
                }
                Label {
                    objectName: "seatScore_" + modelData.seat
                    text: page.match.fourPlayers ? qsTr("%n lives", "", modelData.lives)
                                                 : String(modelData.score)
                    font.pixelSize: Math.round(20 * Appearance.textScale)
                    font.bold: true
                    Accessible.name: modelData.label + ": " + text
                }
                Label {
                    visible: page.remote && modelData.pingMs >= 0
                    text: qsTr("%1 ms").arg(modelData.pingMs)
                    opacity: 0.7
                }
                Label {
                    visible: modelData.missing
                    text: qsTr("(away)")
                    opacity: 0.7
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "phaseLabel"
            text: page.phaseText()
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "ownPingLabel"
            visible: page.remote && page.realtimeClient && page.realtimeClient.pingMs >= 0
            text: qsTr("Your ping: %1 ms").arg(page.realtimeClient ? page.realtimeClient.pingMs : 0)
            opacity: 0.7
        }
        Label {
            visible: page.match !== null && page.match.offline
            text: qsTr("Offline: not saved")
            opacity: 0.7
        }
    }

    // The result, once over.
    Frame {
        id: result
        objectName: "matchResult"
        visible: page.match !== null && page.match.over
        Layout.fillWidth: true

        ColumnLayout {
            width: parent.width
            spacing: 8

            SectionHeading {
                objectName: "resultTitle"
                text: page.resultTitle()
            }
            Label {
                objectName: "finalScore"
                text: page.finalScore()
                font.pixelSize: Math.round(18 * Appearance.textScale)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "endReason"
                text: page.match ? page.reasonText(page.match.endReason) : ""
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "storedMatchLabel"
                readonly property var stored: directory.storedMatch
                readonly property var mine: stored.players
                                            ? stored.players.find(p => page.session && p.userId === page.session.userId)
                                            : undefined
                visible: page.remote && stored.id !== undefined && page.match && stored.id === page.match.matchId
                text: !visible ? ""
                      : mine && mine.ratingBefore !== null && mine.ratingAfter !== null
                        ? qsTr("Saved in your history. Rating: %1 → %2.").arg(mine.ratingBefore).arg(mine.ratingAfter)
                        : qsTr("Saved in your history.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: page.match !== null && page.match.offline
                text: qsTr("Played on this device: offline matches are not saved.")
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }
            Flow {
                spacing: 8
                Layout.fillWidth: true
                Button {
                    objectName: "playAgainButton"
                    visible: typeof page.playAgain === "function"
                    text: qsTr("Play again")
                    highlighted: true
                    flat: true
                    onClicked: {
                        page.announcement = ""
                        page.playAgain()
                        arenaFrame.forceActiveFocus()
                    }
                }
                Button {
                    objectName: "afterMatchButton"
                    visible: page.afterMatch !== null
                    text: page.afterMatch ? page.afterMatch.text : ""
                    highlighted: true
                    flat: true
                    onClicked: page.afterMatch.action()
                }
                Button {
                    objectName: "watchReplayButton"
                    visible: page.remote && page.match.matchId !== undefined && page.match.matchId !== null
                             && !page.match.replay && page.lobby !== null && page.lobby.available
                    text: qsTr("Watch the replay")
                    onClicked: page.lobby.replay(page.match.matchId, 1)
                }
                Button {
                    objectName: "backToPlayButton"
                    text: qsTr("Back to Play")
                    onClicked: page.navigator.open("play")
                }
            }
        }
    }

    // The arena, as large as fits without scrolling, its aspect ratio kept.
    FocusScope {
        id: arenaFrame
        objectName: "arenaFrame"
        readonly property real ratio: page.match ? page.match.arenaWidth / page.match.arenaHeight : 4 / 3
        readonly property real availableHeight: Math.max(160, page.height - 2 * page.margin - 190
                                                         - (touchControls.visible ? touchControls.implicitHeight : 0)
                                                         - (result.visible ? result.implicitHeight : 0))
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(width / ratio, availableHeight)
        focus: true
        activeFocusOnTab: true
        Accessible.role: Accessible.Canvas
        // The score drawn on the field, said in words.
        Accessible.name: page.match
                         ? qsTr("Game field. Score: %1").arg(page.match.standings.map(
                               s => s.label + " " + (page.match.fourPlayers ? s.lives : s.score)).join(", "))
                         : qsTr("Game field")
        Accessible.description: page.keyHelp()

        Keys.onPressed: event => {
            if (!page.match)
                return
            if (page.match.handleKey(event.key, true, event.isAutoRepeat)) {
                event.accepted = true
            } else if ((event.key === Qt.Key_P || event.key === Qt.Key_Escape) && page.match.canPause
                       && !event.isAutoRepeat) {
                if (page.match.phase === "paused")
                    page.match.resume()
                else
                    page.match.pause()
                event.accepted = true
            } else if (event.key === Qt.Key_Space && page.match.phase === "paused" && page.match.canPause) {
                page.match.resume()
                event.accepted = true
            }
        }
        Keys.onReleased: event => {
            if (page.match && page.match.handleKey(event.key, false, event.isAutoRepeat))
                event.accepted = true
        }

        TapHandler {
            onTapped: arenaFrame.forceActiveFocus()
        }

        ArenaView {
            id: arena
            objectName: "arenaView"
            session: page.match
            width: Math.min(parent.width, parent.height * arenaFrame.ratio)
            height: width / arenaFrame.ratio
            anchors.centerIn: parent
        }

        Rectangle {
            anchors.fill: arena
            color: "transparent"
            border.width: arenaFrame.activeFocus ? 2 : 0
            border.color: Material.accent
        }

        // What stops play, over the arena.
        Pane {
            id: overlay
            objectName: "matchOverlay"
            anchors.centerIn: arena
            width: Math.min(arena.width - 24, 420)
            visible: page.match !== null && !page.match.over
                     && (page.match.phase !== "running" || page.detached)
            opacity: 0.92

            ColumnLayout {
                width: parent.width
                spacing: 6
                Label {
                    objectName: "overlayTitle"
                    text: page.phaseText()
                    font.pixelSize: Math.round(22 * Appearance.textScale)
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    objectName: "missingPlayers"
                    model: page.match && !page.detached ? page.match.missing : []
                    Label {
                        required property var modelData
                        text: qsTr("Waiting for %1: %n seconds left before the forfeit.", "",
                                   modelData.secondsLeft).arg(modelData.label)
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "overlayResumeButton"
                    visible: page.match !== null && page.match.canPause && page.match.phase === "paused"
                    text: qsTr("Resume")
                    Layout.alignment: Qt.AlignHCenter
                    onClicked: { page.match.resume(); arenaFrame.forceActiveFocus() }
                }
            }
        }
    }

    PowerUpLegend {
        objectName: "powerUpLegend"
        kinds: page.match && page.match.config.powerUps ? page.match.config.powerUps : []
        duration: page.match && page.match.config.powerUpDuration ? page.match.config.powerUpDuration : 8
        colorOf: kind => arena.pickupColor(kind)
    }

    Label {
        objectName: "announcement"
        text: page.announcement
        visible: text !== "" && page.match !== null && !page.match.over
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // On-screen buttons, one pair per seat played here: holding one holds the key.
    RowLayout {
        id: touchControls
        objectName: "touchControls"
        visible: PlaySettings.touchControls && page.controlledSeats.length > 0 && page.playing
        spacing: 8
        Layout.fillWidth: true

        Repeater {
            model: page.controlledSeats
            RowLayout {
                id: seatButtons
                required property int modelData
                required property int index
                readonly property bool alongX: modelData >= 2
                spacing: 8
                Layout.fillWidth: true
                Layout.alignment: index === 0 ? Qt.AlignLeft : Qt.AlignRight

                Repeater {
                    model: [true, false]
                    Button {
                        required property bool modelData
                        readonly property string source: "touch-" + seatButtons.modelData + "-" + modelData
                        objectName: "touch_" + seatButtons.modelData + "_" + (modelData ? "up" : "down")
                        text: seatButtons.alongX ? (modelData ? "\u25c0" : "\u25b6")
                                                 : (modelData ? "\u25b2" : "\u25bc")
                        font.pixelSize: Math.round(24 * Appearance.textScale)
                        implicitWidth: 72
                        implicitHeight: 64
                        focusPolicy: Qt.NoFocus
                        Material.background: arena.seatColors[seatButtons.modelData]
                        Accessible.name: (modelData ? qsTr("Move up: %1") : qsTr("Move down: %1"))
                                         .arg(page.match ? page.match.seatLabel(seatButtons.modelData) : "")
                        onPressedChanged: {
                            if (pressed)
                                page.match.press(seatButtons.modelData, modelData, source)
                            else
                                page.match.release(source)
                        }
                    }
                }
            }
        }
    }

    Label {
        objectName: "keyHelp"
        visible: (!PlaySettings.touchControls || page.controlledSeats.length === 0)
                 && page.match !== null && !page.match.over
        text: page.keyHelp()
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
    }

    Flow {
        spacing: 8
        Layout.fillWidth: true

        Button {
            objectName: "pauseButton"
            visible: page.match !== null && page.match.canPause
            text: page.match && page.match.phase === "paused" ? qsTr("Resume") : qsTr("Pause")
            onClicked: {
                if (page.match.phase === "paused")
                    page.match.resume()
                else
                    page.match.pause()
                arenaFrame.forceActiveFocus()
            }
        }
        Button {
            objectName: "leaveButton"
            visible: page.match !== null && !page.match.over
            text: page.match && page.match.spectating ? qsTr("Stop watching") : qsTr("Leave the match")
            onClicked: page.navigator.back()
        }
        Switch {
            objectName: "soundSwitch"
            visible: page.match !== null && !page.match.over
            text: qsTr("Sounds")
            checked: PlaySettings.sounds
            onToggled: {
                PlaySettings.sounds = checked
                arenaFrame.forceActiveFocus()
            }
        }
        Switch {
            objectName: "touchControlsSwitch"
            visible: page.controlledSeats.length > 0 && page.playing
            text: qsTr("On-screen buttons")
            checked: PlaySettings.touchControls
            onToggled: PlaySettings.touchControls = checked
        }
    }

    Dialog {
        id: leaveDialog
        objectName: "leaveDialog"
        // No shadow: it is a shader effect the software renderer cannot draw, and the dialog's
        // background would go with it.
        Material.elevation: 0
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 400, 420)
        modal: true
        title: qsTr("Leave this match?")
        onRejected: {
            page.pendingLeave = null
            arenaFrame.forceActiveFocus()
        }
        onAccepted: {
            const proceed = page.pendingLeave
            page.pendingLeave = null
            if (page.match)
                page.match.leave()
            if (proceed)
                proceed()
        }

        Label {
            width: leaveDialog.availableWidth
            text: page.match && page.match.offline
                  ? qsTr("The match ends here.")
                  : page.match && (page.match.kind === "local" || page.match.kind === "ai")
                    ? qsTr("The match ends here. Practice does not count in your results.")
                    : qsTr("Leaving a match between people counts as a loss.")
            wrapMode: Text.Wrap
        }

        footer: DialogButtonBox {
            Button {
                objectName: "stayButton"
                text: qsTr("Stay")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmLeaveButton"
                text: qsTr("Leave")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
    }
}
