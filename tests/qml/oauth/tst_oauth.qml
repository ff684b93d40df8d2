import QtQuick
import QtTest
import Transcendence
import "../support"

// The sign-in page of the real main window offers "Sign in with 42" because the platform's
// server lists that provider (scripts/test configures it for its fake provider). The flow
// itself (system browser, loopback port) is client_oauth's: clicking here would open a real
// browser.
AppTestCase {
    name: "OAuthButton"

    function test_signInPageOffersFortyTwo() {
        requirePlatform()
        const window = createWindow()
        tryVerify(() => window.session.state === AccountSession.SignedOut, networkTimeoutMs)
        tryVerify(() => window.currentKey === "home", networkTimeoutMs) // where the app opens
        window.open("signIn")
        tryVerify(() => window.currentKey === "signIn" && !window.pageStack.busy, networkTimeoutMs)
        tryCompare(child(window, "pageTitle"), "text", "Sign in")
        tryVerify(() => findChild(window.pageStack.currentItem, "oauthButton_fortytwo"),
                  networkTimeoutMs)
        const button = child(window, "oauthButton_fortytwo")
        compare(button.text, "Sign in with 42")
        verify(button.visible && button.enabled)
        verify(child(window, "oauthSection").visible)
        verify(!child(window, "oauthWaiting").visible)
        saveScreenshot(window, "signin-oauth-desktop.png")

        // Creating an account hides it (the provider creates accounts by itself).
        mouseClick(child(window, "switchModeButton"))
        tryVerify(() => !child(window, "oauthSection").visible)
        mouseClick(child(window, "switchModeButton"))

        resize(window, 360, 740)
        tryVerify(() => child(window, "oauthSection").visible)
        const right = button.mapToItem(window.contentItem, button.width, 0).x
        verify(right <= 360, "the button ends at x=" + right)
        saveScreenshot(window, "signin-oauth-phone.png")
    }
}
