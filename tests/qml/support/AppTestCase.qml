import QtQuick
import QtTest
import Transcendence

// The base of every Qt Quick Test suite of the app: the real MainWindow against the platform
// scripts/test started, and the steps a player takes (find, scroll to and press an item, sign up)
// or a reviewer needs (window screenshots at desktop and phone size). Suites say
// `import "../support"` and use AppTestCase as their root.
TestCase {
    id: appTestCase

    when: windowShown

    // Generous: TLS set-up, a WebSocket handshake, a server on a shared machine.
    readonly property int networkTimeoutMs: 15000
    readonly property string password: "correct horse battery staple"

    Component {
        id: mainWindowComponent
        MainWindow {}
    }

    // Makes the account an admin in the database, as an operator with psql would, then reloads
    // the session until its user says so: the server hears of a change made outside it through
    // PostgreSQL's NOTIFY (its cache of live sign-ins), a moment later on a busy machine.
    function makeAdminAndReload(session, username) {
        compare(qmlTest.makeAdmin(username), "")
        for (let attempt = 0; attempt < 30 && !session.isAdmin; ++attempt) {
            session.reloadUser()
            for (let waited = 0; waited < 1000 && !session.isAdmin; waited += 100)
                wait(100)
        }
        verify(session.isAdmin, "the session did not become an admin's")
    }

    function requirePlatform() {
        verify(qmlTest.baseUrl !== "",
               "TRANSCENDENCE_TEST_BASE_URL is unset: run this test through scripts/test")
    }

    // The main window pointed at serverUrl (the platform by default; null keeps the saved
    // address), once it knows whether a stored sign-in brought an account back.
    function createWindow(serverUrl) {
        const url = serverUrl === undefined ? qmlTest.baseUrl : serverUrl
        const window = createTemporaryObject(mainWindowComponent, appTestCase)
        verify(window, "the main window could not be created")
        tryVerify(() => window.visible && window.width > 0)
        if (url !== null)
            verify(window.serverStatus.applyServerUrl(url), url)
        tryVerify(() => window.session.state !== AccountSession.Restoring, networkTimeoutMs)
        return window
    }

    // An item of a window (its current page first: a page being replaced may still exist), or
    // of a page or any other item.
    function child(parentItem, objectName) {
        const isWindow = parentItem.pageStack !== undefined
        const page = isWindow ? parentItem.pageStack.currentItem : null
        const item = (page && findChild(page, objectName))
            || findChild(isWindow ? parentItem.contentItem : parentItem, objectName)
        verify(item, "no item named " + objectName)
        return item
    }

    function settle(window) {
        tryVerify(() => !window.pageStack.busy)
    }

    // Scrolls the page so that the item is in view, as a player would before touching it.
    // Centred where possible: the bottom of the window may hold a message toast.
    function scrollIntoView(item) {
        let flickable = item.parent
        while (flickable && (flickable.contentY === undefined || flickable.contentHeight === undefined))
            flickable = flickable.parent
        if (!flickable)
            return
        const top = item.mapToItem(flickable.contentItem, 0, 0).y
        const wanted = top - (flickable.height - item.height) / 2
        flickable.contentY = Math.max(0, Math.min(wanted, flickable.contentHeight - flickable.height))
    }

    function click(window, objectName) {
        settle(window)
        const item = child(window, objectName)
        tryVerify(() => item.visible && item.enabled, 5000, objectName + " is not clickable")
        scrollIntoView(item)
        mouseClick(item)
    }

    function saveScreenshot(window, fileName) {
        settle(window)
        const path = qmlTest.saveWindowImage(window, fileName)
        verify(path !== "", "could not save " + fileName + " into " + qmlTest.artifactsDir)
        console.info("screenshot:", path)
        return path
    }

    // A new size, once the page is laid out again (text wraps, grids change their columns).
    function resize(window, width, height) {
        window.width = width
        window.height = height
        tryCompare(window.contentItem, "width", width)
        settle(window)
        if (window.pageStack.currentItem)
            waitForItemPolished(window.pageStack.currentItem)
    }

    // <baseName>-desktop.png at the window's size and <baseName>-phone.png at 360 x 740.
    function saveDesktopAndPhone(window, baseName) {
        const width = window.width
        const height = window.height
        saveScreenshot(window, baseName + "-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, baseName + "-phone.png")
        resize(window, width, height)
    }

    // Signs the session up as a new account with a name no other run has taken (signing out
    // whoever a stored sign-in brought back first); returns the user name.
    function signUp(session, prefix) {
        tryVerify(() => session.state !== AccountSession.Restoring, networkTimeoutMs)
        if (session.signedIn) {
            session.signOut()
            tryCompare(session, "state", AccountSession.SignedOut, networkTimeoutMs)
        }
        const username = qmlTest.uniqueName(prefix)
        session.signUp(username, username + "@example.test", password, "")
        tryVerify(() => session.signedIn, networkTimeoutMs,
                  "the sign-up of " + username + " failed: " + session.errorMessage)
        compare(session.user.username, username)
        return username
    }
}
