import QtQuick
import QtTest
import Transcendence
import "../support"

// Chat and notifications in the real main window against the real platform: a second player
// (the app's own controllers on their own connection, as another device) exchanges messages with
// the window's player, who sees typing, "Seen" and unread counts; the inbox shows a friend
// request; a reported message is removed by an admin from the Reports page. Refusals (flooding,
// too fast, muted) are shown where the player writes; messages sent while the window was offline
// arrive once each, in order, when it reconnects; a tournament's conversation shows its pairing,
// and the "your match is ready" toast's Join enters the match.
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
            // Each peer its own stored sign-in (one per server address and profile): a second
            // peer's sign-up must not sign the first one out.
            property string profileName: ""
            property var account: ({})
            property var openedConversation: 0
            readonly property alias session: peerSession
            readonly property alias realtime: peerRealtime
            readonly property alias chat: peerChat
            readonly property alias friends: peerFriends
            readonly property alias notifications: peerNotifications
            readonly property alias lobby: peerLobby
            readonly property alias tournaments: peerTournaments
            readonly property alias reports: peerReports

            RealtimeClient {
                id: peerRealtime
                serverUrl: peer.serverUrl
            }
            AccountSession {
                id: peerSession
                profile: peer.profileName
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
            TournamentDirectory {
                id: peerTournaments
                session: peerSession
            }
            AdminReportsController {
                id: peerReports
                session: peerSession
            }
        }
    }

    Component {
        id: directoryComponent
        TournamentDirectory {}
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
        const peer = createTemporaryObject(peerComponent, testCase, { serverUrl: peerUrl,
                                                                     profileName: "peer-" + prefix })
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
        // Under my newest message ("Great", seq 4) only: not under my first, nor the peer's.
        tryVerify(() => findChild(messageItem(window, 4), "seenLabel").visible)
        verify(!findChild(messageItem(window, 1), "seenLabel").visible)
        verify(!findChild(messageItem(window, 3), "seenLabel").visible)
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
        // On a loaded machine the first press sometimes lands while the list is still settling
        // (the offscreen tests): press again, as a person would.
        for (let attempt = 0; attempt < 3 && !menuButton.menu.opened; ++attempt) {
            mouseClick(menuButton)
            for (let waited = 0; waited < 2000 && !menuButton.menu.opened; waited += 100)
                wait(100)
        }
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
        makeAdminAndReload(window.session, alice.username)
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

    // The row of a message by its text (the list's model), and its delegate on screen.
    function rowOf(model, text) {
        for (let row = model.count - 1; row >= 0; --row) {
            if (model.get(row).text === text)
                return row
        }
        return -1
    }

    function delegateOf(window, model, text) {
        const row = rowOf(model, text)
        verify(row >= 0, "no message " + text)
        const message = model.get(row)
        return messageItem(window, message.seq > 0 ? message.seq : message.clientMessageId)
    }

    function writeAndSend(window, view, text) {
        view.composer.text = text
        mouseClick(child(window, "sendButton"))
        compare(view.composer.text, "")
    }

    function test_refusalsAndTheMutedBanner() {
        const alice = createSignedInWindow("gail")
        const window = alice.window
        const peer = createPeer("hugo")
        const view = openDirectFromProfile(window, peer)
        const conversation = view.conversation

        // The same text a third time is refused as flooding: said under it, with Retry / Discard.
        for (let i = 0; i < 3; ++i) {
            writeAndSend(window, view, "Same old text")
            tryVerify(() => !conversation.get(conversation.count - 1).pending
                            || conversation.get(conversation.count - 1).failed, networkTimeoutMs)
        }
        const flooded = conversation.get(conversation.count - 1)
        verify(flooded.failed, JSON.stringify(flooded))
        const floodItem = messageItem(window, flooded.clientMessageId)
        compare(findChild(floodItem, "failureLabel").text,
                "You already sent this message several times. Write something else.")
        verify(findChild(floodItem, "retryButton").visible)
        saveScreenshot(window, "chat-refused-flooding-desktop.png")
        mouseClick(findChild(floodItem, "discardButton"))
        tryCompare(conversation, "count", 2)

        // Too fast: 8 messages at once; those past the burst are refused with the wait in words,
        // and Retry sends one once the wait is over.
        for (let i = 1; i <= 8; ++i)
            verify(conversation.send("Quick " + i))
        tryVerify(() => {
            for (let row = 0; row < conversation.count; ++row) {
                if (conversation.get(row).pending && !conversation.get(row).failed)
                    return false
            }
            return true
        }, networkTimeoutMs, "some sends were neither stored nor refused")
        let refused = null
        for (let row = 0; row < conversation.count; ++row) {
            if (conversation.get(row).failed) {
                refused = conversation.get(row)
                break
            }
        }
        verify(refused !== null, "no send was refused as too fast")
        const refusedItem = messageItem(window, refused.clientMessageId)
        const failure = findChild(refusedItem, "failureLabel")
        verify(/^You are sending messages too fast\. Try again in \d+ seconds?\.$/.test(failure.text), failure.text)
        messageList(window).positionViewAtEnd()
        saveScreenshot(window, "chat-refused-rate-desktop.png")
        resize(window, 360, 740)
        window.openConversation(conversation.conversationId)
        const phoneView = window.pageStack.currentItem.view
        tryVerify(() => phoneView && phoneView.conversation === conversation)
        saveScreenshot(window, "chat-refused-rate-phone.png")
        window.back()
        resize(window, 1024, 700)
        window.openConversation(conversation.conversationId)
        wait(6000) // the bucket refills one token a second
        const retryText = refused.text
        const dockList = messageList(window)
        tryVerify(() => window.chatDock.view.conversation === conversation)
        dockList.positionViewAtIndex(rowOf(conversation, retryText), ListView.Center)
        waitForItemPolished(dockList)
        const retryButton = findChild(messageItem(window, refused.clientMessageId), "retryButton")
        tryVerify(() => retryButton.visible)
        mouseClick(retryButton)
        tryVerify(() => {
            const row = rowOf(conversation, retryText)
            return row >= 0 && !conversation.get(row).pending && conversation.get(row).seq > 0
        }, networkTimeoutMs, "the retry was not stored: "
           + JSON.stringify(conversation.get(rowOf(conversation, retryText))))
        const peerView = peer.chat.conversation(conversation.conversationId)
        tryVerify(() => rowOf(peerView, retryText) >= 0, networkTimeoutMs)

        // Muted by a moderator: a banner with the end, the composer off, sends refused.
        makeAdminAndReload(peer.session, peer.account.username)
        peer.reports.mute(alice.id, 30, "spam")
        const banner = child(window, "mutedBanner")
        tryVerify(() => banner.visible, networkTimeoutMs, "the mute was not shown")
        verify(/^You are muted until .+: you can read but not send messages\.$/.test(child(window, "mutedText").text),
               child(window, "mutedText").text)
        verify(!view.composer.enabled)
        verify(!child(window, "sendButton").enabled)
        compare(view.composer.placeholderText, "You are muted")
        saveScreenshot(window, "chat-muted-desktop.png")
        // On a phone the conversation is a page of its own: the same banner there.
        resize(window, 360, 740)
        window.openConversation(conversation.conversationId)
        tryVerify(() => window.pageStack.currentItem.view && window.pageStack.currentItem.view.conversation === conversation)
        const phoneBanner = findChild(window.pageStack.currentItem, "mutedBanner")
        tryVerify(() => phoneBanner.visible)
        saveScreenshot(window, "chat-muted-phone.png")
        window.back()
        resize(window, 1024, 700)
        // The peer's messages still arrive: muted players read.
        verify(peerView.send("You can still read this"))
        tryVerify(() => rowOf(conversation, "You can still read this") >= 0, networkTimeoutMs)
    }

    function messageList(window) {
        return window.chatDock.view.messageList
    }

    function test_missedMessagesArriveAfterAReconnect() {
        const alice = createSignedInWindow("ivy")
        const window = alice.window
        const peer = createPeer("jack")
        const view = openDirectFromProfile(window, peer)
        const conversation = view.conversation
        peer.chat.openDirect(alice.id)
        tryCompare(peer, "openedConversation", conversation.conversationId, networkTimeoutMs)
        const peerView = peer.chat.conversation(conversation.conversationId)
        tryVerify(() => peerView.loaded, networkTimeoutMs)
        verify(peerView.send("Before the tunnel"))
        tryCompare(conversation, "count", 1, networkTimeoutMs)

        // The window's live connection drops. It writes meanwhile: with no socket the app sends
        // over HTTPS, so that message is stored at once; the peer writes three, which the window
        // does not get while its socket is down.
        window.realtimeClient.serverUrl = ""
        tryVerify(() => window.realtimeClient.state !== RealtimeClient.Connected, networkTimeoutMs)
        writeAndSend(window, view, "Written in the tunnel")
        tryVerify(() => {
            const row = rowOf(conversation, "Written in the tunnel")
            return row >= 0 && conversation.get(row).seq === 2
        }, networkTimeoutMs, "the message written without the socket was not stored")
        for (let i = 1; i <= 3; ++i) {
            verify(peerView.send("Missed " + i))
            tryVerify(() => peerView.get(peerView.count - 1).seq > 0, networkTimeoutMs)
        }
        wait(300)
        compare(rowOf(conversation, "Missed 1"), -1, "a message arrived without the socket")
        saveScreenshot(window, "chat-offline-desktop.png")

        // Back online: the missed ones arrive (chatSync with the last seq), in order, once each.
        window.realtimeClient.serverUrl = qmlTest.baseUrl
        tryCompare(window.realtimeClient, "state", RealtimeClient.Connected, networkTimeoutMs)
        tryVerify(() => rowOf(conversation, "Missed 3") >= 0, networkTimeoutMs, "the missed messages did not come")
        const texts = []
        const seqs = []
        for (let row = 0; row < conversation.count; ++row) {
            texts.push(conversation.get(row).text)
            seqs.push(conversation.get(row).seq)
        }
        compare(texts, ["Before the tunnel", "Written in the tunnel", "Missed 1", "Missed 2", "Missed 3"])
        compare(seqs, [1, 2, 3, 4, 5])
        tryVerify(() => rowOf(peerView, "Written in the tunnel") >= 0, networkTimeoutMs)
        compare(peerView.count, 5)
        // In view, they are read: nothing unread.
        tryCompare(window.chat, "totalUnread", 0, networkTimeoutMs)
        saveScreenshot(window, "chat-reconnected-desktop.png")
    }

    function test_aTournamentConversationAndTheMatchReadyToast() {
        const alice = createSignedInWindow("kate")
        const window = alice.window
        const owner = createPeer("liam")
        const third = createPeer("mona")
        const cup = "Cup " + qmlTest.uniqueName("c").slice(2)

        // The owner creates it and joins, then the third, then the window's player: seeded by
        // rating, then by who joined first, so the owner has the bye and the window plays round 1.
        owner.tournaments.create("online", cup, {}, [], 3, 3)
        tryVerify(() => owner.tournaments.current.id > 0, networkTimeoutMs, owner.tournaments.errorMessage)
        const id = owner.tournaments.current.id
        owner.tournaments.join(id, "")
        tryVerify(() => owner.tournaments.current.playerCount === 1, networkTimeoutMs, owner.tournaments.errorMessage)
        third.tournaments.join(id, "")
        tryVerify(() => third.tournaments.current.playerCount === 2, networkTimeoutMs,
                  third.tournaments.errorMessage + " " + JSON.stringify(third.tournaments.current))
        const directory = createTemporaryObject(directoryComponent, testCase, { session: window.session })
        directory.join(id, "")
        tryVerify(() => directory.current.playerCount === 3, networkTimeoutMs,
                  directory.errorMessage + " " + JSON.stringify(directory.current))

        // The conversation is in the window's list as soon as it joined.
        let conversationId = 0
        tryVerify(() => {
            const list = window.chat.conversations
            for (let row = 0; row < list.count; ++row) {
                const item = list.get(row)
                if (item.kind === "tournament" && item.title === cup)
                    conversationId = item.id
            }
            return conversationId > 0
        }, networkTimeoutMs, "the tournament conversation is not listed")

        owner.tournaments.start(id)
        // The match is ready: the window's prompt opens, and the toast waits behind it (one
        // message at a time). "Later" closes the prompt; the toast stays, with Join.
        const prompt = findChild(window.contentItem.parent, "tournamentMatchPrompt")
        tryVerify(() => prompt.opened, 30000, "the prompt did not open")
        const toast = child(window, "matchReadyToast")
        tryVerify(() => toast.notification !== null, networkTimeoutMs, "no tournament_match notification")
        verify(!toast.visible, "the toast shows beside the prompt")
        saveScreenshot(window, "chat-match-ready-prompt-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "chat-match-ready-prompt-phone.png")
        resize(window, 1024, 700)
        mouseClick(findChild(prompt.footer, "laterButton"))
        tryVerify(() => !prompt.visible)
        tryVerify(() => toast.visible)
        verify(/^Your tournament match against .+ is ready\.$/.test(child(window, "matchReadyText").text),
               child(window, "matchReadyText").text)

        // The conversation shows the pairing as a line of its own, translated; the toast stays
        // over the page, beside the panel.
        window.openConversation(conversationId)
        tryVerify(() => findChild(window.chatDock, "systemMessage") !== null, networkTimeoutMs)
        const system = findChild(window.chatDock, "systemMessage")
        verify(/^Round 1: .+ plays .+ next\.  \u00b7  /.test(system.text), system.text)
        verify(system.text.indexOf(alice.displayName) >= 0, system.text)
        const toastBox = toast.mapToItem(window.contentItem, 0, 0)
        verify(toastBox.x + toast.width <= window.chatDock.x, "the toast covers the chat panel")
        saveScreenshot(window, "chat-match-ready-desktop.png")
        resize(window, 360, 740)
        saveScreenshot(window, "chat-match-ready-phone.png")
        resize(window, 1024, 700)

        const join = child(window, "joinMatchButton")
        tryVerify(() => join.visible && join.enabled)
        mouseClick(join)
        tryVerify(() => window.pageStack.currentItem && window.pageStack.currentItem.match,
                  networkTimeoutMs, "the toast's Join did not enter the match")
        compare(window.pageStack.currentItem.match.kind, "tournament")
        verify(!toast.visible)
    }

    function test_aBlockEndsTheConversationBothWays() {
        const alice = createSignedInWindow("olga")
        const window = alice.window
        const peer = createPeer("pete")
        const view = openDirectFromProfile(window, peer)
        const conversation = view.conversation
        peer.chat.openDirect(alice.id)
        tryCompare(peer, "openedConversation", conversation.conversationId, networkTimeoutMs)
        const peerView = peer.chat.conversation(conversation.conversationId)
        tryVerify(() => peerView.loaded, networkTimeoutMs)

        // Before the block, typing reaches the peer.
        mouseClick(view.composer)
        keyClick(Qt.Key_H)
        tryCompare(peerView, "typingNames", [alice.displayName], networkTimeoutMs)
        view.composer.text = ""

        // The peer blocks the window's player: neither can write to the other any more, and the
        // window's typing no longer reaches the peer.
        peer.friends.block(alice.id, alice.displayName)
        tryCompare(peer.friends.blocked, "count", 1, networkTimeoutMs)
        writeAndSend(window, view, "Still friends?")
        tryVerify(() => {
            const row = rowOf(conversation, "Still friends?")
            return row >= 0 && conversation.get(row).failed
        }, networkTimeoutMs, "the send to a player who blocked me was not refused")
        const refused = delegateOf(window, conversation, "Still friends?")
        compare(findChild(refused, "failureLabel").text,
                "You cannot message this player: one of you blocked the other.")
        saveScreenshot(window, "chat-blocked-desktop.png")
        verify(peerView.send("Bye"))
        tryVerify(() => peerView.get(peerView.count - 1).failed, networkTimeoutMs)
        compare(rowOf(conversation, "Bye"), -1)

        tryCompare(peerView, "typingNames", [], 10000)
        wait(2100) // the app sends "typing" at most every 2 s
        mouseClick(view.composer)
        keyClick(Qt.Key_A)
        wait(2000)
        compare(peerView.typingNames, [], "typing crossed the block")
    }
}
