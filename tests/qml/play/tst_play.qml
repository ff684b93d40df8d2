import QtQuick
import QtTest
import Transcendence
import PlayTestSupport
import "../support"

// Play in the app's real main window: offline matches on this device (no server at all), the
// keys and on-screen buttons, leaving with a question, and a remote match through the real
// server against a second client, stored with its result. The window's client takes binary
// snapshots (the app's default), the second client JSON: every match here mixes the two.
AppTestCase {
    id: testCase

    name: "Play"

    // A second player: the same backend objects as the window's, without a window, taking JSON
    // snapshots as tools and older clients do.
    Component {
        id: secondClientComponent
        QtObject {
            property string name
            property alias session: session
            property alias realtimeClient: realtimeClient
            property alias lobby: lobby
            readonly property RealtimeClient realtime: RealtimeClient {
                id: realtimeClient
                snapshotEncoding: "json"
            }
            readonly property AccountSession account: AccountSession {
                id: session
                realtimeClient: realtimeClient
            }
            readonly property PlayLobby playLobby: PlayLobby {
                id: lobby
                realtimeClient: realtimeClient
            }
            readonly property TournamentDirectory tournaments: TournamentDirectory {
                session: session
            }
        }
    }

    // An item of a dialog: dialogs live in the window's overlay, not in the page.
    function dialogChild(dialog, objectName) {
        const item = findChild(dialog.parent, objectName)
        verify(item, "no item named " + objectName + " in the window's overlay")
        return item
    }

    // Whether the seven-segment digit drawn for a seat's score on the field (ArenaView: 8 x 14
    // arena units, 12 from the net, 6 from the top) shows `digit` (0 or 1), from the pixels of a
    // window image where the arena item covers `box`: 0 lights the top-left bar, 1 does not;
    // both light the top-right one.
    function scoreDigitIs(image, box, match, seat, digit) {
        const scale = Math.min(box.width / match.arenaWidth, box.height / match.arenaHeight)
        const offsetX = box.x + (box.width - match.arenaWidth * scale) / 2
        const offsetY = box.y + (box.height - match.arenaHeight * scale) / 2
        const left = seat === 0 ? match.arenaWidth / 2 - 12 - 8 : match.arenaWidth / 2 + 12
        const lit = (x, y) => {
            const c = image.pixel(Math.round(offsetX + x * scale), Math.round(offsetY + y * scale))
            return c.r + c.g + c.b > 1.2
        }
        const topLeft = lit(left + 1, 6 + 3.5)
        const topRight = lit(left + 7, 6 + 3.5)
        const middle = lit(left + 4, 6 + 7)
        return topRight && !middle && (digit === 0 ? topLeft : !topLeft)
    }

    function currentPage(window) {
        return window.pageStack.currentItem
    }

    function openPlay(window) {
        window.open("play")
        tryCompare(child(window, "pageTitle"), "text", "Play")
        tryVerify(() => !window.pageStack.busy)
        return currentPage(window)
    }

    function setSetting(window, field, value) {
        const input = child(currentPage(window), "setting_" + field)
        input.text = String(value)
    }

    // Quick matches: one or two points, a fast ball, short paddles.
    function chooseQuickSettings(window, points) {
        child(currentPage(window), "classicSettingsButton").clicked()
        setSetting(window, "scoreLimit", points)
        setSetting(window, "ballSpeed", 140)
        setSetting(window, "ballMaxSpeed", 200)
        setSetting(window, "paddleLength", 6)
        setSetting(window, "serveDelay", 0.5)
        const form = child(currentPage(window), "settingsForm")
        tryVerify(() => form.valid, 2000, JSON.stringify(form.problems))
        compare(form.config.scoreLimit, points)
    }

    function waitForMatchPage(window, timeout) {
        tryVerify(() => currentPage(window) && currentPage(window).match !== undefined
                        && currentPage(window).match !== null, timeout || 5000, "no match page")
        tryVerify(() => !window.pageStack.busy)
        return currentPage(window)
    }

    // Clicks a control once it is shown and laid out (a page may still be arranging itself).
    function clickWhenShown(item) {
        tryVerify(() => item.visible && item.enabled && item.width > 0, 5000,
                  item.objectName + " is not shown")
        waitForItemPolished(item.parent)
        mouseClick(item)
    }

    // The arena keeps drawing while the match runs (the frame count grows by itself).
    function verifyDrawing(window) {
        const arena = child(currentPage(window), "arenaView")
        const before = arena.framesDrawn
        tryVerify(() => arena.framesDrawn > before + 5, 5000, "the arena is not redrawn")
        verify(arena.width > 100 && Math.abs(arena.width / arena.height - 4 / 3) < 0.02,
               "arena " + arena.width + "x" + arena.height)
    }

    // A new account, and the WebSocket welcomed as it (a session may first restore the account
    // an earlier test stored: the tests share one token file).
    function signUp(session, realtimeClient, prefix) {
        const name = qmlTest.uniqueName(prefix)
        session.signUp(name, name + "@example.test", password, "")
        tryVerify(() => session.signedIn && session.user.username === name, networkTimeoutMs,
                  "sign-up of " + name + ": " + session.errorMessage)
        tryVerify(() => realtimeClient.userId === session.userId, networkTimeoutMs,
                  "the WebSocket of " + name + " is welcomed as " + realtimeClient.userId)
        return name
    }

    // Another signed-in client, like the second one of signedInPair().
    function signedInClient(window, prefix) {
        const client = createTemporaryObject(secondClientComponent, testCase)
        client.realtimeClient.serverUrl = window.serverStatus.serverUrl
        client.session.serverUrl = window.serverStatus.serverUrl
        tryVerify(() => client.session.state !== AccountSession.Restoring, networkTimeoutMs)
        client.name = signUp(client.session, client.realtimeClient, prefix)
        tryVerify(() => client.lobby.available, networkTimeoutMs)
        return client
    }

    // Every room of a tournament this client is called to is entered at once.
    function enterTournamentMatches(client) {
        client.lobby.tournamentNotice.connect((type, message) => {
            if (type === "tournamentMatchReady")
                client.lobby.join(message.roomId)
        })
    }

    // An item of the window's popups (dialogs live in the overlay, beside the pages).
    function popupChild(window, objectName) {
        const item = findChild(window.contentItem.parent, objectName)
        verify(item, "no item named " + objectName + " in the window's popups")
        return item
    }

    // The window and a second client, both signed in to the platform with new accounts.
    function signedInPair() {
        verify(qmlTest.baseUrl !== "",
               "TRANSCENDENCE_TEST_BASE_URL is unset: run this test through scripts/test")
        const window = createWindow(qmlTest.baseUrl)
        const second = createTemporaryObject(secondClientComponent, testCase)
        second.realtimeClient.serverUrl = window.serverStatus.serverUrl
        second.session.serverUrl = window.serverStatus.serverUrl
        tryVerify(() => second.session.state !== AccountSession.Restoring, networkTimeoutMs)
        const appName = signUp(window.session, window.realtimeClient, "qplay")
        const otherName = signUp(second.session, second.realtimeClient, "qrival")
        tryVerify(() => window.playLobby.available, networkTimeoutMs,
                  "the app's lobby: connection " + window.realtimeClient.state + ", user "
                  + window.realtimeClient.userId + ", " + window.realtimeClient.lastError)
        tryVerify(() => second.lobby.available, networkTimeoutMs, "the second client's lobby")
        return { window: window, second: second, appName: appName, otherName: otherName }
    }

    // Both queue with the settings on the Play page; returns the app's match page once matched.
    function queueBoth(pair) {
        const page = currentPage(pair.window)
        tryVerify(() => child(page, "queueButton").enabled)
        mouseClick(child(page, "queueButton"))
        tryVerify(() => pair.window.playLobby.queued, networkTimeoutMs, pair.window.playLobby.lastError)
        verify(pair.second.lobby.enqueue(PlaySettings.current))
        const matchPage = waitForMatchPage(pair.window, networkTimeoutMs)
        tryVerify(() => pair.second.lobby.currentMatch !== null
                        && pair.second.lobby.currentMatch.roomId === matchPage.match.roomId,
                  networkTimeoutMs)
        return matchPage
    }

    function cleanup() {
        PlaySettings.touchControls = false
    }

    // No server anywhere: the computer beats a player who does nothing, and the result says so.
    function test_offlineAiMatchEndsWithNoServer() {
        verify(qmlTest.closedPortUrl !== "", "could not find a free local port")
        const window = createWindow(qmlTest.closedPortUrl)
        verify(!window.session.signedIn)
        let page = openPlay(window)
        verify(child(page, "offlineNote").visible)
        chooseQuickSettings(window, 1)
        // A slow serve: the one point takes seconds, so the arena is seen drawing before the
        // match is over even on a busy machine.
        setSetting(window, "ballSpeed", 30)
        saveScreenshot(window, "play-page-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "play-page-phone.png")
        resize(window, 1024, 700)

        // A fixed seed: the same match every run (the engine is deterministic).
        page.offlineMatch.seed = 7
        mouseClick(child(page, "playAiButton"))
        const matchPage = waitForMatchPage(window)
        const match = matchPage.match
        verify(match.offline)
        compare(match.kind, "ai")
        compare(match.controlledSeats, [0])
        compare(match.phase, "running")
        verifyDrawing(window)
        saveScreenshot(window, "play-offline-match-desktop.png")
        PlaySettings.touchControls = true
        resize(window, 360, 740)
        verify(child(matchPage, "touch_0_up").visible)
        saveScreenshot(window, "play-offline-match-phone.png")
        resize(window, 1024, 700)
        PlaySettings.touchControls = false

        tryVerify(() => match.over, 60000, "the match did not end")
        compare(match.winnerSeat, 1)
        compare(match.endReason, "completed")
        compare(match.standings[1].score, 1)
        compare(match.standings[0].score, 0)
        // The score is on the field, and said by the field's accessible name.
        const arenaFrame = child(matchPage, "arenaFrame")
        compare(arenaFrame.Accessible.name, "Game field. Score: " + match.standings[0].label
                + " 0, AI (normal) 1")
        const arenaView = child(matchPage, "arenaView")
        scrollIntoView(arenaView)
        settle(window)
        const shot = grabImage(window.contentItem)
        shot.save(qmlTest.artifactsDir + "/play-offline-field-score.png")
        const at = arenaView.mapToItem(window.contentItem, 0, 0)
        const box = { x: at.x, y: at.y, width: arenaView.width, height: arenaView.height }
        verify(scoreDigitIs(shot, box, match, 0, 0) && scoreDigitIs(shot, box, match, 1, 1),
               "the digits on the field are not 0 and 1")
        const result = child(matchPage, "matchResult")
        tryVerify(() => result.visible)
        compare(child(matchPage, "resultTitle").text, "AI (normal) won")
        compare(child(matchPage, "endReason").text, "The match was played to the end.")
        verify(!child(matchPage, "leaveButton").visible)
        verify(!child(matchPage, "pauseButton").visible)
        saveScreenshot(window, "play-offline-result-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "play-offline-result-phone.png")

        // Play again: the same kind of match starts over at once.
        mouseClick(child(matchPage, "playAgainButton"))
        tryCompare(match, "phase", "running")
        compare(match.standings[1].score, 0)
        verify(!result.visible)
    }

    // Two players at one keyboard: each seat has its keys; an on-screen button holds a key like
    // a finger on it; pausing stops the clock; leaving asks first and ends the match.
    function test_localMatchKeysPauseAndLeave() {
        const window = createWindow(qmlTest.closedPortUrl)
        const page = openPlay(window)
        mouseClick(child(page, "classicSettingsButton"))
        mouseClick(child(page, "playLocalButton"))
        const matchPage = waitForMatchPage(window)
        const match = matchPage.match
        compare(match.kind, "local")
        compare(match.controlledSeats, [0, 1])
        compare(match.seatLabel(0), "Player 1")

        const arenaFrame = child(matchPage, "arenaFrame")
        tryVerify(() => arenaFrame.activeFocus, 2000, "the game field should have the keyboard")
        keyPress(Qt.Key_W)
        keyPress(Qt.Key_Down)
        compare(match.heldKey(0), "up")
        compare(match.heldKey(1), "down")
        keyRelease(Qt.Key_W)
        keyRelease(Qt.Key_Down)
        compare(match.heldKey(0), "none")

        PlaySettings.touchControls = true
        const up = child(matchPage, "touch_1_up")
        tryVerify(() => up.visible)
        mousePress(up)
        compare(match.heldKey(1), "up")
        mouseRelease(up)
        compare(match.heldKey(1), "none")

        keyClick(Qt.Key_P)
        compare(match.phase, "paused")
        const tick = match.tick
        wait(200)
        compare(match.tick, tick)
        verify(child(matchPage, "matchOverlay").visible)
        compare(child(matchPage, "overlayTitle").text, "Paused")
        mouseClick(child(matchPage, "overlayResumeButton"))
        compare(match.phase, "countdown")
        tryCompare(match, "phase", "running", 5000)

        // Leaving asks; staying keeps playing; leaving ends the match and the page.
        mouseClick(child(matchPage, "leaveButton"))
        const dialog = matchPage.leaveDialog
        tryVerify(() => dialog.opened)
        mouseClick(dialogChild(dialog, "stayButton"))
        tryVerify(() => !dialog.visible)
        verify(!match.over)
        compare(currentPage(window), matchPage)
        window.back()
        tryVerify(() => dialog.opened)
        mouseClick(dialogChild(dialog, "confirmLeaveButton"))
        tryVerify(() => currentPage(window) === page)
        verify(match.over)
        compare(match.winnerSeat, -1)
    }

    // A tournament at this device, with no server: the names checked, the bracket with a bye,
    // each match played at the keyboard and announced, and the winner.
    function test_localTournamentOffline() {
        const window = createWindow(qmlTest.closedPortUrl)
        const playPage = openPlay(window)
        chooseQuickSettings(window, 1)
        mouseClick(child(playPage, "localTournamentButton"))
        tryCompare(child(window, "pageTitle"), "text", "Tournament at this device")
        tryVerify(() => !window.pageStack.busy)
        const page = currentPage(window)
        const field = child(page, "aliasesField")
        field.text = "Ada\nBob\nada"
        mouseClick(child(page, "startTournamentButton"))
        tryCompare(child(page, "aliasesProblem"), "text", "ada appears twice.")
        verify(!page.tournament.started)
        field.text = "Ada\nBob\nCy"
        mouseClick(child(page, "startTournamentButton"))
        tryVerify(() => page.tournament.started)
        compare(child(page, "nextMatchLabel").text, "Next match: Bob vs Cy")
        saveScreenshot(window, "play-tournament-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "play-tournament-phone.png")
        resize(window, 1024, 700)

        for (let played = 0; played < 2; ++played) {
            mouseClick(child(page, "playTournamentMatchButton"))
            const matchPage = waitForMatchPage(window)
            const match = matchPage.match
            compare(match.controlledSeats, [0, 1])
            tryVerify(() => match.over, 60000, "the tournament match did not end")
            const winner = match.seatLabel(match.winnerSeat)
            compare(child(matchPage, "resultTitle").text, winner + " wins!")
            const afterMatch = child(matchPage, "afterMatchButton")
            tryVerify(() => afterMatch.visible)
            compare(afterMatch.text, "Back to the tournament")
            saveScreenshot(window, "play-tournament-match-over-desktop.png")
            mouseClick(afterMatch)
            tryVerify(() => currentPage(window) === page && !window.pageStack.busy, 5000,
                      "still on " + currentPage(window).title)
            if (played === 0)
                compare(child(page, "nextMatchLabel").text, "Next match: Ada vs " + winner)
        }
        tryVerify(() => page.tournament.finished)
        const champion = page.tournament.champion
        verify(["Ada", "Bob", "Cy"].indexOf(champion) >= 0, champion)
        compare(child(page, "championLabel").text, champion + " wins the tournament!")
        saveScreenshot(window, "play-tournament-over-desktop.png")
    }

    // An online tournament on the server: created and joined from the app, joined by two other
    // accounts, started by its owner; the app is called to its final wherever it is, enters it,
    // plays it to the end, and the page names the winner.
    function test_onlineTournament() {
        const pair = signedInPair()
        const window = pair.window
        const third = signedInClient(window, "qthird")
        enterTournamentMatches(pair.second)
        enterTournamentMatches(third)

        const playPage = openPlay(window)
        chooseQuickSettings(window, 1)
        mouseClick(child(playPage, "tournamentsButton"))
        tryCompare(child(window, "pageTitle"), "text", "Tournaments")
        tryVerify(() => !window.pageStack.busy)
        let page = currentPage(window)
        child(page, "tournamentNameField").text = "Friday cup"
        clickWhenShown(child(page, "createTournamentButton"))
        tryVerify(() => child(window, "pageTitle").text === "Friday cup", networkTimeoutMs,
                  "not created: " + child(page, "tournamentsError").text)
        tryVerify(() => !window.pageStack.busy)
        page = currentPage(window)
        const id = page.tournamentId
        verify(id > 0)
        tryVerify(() => page.loaded, networkTimeoutMs)
        compare(child(page, "tournamentStatus").text, "Online tournament · Open for entries")
        child(page, "tournamentAliasField").text = "Captain"
        clickWhenShown(child(page, "joinTournamentButton"))
        tryVerify(() => page.myEntry !== undefined, networkTimeoutMs,
                  JSON.stringify(page.tournament.entries) + " " + child(page, "tournamentError").text)
        compare(page.myEntry.label, "Captain")

        pair.second.tournaments.join(id, "")
        third.tournaments.join(id, "")
        tryVerify(() => pair.second.tournaments.current.id === id
                        && third.tournaments.current.id === id, networkTimeoutMs,
                  pair.second.tournaments.errorMessage + " " + third.tournaments.errorMessage)
        page.navigator.back()
        tryVerify(() => !window.pageStack.busy)
        const list = currentPage(window)
        tryVerify(() => findChild(list, "openTournament_" + id) !== null, networkTimeoutMs)
        saveScreenshot(window, "play-tournaments-desktop.png")
        clickWhenShown(child(list, "openTournament_" + id))
        tryVerify(() => !window.pageStack.busy && currentPage(window).tournamentId === id)
        page = currentPage(window)
        tryVerify(() => page.loaded && page.tournament.playerCount === 3, networkTimeoutMs)
        clickWhenShown(child(page, "startTournamentNowButton"))
        tryCompare(child(page, "tournamentStatus"), "text", "Online tournament · Running", networkTimeoutMs)
        // Seeded by rating, then by who joined first: the app's player has the bye.
        saveScreenshot(window, "play-tournament-online-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "play-tournament-online-phone.png")
        resize(window, 1024, 700)

        // The semi-final is played by the two others; then the app is called to the final.
        const enter = popupChild(window, "enterTournamentMatchButton")
        tryVerify(() => enter.visible, 90000, "the app was not called to its match")
        mouseClick(enter)
        const matchPage = waitForMatchPage(window, networkTimeoutMs)
        const match = matchPage.match
        compare(match.kind, "tournament")
        compare(match.seatLabel(match.controlledSeats[0]), "Captain")
        tryVerify(() => match.over, 90000, "the final did not end")
        const champion = match.seatLabel(match.winnerSeat)

        window.back()
        tryVerify(() => !window.pageStack.busy && currentPage(window) === page)
        tryVerify(() => page.tournament.status === "finished", networkTimeoutMs)
        compare(child(page, "tournamentWinner").text, champion + " wins the tournament!")
        saveScreenshot(window, "play-tournament-online-over-desktop.png")
    }

    // A local tournament run by the server (saved in the history): its owner plays each match at
    // this keyboard, both seats, with the aliases as labels.
    function test_serverLocalTournament() {
        const pair = signedInPair()
        const window = pair.window
        const playPage = openPlay(window)
        chooseQuickSettings(window, 1)
        mouseClick(child(playPage, "tournamentsButton"))
        tryVerify(() => !window.pageStack.busy && child(window, "pageTitle").text === "Tournaments")
        let page = currentPage(window)
        child(page, "tournamentNameField").text = "Sofa cup"
        mouseClick(child(page, "kindLocal"))
        child(page, "serverAliasesField").text = "Ann\nBea\nCid"
        clickWhenShown(child(page, "createTournamentButton"))
        tryVerify(() => child(window, "pageTitle").text === "Sofa cup", networkTimeoutMs,
                  "not created: " + child(page, "tournamentsError").text)
        tryVerify(() => !window.pageStack.busy)
        page = currentPage(window)
        tryVerify(() => page.loaded, networkTimeoutMs)
        compare(child(page, "tournamentStatus").text, "Local tournament · Running")
        clickWhenShown(child(page, "playServerTournamentMatchButton"))
        const matchPage = waitForMatchPage(window, networkTimeoutMs)
        const match = matchPage.match
        verify(!match.offline)
        compare(match.controlledSeats, [0, 1])
        compare(match.seatLabel(0), "Bea")
        compare(match.seatLabel(1), "Cid")
        tryVerify(() => match.over, 60000, "the match did not end")
        const winner = match.seatLabel(match.winnerSeat)
        window.back()
        tryVerify(() => !window.pageStack.busy && currentPage(window) === page)
        tryVerify(() => page.tournament.nextMatch && page.tournament.nextMatch.announcement === "Ann vs " + winner,
                  networkTimeoutMs, JSON.stringify(page.tournament.nextMatch))
    }

    ApiProbe {
        id: api
    }

    function apiCall(session, method, path, body) {
        api.send(session, method, path, body)
        tryVerify(() => api.lastStatus !== 0, networkTimeoutMs, method + " " + path)
        return api.lastStatus
    }

    // A REST local match played by a bot for the account's seat (it follows the ball; the other
    // seat stays at the top and misses): the account wins, and its profile page shows the
    // achievements the win earned, with their date, and the level.
    function test_aWinEarnsAchievementsShownOnTheProfile() {
        const pair = signedInPair()
        const window = pair.window
        // The slowest paddle: a key held for one more round trip than meant (a busy machine) moves
        // it a few units, not past the ball.
        const config = { scoreLimit: 1, ballSpeed: 20, ballSpeedIncrement: 0, ballMaxSpeed: 20,
                         paddleLength: 16, paddleSpeed: 20, serveDelay: 0 }
        compare(apiCall(window.session, "POST", "/api/play/matches", { kind: "local", config: config }), 201)
        const roomId = api.lastBody.roomId
        let seq = 0
        compare(apiCall(window.session, "POST", "/api/play/matches/" + roomId + "/inputs",
                        { seq: seq++, seat: 1, key: "up" }), 202)
        let held = "none"
        let over = null
        const deadline = Date.now() + 90000
        while (!over && Date.now() < deadline) {
            compare(apiCall(window.session, "GET", "/api/play/matches/" + roomId, {}), 200)
            if (api.lastBody.over && api.lastBody.over.matchId) {
                over = api.lastBody.over
                break
            }
            const state = api.lastBody.snapshot ? api.lastBody.snapshot.state : null
            if (state && state.balls.length > 0) {
                const ball = state.balls[0].y
                const paddle = state.players[0].paddle
                // Meet the ball with the paddle's lower half: it leaves downwards, away from seat 1.
                const aim = ball - 4
                const want = aim < paddle - 1.5 ? "up" : aim > paddle + 1.5 ? "down" : "none"
                if (want !== held) {
                    held = want
                    // The point may fall between the GET above and this input: then the match is
                    // over (409 match_over) and the next GET has its record.
                    const status = apiCall(window.session, "POST", "/api/play/matches/" + roomId + "/inputs",
                                           { seq: seq++, seat: 0, key: want })
                    verify(status === 202 || (status === 409 && api.lastBody.error.code === "match_over"),
                           "input answered " + status + " " + JSON.stringify(api.lastBody))
                }
            }
            wait(30)
        }
        verify(over, "the match did not end in time")
        compare(over.winnerSeat, 0)

        window.push("../social/PlayerPage.qml", { userId: window.session.userId })
        tryVerify(() => !window.pageStack.busy)
        const profilePage = currentPage(window)
        const list = child(profilePage, "playerAchievements")
        tryVerify(() => list.visible, networkTimeoutMs)
        const today = new Date().toLocaleDateString(Qt.locale("en"), Locale.LongFormat)
        for (const code of ["first_match", "first_win", "shutout"]) {
            const item = child(profilePage, "achievement_" + code)
            verify(item.earned, code)
            compare(findChild(item, "achievementState").text, "Earned on " + today)
        }
        verify(!child(profilePage, "achievement_beat_hard_ai").earned)
        compare(child(profilePage, "playerLevel").text, "Level 2 · 170 experience points")
        resize(window, 1024, 700)
        scrollIntoView(child(profilePage, "achievement_first_win"))
        saveScreenshot(window, "play-achievements-desktop.png")
        resize(window, 360, 740)
        scrollIntoView(child(profilePage, "achievement_first_win"))
        saveScreenshot(window, "play-achievements-phone.png")
        resize(window, 1024, 700)
    }

    // Invitations between friends: one arrives wherever the app is, as a question to accept or
    // decline; accepting starts a private match for both; one the app sends can be declined.
    function test_invitations() {
        const pair = signedInPair()
        const window = pair.window
        const second = pair.second
        // Friends: a request, and the same request back, which accepts it.
        compare(apiCall(window.session, "POST", "/api/friends/requests", { userId: second.session.userId }), 201)
        compare(apiCall(second.session, "POST", "/api/friends/requests", { userId: window.session.userId }), 200)

        // The app's invitation, declined by the friend.
        const page = openPlay(window)
        chooseQuickSettings(window, 11)
        const friendBox = child(page, "friendBox")
        tryVerify(() => friendBox.count === 1, networkTimeoutMs, "the friend is not listed")
        friendBox.currentIndex = 0
        compare(friendBox.currentText, pair.otherName)
        clickWhenShown(child(page, "inviteButton"))
        tryVerify(() => window.playLobby.sentInvitations.length === 1, networkTimeoutMs, window.playLobby.lastError)
        tryVerify(() => second.lobby.invitations.length === 1, networkTimeoutMs)
        compare(second.lobby.invitations[0].name, pair.appName)
        compare(second.lobby.invitations[0].config.scoreLimit, 11)
        saveScreenshot(window, "play-invitation-sent-desktop.png")
        verify(second.lobby.answerInvitation(second.lobby.invitations[0].inviteId, false))
        tryVerify(() => window.playLobby.sentInvitations.length === 0, networkTimeoutMs)

        // The friend's invitation reaches the app as a question; accepting starts the match.
        window.open("settings") // anywhere in the app
        tryVerify(() => !window.pageStack.busy)
        verify(second.lobby.invite(window.session.userId, PlaySettings.current))
        const prompt = popupChild(window, "invitationText")
        tryVerify(() => prompt.visible, networkTimeoutMs, "no invitation shown")
        compare(prompt.text, pair.otherName + " invites you to a match.")
        saveScreenshot(window, "play-invitation-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "play-invitation-phone.png")
        resize(window, 1024, 700)
        clickWhenShown(popupChild(window, "acceptInvitationButton"))
        const matchPage = waitForMatchPage(window, networkTimeoutMs)
        const match = matchPage.match
        compare(match.kind, "private")
        compare(match.seatLabel(match.controlledSeats[0]), pair.appName)
        tryVerify(() => !prompt.visible)
        tryVerify(() => second.lobby.currentMatch !== null
                        && second.lobby.currentMatch.roomId === match.roomId, networkTimeoutMs)
    }

    // The settings form refuses what the engine refuses, in the player's words.
    function test_settingsFormExplainsProblems() {
        const window = createWindow(qmlTest.closedPortUrl)
        const page = openPlay(window)
        setSetting(window, "paddleLength", 100)
        const problem = child(page, "problem_paddleLength")
        tryCompare(problem, "text", "Enter a number from 4 to 48.")
        verify(!child(page, "playAiButton").enabled)
        compare(child(page, "settingsSummary").text, "Some settings need your attention.")
        child(page, "classicSettingsButton").clicked() // below the fold of the page
        tryCompare(problem, "text", "")
        verify(child(page, "playAiButton").enabled)
        compare(child(page, "settingsSummary").text,
                "1 vs 1 · map Classic · first to 11 · ball speed 75 · paddle 16 · no power-ups")
    }

    // Signed in, the app queues, is matched with a second client through the real server, plays
    // the match to its end, and shows the result the server stored.
    function test_remoteMatchAgainstASecondClient() {
        const pair = signedInPair()
        const window = pair.window
        const second = pair.second
        const appName = pair.appName
        const otherName = pair.otherName

        const page = openPlay(window)
        chooseQuickSettings(window, 2)
        tryVerify(() => child(page, "queueButton").enabled)
        mouseClick(child(page, "queueButton"))
        tryVerify(() => window.playLobby.queued, networkTimeoutMs, window.playLobby.lastError)
        tryVerify(() => child(page, "queuePanel").visible)
        saveScreenshot(window, "play-queue-desktop.png")

        verify(second.lobby.enqueue(PlaySettings.current))
        const matchPage = waitForMatchPage(window, networkTimeoutMs)
        const match = matchPage.match
        verify(!match.offline)
        compare(match.kind, "remote")
        compare(match.seats.length, 2)
        compare(match.controlledSeats.length, 1)
        const mySeat = match.controlledSeats[0]
        compare(match.seatLabel(mySeat), appName)
        compare(match.seatLabel(1 - mySeat), otherName)
        tryVerify(() => second.lobby.currentMatch !== null && second.lobby.currentMatch.roomId === match.roomId,
                  networkTimeoutMs)
        verify(!window.playLobby.queued)

        // A countdown, then play: snapshots arrive and the arena is drawn every frame. The app's
        // come in binary frames, the second client's in JSON.
        tryCompare(match, "phase", "running", networkTimeoutMs)
        verifyDrawing(window)
        compare(window.realtimeClient.snapshotEncoding, "binary")
        verify(window.realtimeClient.binaryFramesReceived() > 10)
        compare(second.realtimeClient.snapshotEncoding, "json")
        compare(second.realtimeClient.binaryFramesReceived(), 0)
        tryVerify(() => second.lobby.currentMatch.snapshotCount > 10, networkTimeoutMs)
        tryVerify(() => child(matchPage, "ownPingLabel").visible, networkTimeoutMs)
        saveScreenshot(window, "play-remote-match-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "play-remote-match-phone.png")
        resize(window, 1024, 700)

        // The player's paddle answers at once: drawn where the engine predicts it, ahead of the
        // newest state the server sent (which the other paddles are drawn behind).
        const arenaFrame = child(matchPage, "arenaFrame")
        arenaFrame.forceActiveFocus()
        const start = match.serverPaddle(mySeat)
        keyPress(Qt.Key_Up)
        compare(match.heldKey(mySeat), "up")
        tryVerify(() => match.drawnPaddle(mySeat) < match.serverPaddle(mySeat) - 0.01
                        && match.serverPaddle(mySeat) < start, 3000,
                  "drawn " + match.drawnPaddle(mySeat) + ", server " + match.serverPaddle(mySeat))
        keyRelease(Qt.Key_Up)

        tryVerify(() => match.over, 120000, "the match did not end")
        compare(match.endReason, "completed")
        const winner = match.winnerSeat
        verify(winner === 0 || winner === 1, "winner " + winner)
        compare(match.standings[winner].score, 2)
        verify(match.standings[1 - winner].score < 2)
        verify(match.matchId > 0, "stored match id " + match.matchId)
        compare(child(matchPage, "resultTitle").text, winner === mySeat ? "You won!" : otherName + " won")

        // The second client saw the same end.
        const other = second.lobby.currentMatch
        tryVerify(() => other.over, networkTimeoutMs)
        compare(other.winnerSeat, winner)
        compare(other.matchId, match.matchId)

        // The result the server stored (GET /api/matches/{id}), shown on the result screen.
        const stored = child(matchPage, "storedMatchLabel")
        tryVerify(() => stored.visible, networkTimeoutMs, "the stored match was not loaded")
        verify(stored.text.indexOf("Rating:") >= 0, stored.text)
        const record = stored.stored
        compare(record.id, match.matchId)
        compare(record.kind, "remote")
        compare(record.winnerSeat, winner)
        compare(record.endReason, "completed")
        for (const player of record.players)
            compare(player.score, match.standings[player.seat].score)
        saveScreenshot(window, "play-remote-result-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "play-remote-result-phone.png")
        resize(window, 1024, 700)

        // The replays page lists the match; the server plays it back to the window, faster.
        window.back()
        tryVerify(() => currentPage(window) === page && !window.pageStack.busy)
        mouseClick(child(page, "replaysButton"))
        tryCompare(child(window, "pageTitle"), "text", "Replays")
        tryVerify(() => !window.pageStack.busy)
        const replays = currentPage(window)
        const replayButton = "replay_" + match.matchId
        tryVerify(() => findChild(replays, replayButton) !== null, networkTimeoutMs, "no replay button")
        child(replays, "replaySpeedBox").currentIndex = 3 // ×4
        saveScreenshot(window, "play-replays-desktop.png")
        mouseClick(child(replays, replayButton))
        const replayPage = waitForMatchPage(window, networkTimeoutMs)
        const replay = replayPage.match
        verify(replay !== match)
        verify(replay.replay && replay.spectating)
        compare(replay.controlledSeats, [])
        compare(child(window, "pageTitle").text, "Replay")
        tryVerify(() => replay.over, 60000, "the replay did not end")
        compare(replay.winnerSeat, winner)
        compare(replay.standings[winner].score, 2)
    }

    // A player whose connection drops is waited for, with the seconds left before the forfeit;
    // back, they take their seat again and play resumes after a countdown. Leaving a match
    // between people asks first and hands the win to the other.
    function test_reconnectCountdownAndLeaving() {
        const pair = signedInPair()
        const window = pair.window
        openPlay(window)
        chooseQuickSettings(window, 11) // long enough for a disconnection and a return
        const matchPage = queueBoth(pair)
        const match = matchPage.match
        tryCompare(match, "phase", "running", networkTimeoutMs)

        pair.second.realtimeClient.serverUrl = ""
        tryCompare(match, "phase", "paused", networkTimeoutMs)
        compare(match.pauseReason, "disconnected")
        tryVerify(() => match.missing.length === 1)
        compare(match.missing[0].label, pair.otherName)
        verify(match.missing[0].secondsLeft > 20 && match.missing[0].secondsLeft <= 30,
               "seconds left " + match.missing[0].secondsLeft)
        const overlay = child(matchPage, "matchOverlay")
        verify(overlay.visible)
        compare(child(matchPage, "overlayTitle").text, "Paused: a player is missing")
        tryVerify(() => match.standings[1 - match.controlledSeats[0]].missing)
        saveScreenshot(window, "play-reconnect-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "play-reconnect-phone.png")
        resize(window, 1024, 700)

        // Back: the second client is told activeMatch and takes its seat again by itself.
        const otherMatch = pair.second.lobby.currentMatch
        verify(otherMatch.detached)
        pair.second.realtimeClient.serverUrl = window.serverStatus.serverUrl
        tryVerify(() => !otherMatch.detached, networkTimeoutMs, "the second client did not rejoin")
        tryCompare(match, "phase", "countdown", networkTimeoutMs)
        tryCompare(match, "phase", "running", networkTimeoutMs)
        compare(match.missing.length, 0)

        // Leaving asks, then the other player wins.
        mouseClick(child(matchPage, "leaveButton"))
        tryVerify(() => matchPage.leaveDialog.opened)
        mouseClick(dialogChild(matchPage.leaveDialog, "confirmLeaveButton"))
        tryVerify(() => match.over, networkTimeoutMs)
        compare(match.endReason, "left")
        compare(match.winnerSeat, 1 - match.controlledSeats[0])
        tryVerify(() => otherMatch.over, networkTimeoutMs)
        compare(otherMatch.winnerSeat, match.winnerSeat)
    }

    // Someone else's match, watched from the live list: read-only, drawn as it runs, to its end.
    function test_watchALiveMatch() {
        const pair = signedInPair()
        const window = pair.window
        // The second client plays the computer on the server, to 3 points.
        const config = PlaySettings.classic()
        config.scoreLimit = 3
        verify(pair.second.lobby.play("ai", config, "hard"))
        tryVerify(() => pair.second.lobby.currentMatch !== null, networkTimeoutMs,
                  "no match for the second client: " + pair.second.lobby.lastError)
        const played = pair.second.lobby.currentMatch
        compare(played.kind, "ai")

        openPlay(window)
        mouseClick(child(currentPage(window), "liveMatchesButton"))
        tryCompare(child(window, "pageTitle"), "text", "Live matches")
        tryVerify(() => !window.pageStack.busy)
        const live = currentPage(window)
        const watchButton = "watch_" + played.roomId
        tryVerify(() => findChild(live, watchButton) !== null, networkTimeoutMs, "the match is not listed")
        saveScreenshot(window, "play-live-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "play-live-phone.png")
        resize(window, 1024, 700)
        mouseClick(child(live, watchButton))

        const matchPage = waitForMatchPage(window, networkTimeoutMs)
        const watched = matchPage.match
        compare(watched.roomId, played.roomId)
        verify(watched.spectating)
        verify(!watched.replay)
        compare(watched.controlledSeats, [])
        compare(child(window, "pageTitle").text, "Watching a match")
        compare(child(matchPage, "leaveButton").text, "Stop watching")
        verify(!child(matchPage, "touchControls").visible)
        tryCompare(watched, "phase", "running", networkTimeoutMs)
        verifyDrawing(window)
        saveScreenshot(window, "play-watching-desktop.png")
        keyPress(Qt.Key_W)
        compare(watched.heldKey(0), "none")
        keyRelease(Qt.Key_W)

        tryVerify(() => watched.over, 90000, "the watched match did not end")
        tryVerify(() => played.over, networkTimeoutMs)
        compare(watched.winnerSeat, played.winnerSeat)
        compare(watched.matchId, played.matchId)
    }
}
