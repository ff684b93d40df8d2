import QtQuick
import QtTest
import Transcendence
import PlayTestSupport
import "../support"

// The home page of the real main window against the platform: what a visitor sees and plays
// (against the computer on this device, with the power-up legend and the sounds of the match),
// what a player sees (quick play, friends online, the next tournament match, recent results),
// the live matches in the menu reading themselves again, and the e-mail screens (the banner of
// an unconfirmed address with "send again", changing the address), following the mailed links.
AppTestCase {
    id: testCase

    name: "Home"

    // A second player: the same backend objects as the window's, without a window.
    Component {
        id: secondClientComponent
        QtObject {
            property string name
            property alias session: session
            property alias realtimeClient: realtimeClient
            property alias lobby: lobby
            property alias tournaments: tournaments
            readonly property RealtimeClient realtime: RealtimeClient {
                id: realtimeClient
            }
            readonly property AccountSession account: AccountSession {
                id: session
                realtimeClient: realtimeClient
            }
            readonly property PlayLobby playLobby: PlayLobby {
                id: lobby
                realtimeClient: realtimeClient
            }
            readonly property TournamentDirectory directory: TournamentDirectory {
                id: tournaments
                session: session
            }
        }
    }

    ApiProbe {
        id: api
    }

    property var savedSettings: null

    function init() {
        savedSettings = PlaySettings.current
    }

    function cleanup() {
        PlaySettings.current = savedSettings
        PlaySettings.sounds = true
        Language.language = "en"
    }

    function apiCall(session, method, path, body) {
        api.send(session, method, path, body)
        tryVerify(() => api.lastStatus !== 0, networkTimeoutMs, method + " " + path)
        return api.lastStatus
    }

    // Every text shown under an item, depth first.
    function textsUnder(item) {
        let texts = typeof item.text === "string" ? [item.text] : []
        for (let i = 0; i < item.children.length; ++i)
            texts = texts.concat(textsUnder(item.children[i]))
        return texts
    }

    function currentPage(window) {
        return window.pageStack.currentItem
    }

    function waitForPage(window, title) {
        tryCompare(child(window, "pageTitle"), "text", title, networkTimeoutMs)
        settle(window)
        return currentPage(window)
    }

    // A new account for the window, its WebSocket welcomed as it.
    function signUpWindow(window, prefix) {
        const name = signUp(window.session, prefix)
        tryVerify(() => window.realtimeClient.userId === window.session.userId, networkTimeoutMs)
        tryVerify(() => window.playLobby.available, networkTimeoutMs)
        return name
    }

    function secondClient(window, prefix) {
        const client = createTemporaryObject(secondClientComponent, testCase)
        // A remembered sign-in of its own: not the window's, nor another client's.
        client.session.profile = prefix
        client.realtimeClient.serverUrl = window.serverStatus.serverUrl
        client.session.serverUrl = window.serverStatus.serverUrl
        client.name = signUp(client.session, prefix)
        tryVerify(() => client.realtimeClient.userId === client.session.userId, networkTimeoutMs)
        tryVerify(() => client.lobby.available, networkTimeoutMs)
        return client
    }

    function signedOutWindow() {
        requirePlatform()
        const window = createWindow()
        if (window.session.signedIn) {
            window.session.signOut()
            tryCompare(window.session, "state", AccountSession.SignedOut, networkTimeoutMs)
        }
        tryCompare(window, "currentKey", "home", networkTimeoutMs)
        settle(window)
        return window
    }

    // A visitor: what the platform is, play at once, the live matches and the leaders when the
    // server shows them to visitors (else a word to sign in). "Against the computer" plays on
    // this device; the match explains its power-ups and makes its sounds, which can be muted.
    function test_visitorPlaysFromTheHomePage() {
        const window = signedOutWindow()
        const home = currentPage(window)
        compare(child(window, "pageTitle").text, "Home")
        verify(window.visibleDestinations.map(d => d.key).indexOf("live") < 0)
        verify(child(home, "welcomeSection").visible)
        verify(child(home, "platformSummary").text.indexOf("Pong") >= 0)
        verify(!child(home, "homeGreeting").visible)
        verify(!child(home, "quickMatchButton").visible)
        const feed = home.feed
        tryVerify(() => !feed.loading, networkTimeoutMs)
        compare(feed.errorMessage, "")
        // The server shows visitors its summary (GET /api/play/summary): no "sign in" words.
        verify(!feed.liveNeedsSignIn && !feed.leadersNeedSignIn)
        compare(child(home, "homeLiveList").count, Math.min(3, feed.liveMatches.length))
        // Someone to rank, whatever ran before: the leaders are listed by name (the server keeps
        // a summary for 10 s, so it is read again until it has them).
        secondClient(window, "qhlead")
        let askedAt = Date.now()
        tryVerify(() => {
            if (feed.leaders.length > 0)
                return true
            if (!feed.loading && Date.now() - askedAt > 2000) {
                askedAt = Date.now()
                feed.reload()
            }
            return false
        }, 30000, "no leaders in the visitors' summary")
        compare(child(home, "homeLeaders").count, feed.leaders.length)
        const first = feed.leaders[0]
        const firstRow = child(home, "leader_" + first.username)
        verify(firstRow !== null, "no row for " + first.username)
        verify(textsUnder(firstRow).indexOf(first.displayName) >= 0, textsUnder(firstRow).join(" | "))
        saveDesktopAndPhone(window, "home-visitor")
        // In French and in Russian too.
        Language.language = "fr"
        tryCompare(child(window, "pageTitle"), "text", "Accueil")
        compare(child(home, "homePlayAiButton").text, "Contre l’ordinateur")
        resize(window, 360, 740)
        saveScreenshot(window, "home-visitor-fr-phone.png")
        Language.language = "ru"
        tryCompare(child(window, "pageTitle"), "text", "Главная")
        compare(child(home, "homePlayLocalButton").text, "Два игрока, одна клавиатура")
        saveScreenshot(window, "home-visitor-ru-phone.png")
        Language.language = "en"
        resize(window, 1024, 700)

        // Every power-up, so the legend has all four; a quick ball, so the sounds come soon.
        const config = PlaySettings.classic()
        config.powerUps = PlaySettings.powerUpKinds
        config.ballSpeed = 140
        config.ballMaxSpeed = 200
        config.serveDelay = 0.5
        verify(PlaySettings.setCurrent(config))
        click(window, "homePlayAiButton")
        tryVerify(() => currentPage(window).match !== undefined && currentPage(window).match !== null,
                  networkTimeoutMs, "no match page")
        settle(window)
        const matchPage = currentPage(window)
        const match = matchPage.match
        verify(match.offline)
        compare(match.kind, "ai")
        tryCompare(match, "phase", "running")

        const legend = child(matchPage, "powerUpLegend")
        verify(legend.visible)
        compare(child(matchPage, "powerUpLegendItems").count, 4)
        compare(child(matchPage, "powerUpLegendHelp").text,
                "Power-ups: a ball that passes over a square takes it for the player who hit that ball last. "
                + "Effects last 8 seconds.")
        verify(child(matchPage, "powerUpLegend_bigger_paddle").children[1].text.indexOf("Bigger paddle") >= 0)
        saveDesktopAndPhone(window, "home-ai-match-power-ups")

        // The sounds: the ball meets paddles, walls, and a point is scored.
        const sounds = child(matchPage, "matchSounds")
        verify(sounds.enabled)
        tryVerify(() => sounds.cueCount >= 3, 30000, "no sounds: " + sounds.cueCount)
        verify(["paddle", "wall", "point"].indexOf(sounds.lastCue) >= 0, sounds.lastCue)
        // Muted from the match page: remembered, and silent from now on.
        const soundSwitch = child(matchPage, "soundSwitch")
        verify(soundSwitch.checked)
        scrollIntoView(soundSwitch)
        mouseClick(soundSwitch)
        compare(PlaySettings.sounds, false)
        verify(!sounds.enabled)
        const heard = sounds.cueCount
        const stepsBefore = match.tick
        tryVerify(() => match.tick > stepsBefore + 240 || match.over, 10000)
        compare(sounds.cueCount, heard)
        mouseClick(soundSwitch)
        compare(PlaySettings.sounds, true)
    }

    // A player: greeting, quick play, friends online to invite, the next tournament match and
    // recent results; the live matches and the leaders below.
    function test_playerHome() {
        const window = signedOutWindow()
        const name = signUpWindow(window, "qhome")
        tryCompare(window, "currentKey", "home")
        const friend = secondClient(window, "qhfriend")
        // Friends: a request, and the same request back, which accepts it.
        compare(apiCall(window.session, "POST", "/api/friends/requests", { userId: friend.session.userId }), 201)
        compare(apiCall(friend.session, "POST", "/api/friends/requests", { userId: window.session.userId }), 200)
        // A result: a match against the computer on the server, to one point.
        const quick = PlaySettings.classic()
        quick.scoreLimit = 1
        quick.ballSpeed = 140
        quick.ballMaxSpeed = 200
        quick.serveDelay = 0.5
        verify(window.playLobby.play("ai", quick, "hard"))
        tryVerify(() => currentPage(window).match !== undefined && currentPage(window).match !== null,
                  networkTimeoutMs, "no match: " + window.playLobby.lastError)
        const played = currentPage(window).match
        tryVerify(() => played.over, 60000, "the match against the computer did not end")
        // The friend's open tournament, which the player enters.
        friend.tournaments.create("online", "Sunday cup", quick, [], 3, 8)
        tryVerify(() => friend.tournaments.current.id !== undefined, networkTimeoutMs, friend.tournaments.errorMessage)
        const tournamentId = friend.tournaments.current.id
        compare(apiCall(window.session, "POST", "/api/tournaments/" + tournamentId + "/join", {}), 200)

        window.open("home")
        const home = waitForPage(window, "Home")
        compare(child(home, "homeGreeting").text, "Welcome back, " + name)
        verify(!child(home, "welcomeSection").visible)
        // Friends online: the friend, with an invitation at hand.
        const friendRow = "onlineFriend_" + friend.name
        tryVerify(() => findChild(home, friendRow) !== null && findChild(home, friendRow).visible,
                  networkTimeoutMs, "the friend is not shown online")
        compare(child(home, "friendsOnlineStatus").text, "1 friend online.")
        // The next tournament match.
        tryCompare(child(home, "nextTournamentText"), "text",
                   "You are entered in Sunday cup. It starts when its organiser starts it.", networkTimeoutMs)
        // Recent results: the match just lost.
        const results = child(home, "recentResults")
        tryVerify(() => results.history.matches.count === 1, networkTimeoutMs)
        verify(findChild(home, "match_" + played.matchId) !== null)
        // The live matches are in the menu for a player.
        verify(window.visibleDestinations.map(d => d.key).indexOf("live") >= 0)
        tryVerify(() => !home.feed.loading, networkTimeoutMs)
        verify(!home.feed.leadersNeedSignIn && !home.feed.liveNeedsSignIn)
        // The toast of the achievements the match earned goes first.
        const toast = findChild(window.contentItem, "messageToast")
        tryVerify(() => !toast.visible, 15000)
        saveDesktopAndPhone(window, "home-player")
        // The lower half: recent results, live matches, top players.
        scrollIntoView(child(home, "fullLeaderboardButton"))
        saveScreenshot(window, "home-player-lower-desktop.png")

        // The invitation goes to the friend with the last settings.
        click(window, "inviteFriendButton")
        tryVerify(() => friend.lobby.invitations.length === 1, networkTimeoutMs, window.playLobby.lastError)
        compare(friend.lobby.invitations[0].name, name)
        verify(friend.lobby.answerInvitation(friend.lobby.invitations[0].inviteId, false))

        // The tournament opens from the home page.
        click(window, "openTournamentButton")
        tryVerify(() => !window.pageStack.busy && currentPage(window).tournamentId === tournamentId, networkTimeoutMs)
        window.back()
        waitForPage(window, "Home")

        // Quick play: the queue, shown on the Play page.
        click(window, "quickMatchButton")
        const play = waitForPage(window, "Play")
        tryVerify(() => window.playLobby.queued, networkTimeoutMs, window.playLobby.lastError)
        verify(child(play, "queuePanel").visible)
        verify(window.playLobby.leaveQueue())
        tryVerify(() => !window.playLobby.queued, networkTimeoutMs)

        // The tournament starts with two more players: the home page tells the player's part in
        // the bracket (the first to join is seeded first: a bye, then the final against the
        // winner of the others' match).
        const third = secondClient(window, "qhthird")
        friend.tournaments.join(tournamentId, "")
        tryVerify(() => friend.tournaments.current.playerCount === 2, networkTimeoutMs, friend.tournaments.errorMessage)
        third.tournaments.join(tournamentId, "")
        tryVerify(() => third.tournaments.current.playerCount === 3, networkTimeoutMs, third.tournaments.errorMessage)
        friend.tournaments.start(tournamentId)
        tryVerify(() => friend.tournaments.current.status === "running", networkTimeoutMs, friend.tournaments.errorMessage)
        window.open("home")
        const again = waitForPage(window, "Home")
        tryVerify(() => again.feed.nextTournamentMatch.state === "waiting"
                        || again.feed.nextTournamentMatch.state === "ready", networkTimeoutMs,
                  JSON.stringify(again.feed.nextTournamentMatch))
        const next = again.feed.nextTournamentMatch
        compare(next.tournamentId, tournamentId)
        if (next.state === "waiting")
            compare(child(again, "nextTournamentText").text, "Sunday cup, round 2: your opponent is not known yet.")
        else
            verify(child(again, "nextTournamentText").text.startsWith("Sunday cup, round 1: your match against "),
                   child(again, "nextTournamentText").text)
    }

    // "Live matches" in the menu: a match that starts appears without pressing anything, and
    // "Watch" enters it.
    function test_liveMatchesUpdateThemselves() {
        const window = signedOutWindow()
        signUpWindow(window, "qlive")
        const player = secondClient(window, "qliver")
        window.open("live")
        const live = waitForPage(window, "Live matches")
        live.refreshSeconds = 1
        verify(live.refreshTimer.running)

        const config = PlaySettings.classic()
        config.scoreLimit = 3
        verify(player.lobby.play("ai", config, "hard"))
        tryVerify(() => player.lobby.currentMatch !== null, networkTimeoutMs, player.lobby.lastError)
        const played = player.lobby.currentMatch
        const watchButton = "watch_" + played.roomId
        tryVerify(() => findChild(live, watchButton) !== null, networkTimeoutMs, "the match did not appear")
        saveDesktopAndPhone(window, "home-live-matches")
        click(window, watchButton)
        tryVerify(() => currentPage(window).match !== undefined && currentPage(window).match !== null,
                  networkTimeoutMs)
        const watched = currentPage(window).match
        verify(watched.spectating)
        compare(watched.roomId, played.roomId)
        // Under the match page, the list stops reading.
        verify(!live.refreshTimer.running)
        player.lobby.currentMatch.leave()
    }

    // A new account's address is not confirmed: a banner over every page, "send again", and the
    // mailed link (followed as the browser would) confirms it. Then the address is changed.
    function test_emailBannerAndChange() {
        const window = signedOutWindow()
        const name = signUpWindow(window, "qmail")
        const address = name + "@example.test"
        const banner = child(window, "verifyBanner")
        tryVerify(() => banner.visible, networkTimeoutMs)
        compare(child(window, "verifyBannerText").text,
                "Please confirm your e-mail address " + address + ": follow the link we sent you.")
        // The link of the sign-up comes first; "send again" replaces it with a new one.
        let firstToken = ""
        tryVerify(() => (firstToken = qmlTest.mailedToken(address, "verify-email")) !== "", networkTimeoutMs,
                  "no confirmation link mailed to " + address)
        click(window, "verifyResendButton")
        tryCompare(child(window, "verifyResendResult"), "text", "Sent. Check your mailbox.", networkTimeoutMs)
        verify(!child(window, "verifyResendButton").enabled)
        saveDesktopAndPhone(window, "home-email-banner")

        let token = ""
        tryVerify(() => (token = qmlTest.mailedToken(address, "verify-email")) !== firstToken, networkTimeoutMs,
                  "no second link mailed to " + address)
        compare(apiCall(window.session, "POST", "/api/account/email/verify", { token: token }), 200)
        banner.settings.refresh() // the app came back to the front
        tryVerify(() => !banner.visible, networkTimeoutMs)

        window.open("settings")
        const settings = waitForPage(window, "Settings")
        compare(child(settings, "currentEmail").text, address)
        compare(child(settings, "emailState").text, "Confirmed")
        // A wrong password is refused; the right one sends a link to the new address.
        const newAddress = name + "@new.example.test"
        child(settings, "newEmailField").text = newAddress
        child(settings, "emailPasswordField").text = "not the password"
        click(window, "changeEmailButton")
        tryCompare(child(settings, "emailError"), "text", "The current password is wrong.", networkTimeoutMs)
        child(settings, "emailPasswordField").text = password
        click(window, "changeEmailButton")
        tryCompare(child(settings, "emailDone"), "text",
                   "Almost done: follow the link we sent to the new address. Until then, the old one stays.",
                   networkTimeoutMs)
        compare(child(settings, "newEmailField").text, "")
        compare(child(settings, "currentEmail").text, address)
        scrollIntoView(child(settings, "emailSection"))
        saveDesktopAndPhone(window, "home-email-change")

        tryVerify(() => (token = qmlTest.mailedToken(newAddress, "verify-email")) !== "", networkTimeoutMs,
                  "no link mailed to " + newAddress)
        compare(apiCall(window.session, "POST", "/api/account/email/verify", { token: token }), 200)
        child(settings, "emailSection").settings.refresh()
        tryCompare(child(settings, "currentEmail"), "text", newAddress, networkTimeoutMs)
        compare(child(settings, "emailState").text, "Confirmed")
        verify(!banner.visible)
    }
}
