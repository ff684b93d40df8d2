import QtQuick
import QtTest
import Transcendence

// The dashboard's charts and a match's page after a ranked match the two players really played
// (queued over their WebSockets, with quick settings, nobody touching a key).
SocialTestCase {
    id: testCase

    name: "Dashboard"

    // Fast settings, as the integration tests use (tests/support/PlayBots.cpp): two points end
    // the match in seconds.
    readonly property var quickConfig: ({
        scoreLimit: 2, ballSpeed: 200, ballMaxSpeed: 320, ballSpeedIncrement: 40,
        paddleSpeed: 40, paddleLength: 8, serveDelay: 0.2
    })

    Component {
        id: spyComponent
        SignalSpy { signalName: "messageReceived" }
    }

    function messageOf(spy, type) {
        for (let i = 0; i < spy.count; ++i) {
            if (spy.signalArguments[i][0] === type)
                return spy.signalArguments[i][1]
        }
        return null
    }

    function test_chartsAfterARankedMatch() {
        const window = createSignedInWindow("dash")
        const peer = createPeer("rival")

        // Before any match: the charts say there is nothing yet.
        let dashboardPage = openPage(window, "dashboard", "Dashboard")
        tryCompare(dashboardPage.dashboard, "loaded", true, networkTimeoutMs)
        verify(child(child(dashboardPage, "resultsChart"), "chartEmpty").visible)
        compare(child(child(dashboardPage, "ratingChart"), "chartEmpty").text,
                "No ranked matches yet: your rating is 1,500.")

        // Friends, so that the window's player sees the rival "in a game" while they play.
        const mine = makeFriends(window, peer)
        tryVerify(() => mine.presenceOf(peer.account.id) === "online", networkTimeoutMs)

        const windowMessages = createTemporaryObject(spyComponent, testCase,
                                                     { target: window.realtimeClient })
        const peerMessages = createTemporaryObject(spyComponent, testCase,
                                                   { target: peer.realtime })
        verify(window.realtimeClient.sendMessage("queue", { mode: "one_vs_one", config: quickConfig }))
        verify(peer.realtime.sendMessage("queue", { mode: "one_vs_one", config: quickConfig }))
        tryVerify(() => messageOf(windowMessages, "matchStarted") !== null, networkTimeoutMs,
                  "the two players were not matched")
        compare(messageOf(windowMessages, "matchStarted").kind, "remote")
        tryVerify(() => mine.presenceOf(peer.account.id) === "in_game", networkTimeoutMs)
        tryVerify(() => messageOf(windowMessages, "matchOver") !== null
                        && messageOf(peerMessages, "matchOver") !== null, 90000,
                  "the match did not end")
        const over = messageOf(windowMessages, "matchOver")
        verify(over.matchId > 0, "the match was not stored")
        const scoreOf = seat => over.seats.find(s => s.seat === seat).score
        tryVerify(() => mine.presenceOf(peer.account.id) === "online", networkTimeoutMs)

        // The dashboard, read again, draws every chart.
        dashboardPage = openPage(window, "dashboard", "Dashboard")
        const dashboard = dashboardPage.dashboard
        tryVerify(() => dashboard.loaded && !dashboard.loading && dashboard.matchesCounted === 1,
                  networkTimeoutMs)
        compare(dashboard.ratingHistory.length, 1)
        const results = child(dashboardPage, "resultsChart")
        compare(results.categories.length, 1)
        verify(child(results, "chartLoader").item, "the results chart is not drawn")
        const wins = dashboard.resultsByDay[0].wins
        const losses = dashboard.resultsByDay[0].losses
        compare(wins + losses, 1)
        verify(child(results, "chartSummary").text.startsWith("Wins: " + wins + ", losses: " + losses),
               child(results, "chartSummary").text)

        const rating = child(dashboardPage, "ratingChart")
        verify(child(rating, "chartLoader").item, "the rating chart is not drawn")
        const newRating = dashboard.stats.rating
        verify(newRating !== 1500, "a ranked match changes the rating")
        compare(dashboard.ratingHistory[0].rating, newRating)
        // The numbers behind the chart, on request.
        const table = child(rating, "chartTable")
        verify(!table.visible)
        tap(child(rating, "chartTableToggle"))
        verify(table.visible)
        compare(table.series[0].values[0], newRating)

        const points = child(dashboardPage, "pointsChart")
        verify(child(points, "chartLoader").item, "the points chart is not drawn")
        compare(points.series[0].values[0] + points.series[1].values[0], scoreOf(0) + scoreOf(1))
        const kinds = child(dashboardPage, "kindsChart")
        compare(kinds.categories, ["Ranked"])
        compare(child(dashboardPage, "stat_ratedMatches").text, "1")
        saveDesktopAndPhone(window, "dashboard")

        // Readable in the dark and high-contrast themes too.
        Appearance.theme = Appearance.Dark
        wait(300) // the charts draw through their own scene, a frame later
        saveScreenshot(window, "dashboard-dark-desktop.png")
        Appearance.theme = Appearance.HighContrast
        resize(window, 360, 740)
        saveScreenshot(window, "dashboard-high-contrast-phone.png")
        resize(window, 1024, 700)
        Appearance.theme = Appearance.Light

        // The match from the history: its page charts the match over time.
        const entry = child(dashboardPage, "match_" + over.matchId)
        tap(entry)
        tryCompare(child(window.contentItem, "pageTitle"), "text", "Match " + over.matchId,
                   networkTimeoutMs)
        const matchPage = page(window)
        tryVerify(() => matchPage.report.hasTimeline && matchPage.report.keyPresses >= 0,
                  networkTimeoutMs)
        compare(matchPage.players.length, 2)
        const scoreSum = scoreOf(0) + scoreOf(1)
        const timeline = child(matchPage, "timelineChart")
        // The start, then one point after each score.
        compare(timeline.categories.length, scoreSum + 1)
        compare(timeline.categories[0], "Start")
        verify(child(timeline, "chartLoader").item, "the timeline chart is not drawn")
        const winnerSeat = over.winnerSeat
        compare(timeline.series[winnerSeat].values[scoreSum], scoreOf(winnerSeat))
        compare(child(matchPage, "playerResult_" + winnerSeat).text, String(scoreOf(winnerSeat)))
        const hits = child(matchPage, "hitsChart")
        compare(hits.series.length, 2)
        verify(child(child(matchPage, "finalScoreChart"), "chartLoader").item)
        compare(child(matchPage, "matchHeading").text,
                matchPage.players.map(p => p.name).join(" vs "))
        saveDesktopAndPhone(window, "match")
        scrollIntoView(timeline)
        wait(300)
        saveScreenshot(window, "match-timeline-desktop.png")
        resize(window, 360, 740)
        scrollIntoView(timeline)
        wait(300)
        saveScreenshot(window, "match-timeline-phone.png")
    }
}
