import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// Where the app opens. A visitor reads what the platform is and can play at once on this device
// (two players at one keyboard, or against the computer: no account needed), sees the matches
// running now and the top of the leaderboard when the server shows them to visitors, and is
// offered an account. A player gets quick play, their friends online (to invite), their next
// tournament match, their recent results, and the same live matches and leaders.
AppPage {
    id: page

    readonly property PlayLobby lobby: navigator ? navigator.playLobby : null
    readonly property bool signedIn: session !== null && session.signedIn
    readonly property bool online: lobby !== null && lobby.available
    readonly property alias feed: feed
    // Seconds between two readings of the live matches while the page is shown.
    property int liveRefreshSeconds: 10

    // A match at this device through the Play page (its settings, offline or on the server).
    function playHere(kind) {
        const play = navigator.open("play")
        if (play)
            play.playHere(kind)
    }

    // The matchmaking queue for 1 vs 1 with the last settings chosen; the Play page shows it.
    function findOpponent() {
        const play = navigator.open("play")
        if (play)
            lobby.enqueue(PlaySettings.withMode(PlaySettings.current, "one_vs_one"))
    }

    function tournamentText(next) {
        if (next.state === "open")
            return qsTr("You are entered in %1. It starts when its organiser starts it.").arg(next.tournamentName)
        if (next.state === "waiting")
            return next.opponent !== ""
                   ? qsTr("%1, round %2: against %3, once the other matches of the round are played.")
                         .arg(next.tournamentName).arg(next.round).arg(next.opponent)
                   : qsTr("%1, round %2: your opponent is not known yet.").arg(next.tournamentName).arg(next.round)
        return next.opponent !== ""
               ? qsTr("%1, round %2: your match against %3 is ready.").arg(next.tournamentName)
                     .arg(next.round).arg(next.opponent)
               : qsTr("%1, round %2: your match is ready.").arg(next.tournamentName).arg(next.round)
    }

    title: qsTr("Home")
    maximumContentWidth: 760

    HomeFeed {
        id: feed
        objectName: "homeFeed"
        session: page.session
    }
    Component.onCompleted: feed.reload()

    Timer {
        interval: page.liveRefreshSeconds * 1000
        repeat: true
        running: page.StackView.status === StackView.Active && Qt.application.state === Qt.ApplicationActive
        // A server that keeps the list for accounts is not asked again until one signs in.
        onTriggered: if (!feed.loading && !feed.liveNeedsSignIn) feed.reloadLive()
    }

    ErrorBanner {
        objectName: "homeError"
        text: feed.errorMessage
    }
    ErrorBanner { text: page.lobby ? page.lobby.lastError : "" }

    // ---- a visitor: what this is, play now, an account ---------------------------------------
    ColumnLayout {
        objectName: "welcomeSection"
        visible: !page.signedIn
        spacing: 8
        Layout.fillWidth: true

        Label {
            text: qsTr("Pong, as in 1972 — with friends")
            font.pixelSize: Math.round(26 * Appearance.textScale)
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "platformSummary"
            text: qsTr("Transcendence is a place to play Pong: against a friend at one keyboard, against the "
                       + "computer, or online against players of your level, in four-player matches and in "
                       + "tournaments. Matches played with an account count in your rating and earn achievements.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    SectionHeading {
        visible: !page.signedIn
        text: qsTr("Play now")
    }
    Label {
        visible: !page.signedIn
        text: qsTr("No account needed: these matches are played on this device.")
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
    }
    GridLayout {
        visible: !page.signedIn
        columns: page.narrow ? 1 : 2
        columnSpacing: 12
        rowSpacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "homePlayAiButton"
            text: qsTr("Against the computer")
            highlighted: true
            // No shadow: the software renderer cannot draw it, and would drop the background.
            Material.elevation: 0
            Layout.fillWidth: true
            onClicked: page.playHere("ai")
        }
        Button {
            objectName: "homePlayLocalButton"
            text: qsTr("Two players, one keyboard")
            highlighted: true
            flat: true
            Layout.fillWidth: true
            onClicked: page.playHere("local")
        }
    }
    Frame {
        visible: !page.signedIn
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            Label {
                text: qsTr("With an account you play others online, enter tournaments, keep your results and climb the leaderboard.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "homeSignInButton"
                text: qsTr("Sign in or create an account")
                onClicked: page.navigator.open("signIn")
            }
        }
    }

    // ---- a player: quick play, next tournament match, friends online, recent results --------
    Label {
        objectName: "homeGreeting"
        visible: page.signedIn
        text: page.signedIn ? qsTr("Welcome back, %1").arg(page.session.user.displayName || page.session.user.username) : ""
        font.pixelSize: Math.round(24 * Appearance.textScale)
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }

    SectionHeading {
        visible: page.signedIn
        text: qsTr("Quick play")
    }
    GridLayout {
        visible: page.signedIn
        columns: page.narrow ? 1 : 2
        columnSpacing: 12
        rowSpacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "quickMatchButton"
            text: page.lobby && page.lobby.queued ? qsTr("Looking for an opponent…") : qsTr("Find an opponent")
            enabled: page.online && !(page.lobby && page.lobby.queued)
            highlighted: true
            Material.elevation: 0
            Layout.fillWidth: true
            onClicked: page.findOpponent()
        }
        Button {
            objectName: "quickAiButton"
            text: qsTr("Against the computer")
            highlighted: true
            flat: true
            Layout.fillWidth: true
            onClicked: page.playHere("ai")
        }
    }
    Label {
        visible: page.signedIn
        text: qsTr("With your last match settings: %1").arg(PlaySettings.summary(PlaySettings.withMode(PlaySettings.current, "one_vs_one")))
        wrapMode: Text.Wrap
        opacity: 0.75
        font.pixelSize: Math.round(12 * Appearance.textScale)
        Layout.fillWidth: true
    }

    SectionHeading {
        visible: page.signedIn
        text: qsTr("Your next tournament match")
    }
    Frame {
        objectName: "nextTournamentMatch"
        visible: page.signedIn
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            Label {
                objectName: "nextTournamentText"
                text: feed.nextTournamentMatch.state !== undefined
                      ? page.tournamentText(feed.nextTournamentMatch)
                      : feed.loading ? qsTr("Loading…")
                                     : qsTr("You are not in a tournament now.")
                font.bold: feed.nextTournamentMatch.state === "ready"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "openTournamentButton"
                visible: feed.nextTournamentMatch.state !== undefined
                text: qsTr("Open the tournament")
                highlighted: feed.nextTournamentMatch.state === "ready"
                onClicked: page.navigator.push("../play/TournamentPage.qml",
                                               { tournamentId: feed.nextTournamentMatch.tournamentId })
            }
            Button {
                visible: feed.nextTournamentMatch.state === undefined && !feed.loading
                text: qsTr("See the tournaments")
                flat: true
                enabled: page.online
                onClicked: page.navigator.push("../play/TournamentsPage.qml", {})
            }
        }
    }

    SectionHeading {
        visible: page.signedIn
        text: qsTr("Friends online")
    }
    Loader {
        // Friends and their presence only for an account (the controller needs one).
        active: page.signedIn
        visible: active
        Layout.fillWidth: true
        sourceComponent: ColumnLayout {
            spacing: 8
            FriendsController {
                id: friends
                objectName: "homeFriends"
                session: page.session
                realtimeClient: page.realtimeClient
            }
            Label {
                objectName: "friendsOnlineStatus"
                text: !friends.loaded ? qsTr("Loading…")
                      : friends.onlineCount === 0 ? qsTr("None of your friends is online.")
                      : qsTr("%n friend(s) online.", "", friends.onlineCount)
                opacity: 0.8
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                objectName: "onlineFriends"
                model: friends.friends
                delegate: PersonRow {
                    required property var item
                    visible: item.presence !== "offline"
                    objectName: "onlineFriend_" + item.username
                    serverUrl: page.session ? page.session.serverUrl : ""
                    userId: item.id
                    username: item.username
                    displayName: item.displayName
                    presence: item.presence
                    onOpened: page.navigator.push("../social/PlayerPage.qml", { userId: item.id })
                    Button {
                        objectName: "inviteFriendButton"
                        text: qsTr("Invite to a match")
                        flat: true
                        enabled: page.online && item.presence === "online"
                        Accessible.name: qsTr("Invite %1 to a match").arg(item.displayName)
                        onClicked: page.lobby.invite(item.id, PlaySettings.withMode(PlaySettings.current, "one_vs_one"))
                    }
                }
            }
        }
    }

    Loader {
        active: page.signedIn
        visible: active
        Layout.fillWidth: true
        sourceComponent: MatchHistoryList {
            objectName: "recentResults"
            heading: qsTr("Your recent results")
            pageSize: 5
            session: page.session
            userId: page.session ? page.session.userId : 0
            navigator: page.navigator
        }
    }

    // ---- everyone: live matches and the top of the leaderboard ------------------------------
    SectionHeading { text: qsTr("Live matches") }
    Label {
        objectName: "homeLiveStatus"
        text: feed.liveNeedsSignIn ? qsTr("Sign in to watch the matches being played now.")
              : feed.liveMatches.length === 0 ? qsTr("Nobody is playing right now.")
              : qsTr("%n matches running", "", feed.liveMatches.length)
        opacity: 0.8
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        objectName: "homeLiveList"
        model: feed.liveMatches.slice(0, 3)
        LiveMatchRow {
            required property var modelData
            liveMatch: modelData
            // Watching takes an account: a visitor sees the list without the button.
            lobby: page.signedIn ? page.lobby : null
        }
    }
    Button {
        objectName: "allLiveButton"
        visible: page.signedIn
        text: qsTr("All live matches")
        flat: true
        onClicked: page.navigator.open("live")
    }

    SectionHeading { text: qsTr("Top players") }
    Label {
        objectName: "homeLeadersStatus"
        visible: text !== ""
        text: feed.leadersNeedSignIn ? qsTr("Sign in to see the leaderboard.")
              : feed.leaders.length === 0 && !feed.loading ? qsTr("Nobody is ranked yet: play a rated match to be first.")
              : ""
        opacity: 0.8
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // The leaders close together, as a table.
    ColumnLayout {
        spacing: 0
        Layout.fillWidth: true
        Repeater {
            objectName: "homeLeaders"
            model: feed.leaders
            ItemDelegate {
                required property var modelData
                objectName: "leader_" + modelData.username
                Layout.fillWidth: true
                padding: 6
                Accessible.name: qsTr("Rank %1: %2, rating %3").arg(modelData.rank).arg(modelData.displayName).arg(modelData.rating)
                // Profiles are for accounts: a visitor is offered to sign in.
                onClicked: page.signedIn ? page.navigator.push("../social/PlayerPage.qml", { userId: modelData.userId })
                                         : page.navigator.open("signIn")
                contentItem: RowLayout {
                    spacing: 12
                    Label {
                        text: "#" + modelData.rank
                        font.bold: true
                        Layout.preferredWidth: 36
                    }
                    Label {
                        text: modelData.displayName
                        font.bold: page.session && modelData.userId === page.session.userId
                        elide: Label.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: String(modelData.rating)
                        font.bold: true
                    }
                }
            }
        }
    }
    Button {
        objectName: "fullLeaderboardButton"
        visible: page.signedIn
        text: qsTr("The whole leaderboard")
        flat: true
        onClicked: page.navigator.open("players")
    }
}
