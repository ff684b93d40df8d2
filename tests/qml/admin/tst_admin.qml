import QtQuick
import QtTest
import Transcendence
import "../support"

// The admin view, in the real main window against the real platform: it appears only for an
// admin, the server refuses everyone else, and a ban from it ends the victim's session and
// WebSocket at once.
AppTestCase {
    id: testCase

    name: "Admin"

    Component {
        id: realtimeComponent
        RealtimeClient {}
    }
    Component {
        id: sessionComponent
        AccountSession {}
    }
    Component {
        id: overviewComponent
        AdminOverviewController {}
    }

    // tryVerify, with a message built when it fails.
    function waitFor(condition, describe) {
        for (let waited = 0; waited < networkTimeoutMs && !condition(); waited += 50)
            wait(50)
        verify(condition(), describe())
    }

    function createSignedInWindow(prefix) {
        requirePlatform()
        const window = createWindow()
        const username = signUp(window.session, prefix)
        waitFor(() => window.realtimeClient.state === RealtimeClient.Connected
                      && window.realtimeClient.userId === window.session.userId,
                () => "the window's WebSocket is not signed in: state "
                      + window.realtimeClient.state + ", user " + window.realtimeClient.userId
                      + " (session " + window.session.userId + "), "
                      + window.realtimeClient.lastError)
        return { window: window, username: username }
    }

    // The tab bar's highlight slides to the chosen tab: screenshots wait until it is there.
    function waitForTabs(window) {
        const tabs = child(window, "adminSections")
        const list = tabs.contentItem
        tryVerify(() => list.highlightItem && list.currentItem
                        && list.highlightItem.x === list.currentItem.x)
    }

    function currentPage(window, title) {
        tryCompare(child(window, "pageTitle"), "text", title, networkTimeoutMs)
        tryVerify(() => !window.pageStack.busy)
        return window.pageStack.currentItem
    }

    // The dialog's button, once the dialog is open.
    function confirm(window, dialog, reason, screenshot) {
        tryVerify(() => dialog.opened)
        const button = findChild(dialog.footer, "confirmAcceptButton")
        if (reason !== undefined) {
            const field = findChild(dialog.contentItem, "confirmReasonField")
            verify(field, "the dialog asks no reason")
            verify(!button.enabled, "a ban needs a reason")
            field.text = reason
        }
        if (screenshot)
            saveScreenshot(window, screenshot)
        verify(button.enabled)
        mouseClick(button)
        tryVerify(() => !dialog.visible)
    }

    function test_playersHaveNoAdminViewAndTheServerRefusesThem() {
        const player = createSignedInWindow("player")
        const window = player.window
        verify(!window.session.isAdmin)
        verify(!window.visibleDestinations.some(d => d.key === "admin"))
        compare(findChild(window.contentItem, "nav_admin"), null)
        compare(findChild(window.contentItem, "nav_settings").visible, true)

        // The app's own request as this player: 403, reported as forbidden.
        const overview = createTemporaryObject(overviewComponent, testCase,
                                               { session: window.session })
        overview.refreshFigures()
        tryVerify(() => overview.forbidden, networkTimeoutMs)
        verify(overview.errorMessage.indexOf("refused") >= 0, overview.errorMessage)
        compare(overview.connectedUsers, -1)

        // Even opened by hand, the page shows the refusal and leaves.
        window.open("admin")
        tryVerify(() => window.currentKey !== "admin", networkTimeoutMs)
        tryVerify(() => child(window, "messageToastText").text.indexOf("refused") >= 0)
        verify(child(window, "messageToast").visible)
    }

    function test_adminBansFromTheViewAndTheVictimIsSignedOut() {
        const admin = createSignedInWindow("boss")
        const window = admin.window
        makeAdminAndReload(window.session, admin.username)
        const navItem = findChild(window.contentItem, "nav_admin")
        verify(navItem, "an admin has the admin navigation item")
        verify(navItem.visible)

        // The victim: another app on the same platform (through 127.0.0.1, so its stored
        // refresh token is not the admin window's), with its own WebSocket.
        const victimUrl = qmlTest.baseUrl.replace("//localhost", "//127.0.0.1")
        const victimRealtime = createTemporaryObject(realtimeComponent, testCase,
                                                     { serverUrl: victimUrl })
        const victim = createTemporaryObject(sessionComponent, testCase,
                                             { serverUrl: victimUrl,
                                               realtimeClient: victimRealtime })
        const victimName = signUp(victim, "victim")
        tryVerify(() => victimRealtime.state === RealtimeClient.Connected
                        && victimRealtime.userId === victim.userId, networkTimeoutMs)
        const victimConnection = victimRealtime.connectionId

        mouseClick(navItem)
        const page = currentPage(window, "Administration")
        // Both windows are connected: the figures count them.
        tryVerify(() => page.controller.connectedUsers >= 2, networkTimeoutMs)
        verify(page.controller.liveMatches >= 0)
        verify(page.controller.matchesToday >= 0)
        compare(child(window, "figureConnectedUsersValue").text,
                String(page.controller.connectedUsers))

        const field = child(window, "adminSearchField")
        field.text = victimName
        mouseClick(child(window, "adminSearchButton"))
        tryVerify(() => findChild(window.contentItem, "adminUser_" + victimName)
                        && page.controller.searchTotal === 1, networkTimeoutMs)
        verify(child(window, "adminSearchSummary").text.indexOf("1 account") === 0,
               child(window, "adminSearchSummary").text)
        saveScreenshot(window, "admin-overview-desktop.png")

        mouseClick(child(window, "adminUser_" + victimName))
        const userPage = currentPage(window, victimName)
        verify(!page.controller.active, "the figures pause under the user's page")
        tryVerify(() => userPage.controller.loaded && userPage.controller.sessions.count === 1,
                  networkTimeoutMs)
        verify(!userPage.banned)
        saveScreenshot(window, "admin-user-desktop.png")

        // Ban, with a reason, after a confirmation.
        mouseClick(child(window, "banButton"))
        confirm(window, userPage.banDialog, "cheating in the QML tests", "admin-ban-dialog-desktop.png")
        tryCompare(victim, "state", AccountSession.SignedOut, networkTimeoutMs)
        verify(victim.endedReason !== "", "the victim is told why the session ended")
        // Its authenticated WebSocket is gone (the app reconnects as a guest).
        tryVerify(() => victimRealtime.userId === 0 && victimRealtime.connectionId !== victimConnection,
                  networkTimeoutMs)
        tryVerify(() => userPage.banned && child(window, "banState").visible, networkTimeoutMs)
        tryVerify(() => userPage.controller.sessions.count === 0)
        verify(child(window, "noSessionLabel").visible)
        tryVerify(() => child(window, "messageToastText").text.indexOf("is banned") >= 0)
        saveScreenshot(window, "admin-user-banned-desktop.png")

        victim.signIn(victimName, password)
        tryCompare(victim, "errorMessage", "This account is suspended.", networkTimeoutMs)
        compare(victim.state, AccountSession.SignedOut)

        // Unban: the victim may sign in again.
        mouseClick(child(window, "unbanButton"))
        tryVerify(() => !userPage.banned, networkTimeoutMs)
        victim.signIn(victimName, password)
        tryCompare(victim, "state", AccountSession.SignedIn, networkTimeoutMs)

        // A role change, and back, each confirmed.
        mouseClick(child(window, "roleButton"))
        confirm(window, userPage.roleDialog)
        tryVerify(() => userPage.isAdminAccount, networkTimeoutMs)
        mouseClick(child(window, "roleButton"))
        confirm(window, userPage.roleDialog)
        tryVerify(() => !userPage.isAdminAccount, networkTimeoutMs)
        verify(!child(window, "removeAvatarButton").enabled, "the victim has no uploaded avatar")

        resize(window, 360, 740)
        saveScreenshot(window, "admin-user-phone.png")

        // The audit log shows the four actions on the victim, newest first (other suites may
        // log actions of their own in between).
        window.back()
        const overview = currentPage(window, "Administration")
        compare(overview, page)
        mouseClick(child(window, "adminAuditLogTab"))
        waitForTabs(window)
        const log = page.controller.auditLog
        const victimRows = () => {
            const rows = []
            for (let row = 0; row < log.count; ++row) {
                const entry = log.get(row)
                if (entry.target && entry.target.username === victimName)
                    rows.push(row)
            }
            return rows
        }
        tryVerify(() => victimRows().length === 4, networkTimeoutMs)
        const rows = victimRows()
        compare(rows.map(row => log.get(row).action), ["set_role", "set_role", "unban", "ban"])
        const ban = log.get(rows[3])
        compare(ban.details.reason, "cheating in the QML tests")
        compare(ban.admin.username, admin.username)
        const banEntry = child(window, "auditEntry_" + rows[3])
        verify(banEntry.visible)
        compare(findChild(banEntry, "auditEntryText").text,
                admin.username + " banned " + victimName)
        saveScreenshot(window, "admin-audit-log-phone.png")
        // The figures fit across a phone.
        const figure = child(window, "figureMatchesToday")
        verify(figure.mapToItem(window.contentItem, figure.width, 0).x <= 360)

        // The figures refresh by themselves while the page is on screen.
        verify(page.controller.active)
        page.controller.refreshIntervalMs = 1000
        const updatedAt = page.controller.figuresUpdatedAt.getTime()
        tryVerify(() => page.controller.figuresUpdatedAt.getTime() > updatedAt, networkTimeoutMs)

        mouseClick(child(window, "adminUsersTab"))
        waitForTabs(window)
        saveScreenshot(window, "admin-overview-phone.png")
        resize(window, 1024, 700)
        mouseClick(child(window, "adminAuditLogTab"))
        waitForTabs(window)
        saveScreenshot(window, "admin-audit-log-desktop.png")
    }

    // The "Server" page: the instance's operating figures, live, at desktop and phone sizes.
    function test_adminServerPageShowsTheServersFigures() {
        const admin = createSignedInWindow("ops")
        const window = admin.window
        makeAdminAndReload(window.session, admin.username)
        // The figures count this window's WebSocket only once the server has welcomed it.
        tryVerify(() => window.realtimeClient.userId === window.session.userId, networkTimeoutMs,
                  "the window's WebSocket is welcomed as its account")
        window.open("admin")
        currentPage(window, "Administration")
        mouseClick(child(window, "adminServerButton"))
        const page = currentPage(window, "Server figures")
        tryVerify(() => page.known, networkTimeoutMs)
        // This window's own WebSocket is a signed-in connection of this instance.
        verify(page.figures.connections.signedIn >= 1, JSON.stringify(page.figures.connections))
        compare(child(window, "figureSignedInValue").text,
                Number(page.figures.connections.signedIn).toLocaleString(Qt.locale(Language.language), "f", 0))
        compare(page.figures.components.database, "up")
        verify(findChild(window.contentItem, "component_database").visible)
        verify(child(window, "serverMemory").text.indexOf("MiB") > 0, child(window, "serverMemory").text)
        saveScreenshot(window, "admin-server-desktop.png")

        // Live: every refresh is itself a request, so the count grows while the page is open.
        page.controller.refreshIntervalMs = 1000
        const before = page.figures.http.requests
        tryVerify(() => page.figures.http.requests > before, networkTimeoutMs)

        resize(window, 360, 740)
        const figure = child(window, "figureRateLimited")
        tryVerify(() => figure.mapToItem(window.contentItem, figure.width, 0).x <= 360)
        saveScreenshot(window, "admin-server-phone.png")
        resize(window, 1024, 700)
    }
}
