import QtQuick
import QtTest
import Transcendence
import "../support"

// What the social and dashboard suites share: the real main window against the platform, a
// second player (their own AccountSession and RealtimeClient, as another device would have), and
// helpers to find, scroll to and press what a player would.
AppTestCase {
    id: testCase
    // The second player talks to the same platform through another name of it, so that its
    // stored sign-in (one per server address) never mixes with the window's.
    readonly property string peerUrl: qmlTest.baseUrl.replace("//localhost:", "//127.0.0.1:")

    Component {
        id: peerComponent
        Item {
            id: peer
            property url serverUrl
            property var account: ({})
            readonly property alias session: peerSession
            readonly property alias realtime: peerRealtime
            readonly property alias friends: peerFriends

            RealtimeClient {
                id: peerRealtime
                serverUrl: peer.serverUrl
            }
            AccountSession {
                id: peerSession
                serverUrl: peer.serverUrl
                realtimeClient: peerRealtime
            }
            FriendsController {
                id: peerFriends
                session: peerSession
                realtimeClient: peerRealtime
            }
        }
    }

    function initTestCase() {
        verify(qmlTest.baseUrl !== "",
               "TRANSCENDENCE_TEST_BASE_URL is unset: run this test through scripts/test")
        // No animated transitions: screenshots and clicks see the final state.
        Appearance.reducedMotion = true
        Appearance.theme = Appearance.Light
    }

    // A new account (AppTestCase.signUp) as the social pages name it.
    function signUpPlayer(session, prefix) {
        const username = signUp(session, prefix)
        return { id: session.userId, username: username,
                 displayName: session.user.displayName }
    }

    // The main window, signed in as a new player whose WebSocket is authenticated.
    function createSignedInWindow(prefix) {
        const window = createWindow()
        const account = signUpPlayer(window.session, prefix)
        tryCompare(window.realtimeClient, "userId", account.id, networkTimeoutMs)
        return window
    }

    // The second player, signed in and online.
    function createPeer(prefix) {
        const peer = createTemporaryObject(peerComponent, testCase, { serverUrl: peerUrl })
        verify(peer, "the second player could not be created")
        peer.account = signUpPlayer(peer.session, prefix)
        tryCompare(peer.realtime, "userId", peer.account.id, networkTimeoutMs)
        return peer
    }

    Component {
        id: friendsComponent
        FriendsController {}
    }

    // Makes the window's player and the peer friends through the API (the window's player asks,
    // the peer accepts); returns the window player's own FriendsController, which follows
    // presence on the window's connection.
    function makeFriends(window, peer) {
        const mine = createTemporaryObject(friendsComponent, testCase,
                                           { session: window.session,
                                             realtimeClient: window.realtimeClient })
        tryCompare(mine, "loaded", true, networkTimeoutMs)
        mine.addFriend(peer.account.id, peer.account.displayName)
        tryCompare(mine, "acting", false, networkTimeoutMs)
        compare(mine.errorMessage, "")
        peer.friends.reload() // requests are not pushed
        tryCompare(peer.friends.incoming, "count", 1, networkTimeoutMs)
        peer.friends.accept(peer.friends.incoming.get(0).id, window.session.user.displayName)
        tryCompare(peer.friends.friends, "count", 1, networkTimeoutMs)
        mine.reload() // a new friendship is not pushed either
        tryVerify(() => mine.presenceOf(peer.account.id) !== "", networkTimeoutMs)
        return mine
    }

    function page(window) {
        tryVerify(() => !window.pageStack.busy && window.pageStack.currentItem)
        return window.pageStack.currentItem
    }

    function openPage(window, key, title) {
        window.open(key)
        tryCompare(child(window.contentItem, "pageTitle"), "text", title)
        return page(window)
    }

    function tap(item) {
        verify(item.visible, item.objectName + " is not visible")
        verify(item.enabled, item.objectName + " is disabled")
        scrollIntoView(item)
        mouseClick(item)
    }

    function toastText(window) {
        return child(window.contentItem, "messageToastText").text
    }

    // The page's scrolling area (AppPage's Flickable).
    function flickableOf(item) {
        for (let i = 0; i < item.children.length; ++i) {
            const childItem = item.children[i]
            if (childItem.contentY !== undefined && childItem.flickableDirection !== undefined)
                return childItem
            const found = flickableOf(childItem)
            if (found)
                return found
        }
        return null
    }

    // Desktop (1024 x 700) and phone (360 x 740) pictures of the current page, scrolled to the top.
    function saveDesktopAndPhone(window, baseName) {
        const flickable = flickableOf(page(window))
        if (flickable)
            flickable.contentY = 0
        resize(window, 1024, 700)
        saveScreenshot(window, baseName + "-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, baseName + "-phone.png")
        resize(window, 1024, 700)
    }

    function resize(window, width, height) {
        window.width = width
        window.height = height
        tryCompare(window.contentItem, "width", width)
        wait(200) // layouts settle, charts redraw (through their own scene) before the picture
    }
}
