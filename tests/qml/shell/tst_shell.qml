import QtQuick
import QtTest
import Transcendence
import "../support"

// The app's main window, created from the real module, against the real platform.
AppTestCase {
    name: "Shell"

    function openServerPage(window) {
        window.open("server")
        tryCompare(child(window, "pageTitle"), "text", "Server")
        settle(window)
    }

    function enterServerUrl(window, url) {
        if (window.currentKey !== "server")
            openServerPage(window)
        const field = child(window, "serverUrlField")
        field.text = url
        const connectButton = child(window, "applyServerUrlButton")
        verify(connectButton.enabled, "the Connect button is disabled for " + url)
        mouseClick(connectButton)
        compare(window.serverStatus.serverUrl.toString(), url)
    }

    // Phone size: the form still fits, the Connect button ends inside the window.
    function resizeToPhoneAndSave(window, fileName) {
        window.width = 360
        window.height = 740
        tryCompare(window.contentItem, "width", 360)
        saveScreenshot(window, fileName)
        const button = child(window, "applyServerUrlButton")
        const buttonRight = button.mapToItem(window.contentItem, button.width, 0).x
        verify(buttonRight <= 360, "the Connect button ends at x=" + buttonRight)
    }

    function test_rejectsAnInvalidServerUrl() {
        const window = createWindow(null)
        openServerPage(window)
        const before = window.serverStatus.serverUrl.toString()
        const field = child(window, "serverUrlField")
        field.text = "ftp://localhost:8443"
        const problem = child(window, "serverUrlProblem")
        tryVerify(() => problem.visible)
        verify(problem.text.indexOf("https://") >= 0, problem.text)
        verify(!child(window, "applyServerUrlButton").enabled)
        field.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(window.serverStatus.serverUrl.toString(), before)
    }

    function test_refusesPlainHttpToAnotherMachine() {
        // Passwords and tokens must not cross a network in clear (issue 15): http:// only to
        // this computer.
        const window = createWindow(null)
        openServerPage(window)
        const before = window.serverStatus.serverUrl.toString()
        const field = child(window, "serverUrlField")
        field.text = "http://pong.example.org:8080"
        const problem = child(window, "serverUrlProblem")
        tryVerify(() => problem.visible)
        verify(problem.text.indexOf("localhost") >= 0, problem.text)
        verify(!child(window, "applyServerUrlButton").enabled)
        field.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(window.serverStatus.serverUrl.toString(), before)
        saveDesktopAndPhone(window, "shell-server-plain-http-refused")
        // To this computer it is accepted.
        field.text = "http://127.0.0.1:8080"
        tryVerify(() => !problem.visible)
        verify(child(window, "applyServerUrlButton").enabled)
    }

    function test_showsUnreachableForAClosedPort() {
        verify(qmlTest.closedPortUrl !== "", "could not find a free local port")
        const window = createWindow(null)
        enterServerUrl(window, qmlTest.closedPortUrl)
        tryCompare(child(window, "reachabilityValue"), "text", "Unreachable", networkTimeoutMs)
        verify(child(window, "lastErrorValue").visible)
        tryVerify(() => window.realtimeClient.state === RealtimeClient.Reconnecting,
                  networkTimeoutMs, "the WebSocket should be retrying")
        compare(child(window, "connectionStateValue").text, "Reconnecting…")
        saveScreenshot(window, "shell-unreachable-desktop.png")
        resizeToPhoneAndSave(window, "shell-unreachable-phone.png")
    }

    function test_connectsToThePlatform() {
        verify(qmlTest.baseUrl !== "",
               "TRANSCENDENCE_TEST_BASE_URL is unset: run this test through scripts/test")
        const window = createWindow(null)
        enterServerUrl(window, qmlTest.baseUrl)

        tryCompare(child(window, "reachabilityValue"), "text", "Reachable", networkTimeoutMs)
        verify(child(window, "serverVersionValue").text.match(/^\d+\.\d+\.\d+/),
               "server version shown: " + child(window, "serverVersionValue").text)
        tryCompare(child(window, "connectionStateValue"), "text", "Connected", networkTimeoutMs)
        verify(window.realtimeClient.connectionId !== "")
        // A ping goes out right after the welcome; its pong gives the round trip.
        tryVerify(() => window.realtimeClient.pingMs >= 0, networkTimeoutMs)
        tryVerify(() => child(window, "pingValue").text.endsWith(" ms"))
        compare(child(window, "lastErrorValue").visible, false)
        saveScreenshot(window, "shell-connected-desktop.png")
        resizeToPhoneAndSave(window, "shell-connected-phone.png")
    }

    function test_switchesLanguageAtRunTime() {
        const window = createWindow(null)
        openServerPage(window)
        const connectButton = child(window, "applyServerUrlButton")
        compare(connectButton.text, "Connect")
        Language.language = "fr"
        compare(Language.language, "fr")
        compare(connectButton.text, "Se connecter")
        // The window's own texts follow too: the page title and the navigation.
        compare(child(window, "pageTitle").text, "Serveur")
        compare(child(window, "nav_settings").text, "Paramètres")
        resizeToPhoneAndSave(window, "shell-french-phone.png")
        Language.language = "en"
        compare(connectButton.text, "Connect")
        compare(child(window, "nav_settings").text, "Settings")
    }

    // Settings links to the server's privacy policy and terms, in the app's language.
    function test_linksToTheLegalPagesInTheAppLanguage() {
        verify(qmlTest.baseUrl !== "",
               "TRANSCENDENCE_TEST_BASE_URL is unset: run this test through scripts/test")
        const window = createWindow()
        window.open("settings")
        tryCompare(child(window, "pageTitle"), "text", "Settings")
        settle(window)
        const base = qmlTest.baseUrl.replace(/\/$/, "")
        const privacy = child(window, "privacyPageButton")
        const terms = child(window, "termsPageButton")
        compare(privacy.text, "Privacy policy")
        compare(privacy.target, base + "/legal/privacy.en.html")
        compare(terms.target, base + "/legal/terms.en.html")
        verify(privacy.enabled)
        scrollIntoView(terms)
        saveScreenshot(window, "shell-settings-legal-desktop.png")

        Language.language = "ru"
        try {
            readInRussian(window, privacy, terms, base)
        } finally {
            Language.language = "en"
        }
    }

    function readInRussian(window, privacy, terms, base) {
        compare(privacy.text, "Политика конфиденциальности")
        compare(terms.text, "Условия использования")
        compare(privacy.target, base + "/legal/privacy.ru.html")
        compare(terms.target, base + "/legal/terms.ru.html")
        window.width = 360
        window.height = 740
        tryCompare(window.contentItem, "width", 360)
        scrollIntoView(terms)
        saveScreenshot(window, "shell-settings-legal-russian-phone.png")
        const right = terms.mapToItem(window.contentItem, terms.width, 0).x
        verify(right <= 360, "the terms button ends at x=" + right)
    }
}
