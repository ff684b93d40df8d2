import QtQuick
import QtTest
import Transcendence
import "../support"

// Chat and notifications in the real main window against the real platform: a second player
// (the app's own controllers on their own connection, as another device) exchanges messages with
// the window's player, who sees typing, "Seen" and unread counts; the inbox shows a friend
// request; a reported message is removed by an admin from the Reports page.
AppTestCase {
    id: testCase

    name: "Chat"

    // The second player talks to the same platform through another name of it, so its stored
    // sign-in (one per server address) never mixes with the window's.
    readonly property string peerUrl: qmlTest.baseUrl.replace("//localhost:", "//127.0.0.1:")

    Component {
        id: peerComponent
        Item {
            id: peer
            property url serverUrl
            property var account: ({})
            property var openedConversation: 0
            readonly property alias session: peerSession
            readonly property alias realtime: peerRealtime
            readonly property alias chat: peerChat
            readonly property alias friends: peerFriends
            readonly property alias notifications: peerNotifications
            readonly property alias lobby: peerLobby

            RealtimeClient {
                id: peerRealtime
                serverUrl: peer.serverUrl
            }
            AccountSession {
                id: peerSession
                serverUrl: peer.serverUrl
                realtimeClient: peerRealtime
            }
            ChatController {
                id: peerChat
                session: peerSession
                realtimeClient: peerRealtime
                onDirectOpened: id => peer.openedConversation = id
            }
            NotificationsController {
                id: peerNotifications
                session: peerSession
                realtimeClient: peerRealtime
            }
            PlayLobby {
                id: peerLobby
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
        requirePlatform()
        // No animated transitions: screenshots and clicks see the final state.
        Appearance.reducedMotion = true
        Appearance.theme = Appearance.Light
    }

    function createSignedInWindow(prefix) {
        const window = createWindow()
        const username = signUp(window.session, prefix)
        tryCompare(window.realtimeClient, "userId", window.session.userId, networkTimeoutMs)
        return { window: window, username: username, id: window.session.userId,
                 displayName: window.session.user.displayName }
    }

    function createPeer(prefix) {
        const peer = createTemporaryObject(peerComponent, testCase, { serverUrl: peerUrl })
        verify(peer, "the second player could not be created")
        const username = signUp(peer.session, prefix)
        peer.account = { id: peer.session.userId, username: username,
                         displayName: peer.session.user.displayName }
        tryCompare(peer.realtime, "userId", peer.account.id, networkTimeoutMs)
        return peer
    }

    function currentPage(window, title) {
        tryCompare(child(window, "pageTitle"), "text", title, networkTimeoutMs)
        settle(window)
        return window.pageStack.currentItem
    }

    // The window's player opens the DM with the peer from the peer's profile ("Message").
    function openDirectFromProfile(window, peer) {
        window.push("../social/PlayerPage.qml", { userId: peer.account.id })
        currentPage(window, peer.account.displayName)
        const button = child(window, "messageButton")
        tryVerify(() => button.visible && button.enabled, networkTimeoutMs)
        mouseClick(button)
        tryVerify(() => window.chatDock.visible && window.chatDock.conversationId > 0
                        && window.chatDock.view, networkTimeoutMs)
        return window.chatDock.view
    }

    function messageItem(window, seq) {
        let item = null
        tryVerify(() => (item = findChild(window.contentItem, "message_" + seq)) !== null,
                  networkTimeoutMs, "message " + seq + " is not shown")
        return item
    }

    function test_directMessagesTypingSeenAndUnread() {
        const alice = createSignedInWindow("alice")
        const window = alice.window
        const peer = createPeer("bob")

        // "Message" on the peer's profile opens the DM in the docked panel.
        const view = openDirectFromProfile(window, peer)
        const conversationId = window.chatDock.conversationId
        tryCompare(child(window, "dockTitle"), "text", peer.account.displayName, networkTimeoutMs)

        // The peer has the same conversation (created once for the pair).
        peer.chat.openDirect(alice.id)
        tryCompare(peer, "openedConversation", conversationId, networkTimeoutMs)
        const bobView = peer.chat.conversation(conversationId)
        tryVerify(() => bobView.loaded, networkTimeoutMs)

        // Typing is relayed, then the message arrives, unread for the peer.
        const composer = view.composer
        mouseClick(composer)
        keyClick(Qt.Key_H)
        keyClick(Qt.Key_I)
        tryCompare(bobView, "typingNames", [alice.displayName], networkTimeoutMs)
        composer.text = "Hi Bob, a match later?"
        mouseClick(child(window, "sendButton"))
        compare(composer.text, "")
        tryCompare(bobView, "count", 1, networkTimeoutMs)
        compare(bobView.get(0).text, "Hi Bob, a match later?")
        compare(bobView.get(0).sender.id, alice.id)
        tryCompare(peer.chat, "totalUnread", 1, networkTimeoutMs)
        verify(bobView.typingNames.length === 0, "a message ends the typing notice")
        // Shown once on the sender's side, stored (not pending any more).
        tryVerify(() => view.conversation.count === 1 && !view.conversation.get(0).pending,
                  networkTimeoutMs)

        // The peer answers; the window shows it (name, avatar) and, in view, reads it.
        peer.chat.activeConversationId = conversationId
        bobView.typing()
        tryCompare(view.conversation, "typingNames", [peer.account.displayName], networkTimeoutMs)
        tryVerify(() => child(window, "typingLabel").visible)
        verify(bobView.send("Sure, after dinner"))
        const answer = messageItem(window, 2)
        compare(findChild(answer, "messageText").text, "Sure, after dinner")
        compare(findChild(answer, "senderName").text, peer.account.displayName)
        compare(window.chat.totalUnread, 0)
        // The window read it: the peer sees "Seen".
        tryVerify(() => bobView.seen, networkTimeoutMs)
        // The peer reads the window's message: "Seen" under it in the window.
        bobView.markRead()
        tryCompare(peer.chat, "totalUnread", 0, networkTimeoutMs)
        verify(bobView.send("See you"))
        tryCompare(view.conversation, "count", 3, networkTimeoutMs)
        composer.text = "Great"
        mouseClick(child(window, "sendButton"))
        tryCompare(bobView, "count", 4, networkTimeoutMs)
        bobView.markRead()
        tryVerify(() => view.conversation.seen, networkTimeoutMs)
        tryVerify(() => child(window, "seenLabel").visible)
        saveScreenshot(window, "chat-conversation-desktop.png")

        // Too long: refused before sending, with the limit in words.
        composer.text = "x".repeat(2001)
        verify(!child(window, "sendButton").enabled)
        tryVerify(() => child(window, "composerCount").visible)
        compare(child(window, "composerCount").text, "2001 / 2000")
        composer.text = ""

        // With the panel closed, a new message counts as unread on the chat button and the list.
        mouseClick(child(window, "dockCloseButton"))
        tryVerify(() => !window.chatDock.visible)
        tryCompare(window.chat, "activeConversationId", 0)
        verify(bobView.send("Are you there?"))
        tryCompare(window.chat, "totalUnread", 1, networkTimeoutMs)
        tryCompare(child(window, "chatUnreadBadgeText"), "text", "1")
        window.open("chat")
        currentPage(window, "Chat")
        tryVerify(() => findChild(window.contentItem, "unreadBadge_" + conversationId)
                        && findChild(window.contentItem, "unreadBadge_" + conversationId).visible)
        saveScreenshot(window, "chat-list-desktop.png")

        // Phone: the list is the page, a conversation is a page of its own.
        resize(window, 360, 740)
        saveScreenshot(window, "chat-list-phone.png")
        mouseClick(findChild(window.contentItem, "conversation_" + conversationId))
        const phonePage = currentPage(window, peer.account.displayName)
        tryCompare(window.chat, "totalUnread", 0, networkTimeoutMs)
        tryCompare(phonePage.view.conversation, "count", 5, networkTimeoutMs)
        saveScreenshot(window, "chat-conversation-phone.png")
        resize(window, 1024, 700)
    }

    function test_anInvitationFromTheChatStartsTheMatch() {
        const alice = createSignedInWindow("erin")
        const window = alice.window
        const peer = createPeer("frank")
        const view = openDirectFromProfile(window, peer)
        const conversationId = window.chatDock.conversationId
        peer.chat.openDirect(alice.id)
        tryCompare(peer, "openedConversation", conversationId, networkTimeoutMs)
        const bobView = peer.chat.conversation(conversationId)
        tryVerify(() => bobView.loaded, networkTimeoutMs)

        // "Invite to a match" posts a card into both histories, pending.
        tryVerify(() => window.playLobby.available, networkTimeoutMs)
        mouseClick(child(window, "inviteToMatchButton"))
        const card = messageItem(window, 1)
        const cardState = findChild(card, "invitationState")
        tryVerify(() => cardState.text.indexOf("Waiting for an answer") === 0, networkTimeoutMs)
        verify(findChild(card, "cancelInvitationButton").visible)
        tryVerify(() => bobView.count === 1 && bobView.get(0).kind === "invitation", networkTimeoutMs)
        const invitation = bobView.get(0).invitation
        compare(invitation.state, "pending")
        compare(invitation.from.id, alice.id)
        compare(invitation.to.id, peer.account.id)
        saveScreenshot(window, "chat-invitation-desktop.png")

        // The peer accepts: the match starts in the window, and the card says so in both.
        tryVerify(() => peer.lobby.invitations.length === 1, networkTimeoutMs)
        verify(peer.lobby.answerInvitation(invitation.inviteId, true))
        tryVerify(() => window.pageStack.currentItem && window.pageStack.currentItem.match,
                  networkTimeoutMs, "the window did not enter the match")
        tryVerify(() => bobView.get(0).invitation.state === "accepted", networkTimeoutMs)
        tryVerify(() => cardState.text.indexOf("Accepted") === 0, networkTimeoutMs)
    }

    function test_theInboxShowsAFriendRequest() {
        const alice = createSignedInWindow("carol")
        const window = alice.window
        const peer = createPeer("dave")

        // A friend request reaches the bell and the inbox at once.
        peer.friends.addFriend(alice.id, alice.displayName)
        tryCompare(window.notifications, "unread", 1, networkTimeoutMs)
        tryCompare(child(window, "notificationBadgeText"), "text", "1")
        mouseClick(child(window, "notificationBell"))
        currentPage(window, "Notifications")
        const request = child(window, "notificationText")
        compare(request.text, peer.account.displayName + " asked to be your friend.")
        saveDesktopAndPhone(window, "chat-inbox")
        mouseClick(child(window, "markAllReadButton"))
        tryCompare(window.notifications, "unread", 0, networkTimeoutMs)
        verify(!child(window, "notificationBadge").visible)

        // The request's notification leads to the friends page.
        mouseClick(child(window, "notification_friend_request_" + window.notifications.items.get(0).id))
        currentPage(window, "Friends")
    }

    function test_anAdminRemovesAReportedMessage() {
        const alice = createSignedInWindow("mod")
        const window = alice.window
        const peer = createPeer("spammer")

        peer.chat.openDirect(alice.id)
        tryVerify(() => peer.openedConversation > 0, networkTimeoutMs)
        const bobView = peer.chat.conversation(peer.openedConversation)
        tryVerify(() => bobView.loaded, networkTimeoutMs)
        verify(bobView.send("Buy cheap gold at example.test"))
        tryVerify(() => bobView.count === 1 && !bobView.get(0).pending, networkTimeoutMs)

        // The window's player reports it from the message's menu.
        tryVerify(() => window.chat.totalUnread === 1, networkTimeoutMs)
        window.openConversation(peer.openedConversation)
        const reported = messageItem(window, 1)
        const menuButton = findChild(reported, "messageMenuButton")
        tryVerify(() => menuButton.visible && menuButton.width > 0, 5000,
                  "the message's menu button is not shown: visible " + menuButton.visible
                  + ", width " + menuButton.width)
        waitForItemPolished(window.chatDock)
        mouseClick(menuButton)
        tryVerify(() => menuButton.menu.opened, 5000, "the message's menu did not open")
        const reportItem = menuButton.menu.itemAt(0)
        compare(reportItem.objectName, "reportMessageItem")
        tryVerify(() => reportItem.visible)
        mouseClick(reportItem)
        const dialog = window.chatDock.view.reportDialog
        tryVerify(() => dialog.opened)
        mouseClick(findChild(dialog.contentItem, "reportReason_spam"))
        findChild(dialog.contentItem, "reportCommentField").text = "an advert"
        mouseClick(findChild(dialog.footer, "sendReportButton"))
        tryVerify(() => child(window, "messageToastText").text.indexOf("moderators") >= 0,
                  networkTimeoutMs)

        // The same player, made an admin, removes it from the Reports page.
        compare(qmlTest.makeAdmin(alice.username), "")
        window.session.reloadUser()
        tryVerify(() => window.session.isAdmin, networkTimeoutMs)
        window.chatDocked = false
        window.open("admin")
        const adminPage = currentPage(window, "Administration")
        // Its first answers lay the page out again: press the button once they are in.
        tryVerify(() => !adminPage.controller.busy, networkTimeoutMs)
        waitForItemPolished(adminPage)
        // The first press after the report dialog closed is sometimes taken by the closing
        // popup's overlay in the offscreen tests: press again, as a person would.
        for (let attempt = 0; attempt < 3 && window.pageStack.depth === 1; ++attempt) {
            click(window, "adminReportsButton")
            for (let waited = 0; waited < 2000 && window.pageStack.depth === 1; waited += 100)
                wait(100)
        }
        const page = currentPage(window, "Chat reports")
        let card = null
        tryVerify(() => {
            for (let row = 0; row < page.controller.reports.count; ++row) {
                const report = page.controller.reports.get(row)
                if (report.message && report.message.text === "Buy cheap gold at example.test")
                    card = findChild(window.contentItem, "report_" + report.id)
            }
            return card !== null
        }, networkTimeoutMs)
        compare(findChild(card, "reportedText").text, "Buy cheap gold at example.test")
        verify(findChild(card, "reportReason").text.indexOf("Spam") >= 0)
        saveDesktopAndPhone(window, "chat-reports")

        // Mute the sender for a day: they are told, and their next message is refused.
        mouseClick(findChild(card, "muteSenderButton"))
        const muteDialog = page.muteDialog
        tryVerify(() => muteDialog.opened)
        compare(muteDialog.minutes, 1440)
        findChild(muteDialog.contentItem, "confirmReasonField").text = "advertising"
        saveScreenshot(window, "chat-mute-dialog-desktop.png")
        mouseClick(findChild(muteDialog.footer, "confirmAcceptButton"))
        tryVerify(() => !muteDialog.visible)
        tryVerify(() => child(window, "messageToastText").text.indexOf("The sender is muted until") === 0,
                  networkTimeoutMs)
        tryVerify(() => peer.chat.mutedUntil !== "", networkTimeoutMs)
        tryVerify(() => peer.notifications.unread >= 1, networkTimeoutMs)
        verify(bobView.send("Still selling gold"))
        tryVerify(() => bobView.get(1).failed, networkTimeoutMs)
        verify(bobView.get(1).failure.indexOf("You are muted until") === 0, bobView.get(1).failure)

        mouseClick(findChild(card, "deleteMessageButton"))
        const deleteDialog = page.deleteDialog
        tryVerify(() => deleteDialog.opened)
        const confirmButton = findChild(deleteDialog.footer, "confirmAcceptButton")
        verify(!confirmButton.enabled, "a removal needs a reason")
        findChild(deleteDialog.contentItem, "confirmReasonField").text = "advertising"
        mouseClick(confirmButton)
        tryVerify(() => !deleteDialog.visible)
        // Removed everywhere, live.
        tryVerify(() => bobView.get(0).removed === "moderator", networkTimeoutMs)
        tryVerify(() => window.chat.conversation(peer.openedConversation).get(0).removed === "moderator",
                  networkTimeoutMs)
        tryVerify(() => child(window, "messageToastText").text === "The message was removed.",
                  networkTimeoutMs)
    }
}
