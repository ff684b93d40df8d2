import QtQuick
import QtTest
import Transcendence

// What a first-time player notices, in the app against the real platform: a field problem from
// the server in the app's language (translated from its code), and the leaderboard on the
// Players page (paged, with the player's own rank and a friends-only filter).
SocialTestCase {
    id: testCase

    name: "FirstPlayer"

    function cleanup() {
        Language.language = "en"
    }

    function test_takenUserNameIsTranslated() {
        const window = createWindow()
        const peer = createPeer("taken")
        const session = window.session
        tryVerify(() => session.state !== AccountSession.Restoring, networkTimeoutMs)
        if (session.signedIn) {
            session.signOut()
            tryCompare(session, "state", AccountSession.SignedOut, networkTimeoutMs)
        }
        Language.language = "fr"
        if (window.currentKey !== "signIn")
            window.open("signIn")
        tryCompare(window, "currentKey", "signIn")
        tap(child(window, "switchModeButton"))
        child(window, "loginField").text = peer.account.username
        child(window, "emailField").text = qmlTest.uniqueName("other") + "@example.test"
        child(window, "passwordField").text = password
        tap(child(window, "submitButton"))
        tryVerify(() => session.fieldErrors.username !== undefined, networkTimeoutMs,
                  "no field problem: " + session.errorMessage)
        // The app's own French, not the server's English ("is already taken").
        compare(session.fieldErrors.username, "Ce nom est déjà pris. Choisissez-en un autre.")
        saveDesktopAndPhone(window, "first-player-taken-fr")
    }

    function test_leaderboardShowsYourRankAndFriends() {
        const window = createSignedInWindow("lead")
        const peer = createPeer("leadfr")
        makeFriends(window, peer)
        const players = openPage(window, "players", "Players")
        const board = child(players, "leaderboard")
        tryCompare(board, "loaded", true, networkTimeoutMs)
        tryVerify(() => board.yourRank > 0, networkTimeoutMs)
        verify(board.total >= 2)
        verify(child(players, "leaderboardSection").visible)
        compare(child(players, "leaderboardYou").text,
                "Your rank: " + board.yourRank + " of " + board.total + ", rating "
                + board.yourRating + ".")
        compare(board.entries.count, Math.min(10, board.total))
        compare(child(players, "leaderboardStatus").text,
                "Places 1 to " + board.entries.count + " of " + board.total + ".")
        saveDesktopAndPhone(window, "first-player-leaderboard")

        if (board.total > 10) {
            tap(child(players, "leaderboardNext"))
            tryCompare(board, "offset", 10, networkTimeoutMs)
            tryVerify(() => child(players, "leaderboardStatus").text.indexOf("Places 11 to ") === 0,
                      networkTimeoutMs)
            tap(child(players, "leaderboardPrevious"))
            tryCompare(board, "offset", 0, networkTimeoutMs)
        }

        // Only me and my friend: two rows, mine marked.
        tap(child(players, "leaderboardFriends"))
        tryCompare(board, "total", 2, networkTimeoutMs)
        tryCompare(board.entries, "count", 2, networkTimeoutMs)
        const ids = [board.entries.get(0).userId, board.entries.get(1).userId].sort()
        compare(ids, [window.session.userId, peer.account.id].sort())
        verify(board.yourRank === 1 || board.yourRank === 2)
        verify(findChild(players, "leaderboardRow_" + window.session.user.username))
        saveDesktopAndPhone(window, "first-player-leaderboard-friends")

        // Searching hides the ranking.
        child(players, "playerSearchField").text = peer.account.username
        verify(!child(players, "leaderboardSection").visible)
    }
}
