import QtQuick
import QtTest
import Transcendence

// The sign-in page of the real main window offers "Sign in with 42" because the platform's
// server lists that provider (scripts/test configures it for its fake provider). The flow
// itself (system browser, loopback port) is client_oauth's: clicking here would open a real
// browser.
TestCase {
    id: testCase

    name: "OAuthButton"
    when: windowShown

    readonly property int networkTimeoutMs: 15000

    Component {
        id: mainWindowComponent
        MainWindow {}
    }

    // In the current page (a replaced page may linger during its transition).
    function child(window, objectName) {
        const item = findChild(window.pageStack.currentItem, objectName)
            || findChild(window.contentItem, objectName)
        verify(item, "no item named " + objectName + " in the main window")
        return item
    }

    function test_signInPageOffersFortyTwo() {
        verify(qmlTest.baseUrl !== "",
               "TRANSCENDENCE_TEST_BASE_URL is unset: run this test through scripts/test")
        const window = createTemporaryObject(mainWindowComponent, testCase)
        tryVerify(() => window.visible && window.width > 0)
        verify(window.serverStatus.applyServerUrl(qmlTest.baseUrl))
        tryVerify(() => window.session.state === AccountSession.SignedOut, networkTimeoutMs)
        tryVerify(() => window.currentKey === "signIn" && !window.pageStack.busy, networkTimeoutMs)
        tryCompare(child(window, "pageTitle"), "text", "Sign in")
        tryVerify(() => findChild(window.pageStack.currentItem, "oauthButton_fortytwo"),
                  networkTimeoutMs)
        const button = child(window, "oauthButton_fortytwo")
        compare(button.text, "Sign in with 42")
        verify(button.visible && button.enabled)
        verify(child(window, "oauthSection").visible)
        verify(!child(window, "oauthWaiting").visible)
        let path = qmlTest.saveWindowImage(window, "signin-oauth-desktop.png")
        verify(path !== "")
        console.info("screenshot:", path)

        // Creating an account hides it (the provider creates accounts by itself).
        mouseClick(child(window, "switchModeButton"))
        tryVerify(() => !child(window, "oauthSection").visible)
        mouseClick(child(window, "switchModeButton"))

        window.width = 360
        window.height = 740
        tryCompare(window.contentItem, "width", 360)
        tryVerify(() => child(window, "oauthSection").visible)
        const right = button.mapToItem(window.contentItem, button.width, 0).x
        verify(right <= 360, "the button ends at x=" + right)
        path = qmlTest.saveWindowImage(window, "signin-oauth-phone.png")
        verify(path !== "")
    }
}
