import QtQuick
import QtTest
import Transcendence

// Friends, presence, blocking, player search and your own profile, through the real main window
// against the real platform, with a second player on their own connection.
SocialTestCase {
    id: testCase

    name: "Social"

    function searchAndOpen(window, account) {
        const players = openPage(window, "players", "Players")
        const field = child(players, "playerSearchField")
        field.forceActiveFocus()
        // Typed, like a player: the search runs after a pause.
        for (const character of account.username.slice(0, 9))
            keyClick(character)
        tryVerify(() => findChild(players, "result_" + account.username), networkTimeoutMs,
                  "the search did not find " + account.username)
        compare(child(players, "searchStatus").text.indexOf(account.username.slice(0, 9)) >= 0, true)
        const result = child(players, "result_" + account.username)
        compare(child(result, "personName").text, account.displayName)
        return { players: players, result: result }
    }

    function openProfileOf(window, userId) {
        window.push("../social/PlayerPage.qml", { userId: userId })
        const profilePage = page(window)
        tryCompare(profilePage.profile, "loaded", true, networkTimeoutMs)
        tryVerify(() => profilePage.profile.relationship !== "" || profilePage.profile.isMe,
                  networkTimeoutMs)
        return profilePage
    }

    function test_searchFindsAPlayerAndTheRequestIsAccepted() {
        const window = createSignedInWindow("srch")
        const peer = createPeer("found")

        const found = searchAndOpen(window, peer.account)
        saveDesktopAndPhone(window, "social-players")
        tap(child(found.result, "personOpen"))
        tryCompare(child(window.contentItem, "pageTitle"), "text", peer.account.displayName)
        const profilePage = page(window)
        tryCompare(profilePage.profile, "relationship", "none", networkTimeoutMs)

        tap(child(profilePage, "addFriendButton"))
        tryCompare(profilePage.profile, "relationship", "outgoing", networkTimeoutMs)
        compare(toastText(window), "Friend request sent to " + peer.account.displayName + ".")
        verify(child(profilePage, "cancelRequestButton").visible)

        // The peer sees the request and accepts it; the window's friends page shows them online.
        peer.friends.reload()
        tryCompare(peer.friends.incoming, "count", 1, networkTimeoutMs)
        compare(peer.friends.incoming.get(0).user.id, window.session.userId)
        peer.friends.accept(peer.friends.incoming.get(0).id, window.session.user.displayName)
        tryCompare(peer.friends.friends, "count", 1, networkTimeoutMs)

        const friendsPage = openPage(window, "friends", "Friends")
        tryVerify(() => findChild(friendsPage, "friend_" + peer.account.username), networkTimeoutMs)
        const row = child(friendsPage, "friend_" + peer.account.username)
        tryCompare(child(row, "presenceBadge"), "text", "Online", networkTimeoutMs)
        compare(child(friendsPage, "friendsSummary").text, "Friends online: 1 of 1.")
    }

    function test_acceptFromTheFriendsPageAndPresenceIsLive() {
        const window = createSignedInWindow("pres")
        const peer = createPeer("asker")
        const friendsPage = openPage(window, "friends", "Friends")
        const controller = child(friendsPage, "friendsController")
        tryCompare(controller, "loaded", true, networkTimeoutMs)
        compare(child(friendsPage, "friendsSummary").text, "No friends yet.")

        peer.friends.addFriend(window.session.userId, window.session.user.displayName)
        tryVerify(() => peer.friends.outgoing.count === 1, networkTimeoutMs)
        // Requests are not pushed: the page shows them when it reads again.
        tap(child(friendsPage, "refreshFriendsButton"))
        tryVerify(() => findChild(friendsPage, "incoming_" + peer.account.username), networkTimeoutMs,
                  "the request did not show on the friends page")
        const request = child(friendsPage, "incoming_" + peer.account.username)
        tap(child(request, "acceptButton"))
        tryVerify(() => findChild(friendsPage, "friend_" + peer.account.username), networkTimeoutMs)
        compare(toastText(window), "You and " + peer.account.displayName + " are now friends.")
        tryVerify(() => !findChild(friendsPage, "incoming_" + peer.account.username))

        const row = child(friendsPage, "friend_" + peer.account.username)
        const badge = child(row, "presenceBadge")
        tryCompare(badge, "text", "Online", networkTimeoutMs)
        saveDesktopAndPhone(window, "social-friends")

        // The peer's device goes offline, then comes back: the badge follows, without a reload.
        const reloads = signalSpy.createObject(testCase, { target: controller,
                                                          signalName: "loadingChanged" })
        peer.realtime.serverUrl = ""
        tryCompare(badge, "text", "Offline", networkTimeoutMs)
        compare(child(friendsPage, "friendsSummary").text, "Friends online: 0 of 1.")
        peer.realtime.serverUrl = peerUrl
        tryCompare(badge, "text", "Online", networkTimeoutMs)
        compare(child(friendsPage, "friendsSummary").text, "Friends online: 1 of 1.")
        compare(reloads.count, 0, "the presence came from a reload, not live")

        // The peer's own list shows the window's player online too.
        tryCompare(peer.friends.friends, "count", 1, networkTimeoutMs)
        tryCompare(peer.friends, "loaded", true, networkTimeoutMs)
        compare(peer.friends.presenceOf(window.session.userId), "online")
    }

    function test_blockingEndsTheFriendshipAndRefusesRequests() {
        const window = createSignedInWindow("blkr")
        const peer = createPeer("blkd")
        makeFriends(window, peer)

        const profilePage = openProfileOf(window, peer.account.id)
        tryCompare(profilePage.profile, "relationship", "friend", networkTimeoutMs)
        tryCompare(child(profilePage, "playerPresence"), "text", "Online", networkTimeoutMs)
        tap(child(profilePage, "blockButton"))
        tryCompare(profilePage.profile, "relationship", "blocked", networkTimeoutMs)
        compare(toastText(window), "You blocked " + peer.account.displayName + ".")
        verify(child(profilePage, "unblockButton").visible)
        verify(!child(profilePage, "addFriendButton").visible)
        saveDesktopAndPhone(window, "social-player-blocked")

        // The friendship is gone on both sides, and the blocked player cannot ask again.
        peer.friends.reload()
        tryCompare(peer.friends.friends, "count", 0, networkTimeoutMs)
        const refused = signalSpy.createObject(testCase, { target: peer.friends,
                                                          signalName: "actionFailed" })
        peer.friends.addFriend(window.session.userId, window.session.user.displayName)
        refused.wait(networkTimeoutMs)
        // The blocked player is only told that the request cannot be sent.
        compare(refused.signalArguments[0][0],
                "This player is not accepting friend requests from you.")
        peer.friends.reload()
        tryCompare(peer.friends, "loading", false, networkTimeoutMs)
        compare(peer.friends.outgoing.count, 0)

        const friendsPage = openPage(window, "friends", "Friends")
        tryVerify(() => findChild(friendsPage, "blocked_" + peer.account.username), networkTimeoutMs)
        verify(!findChild(friendsPage, "friend_" + peer.account.username))

        // Unblocking from the list: they are strangers again (not friends).
        tap(child(child(friendsPage, "blocked_" + peer.account.username), "unblockButton"))
        tryVerify(() => !findChild(friendsPage, "blocked_" + peer.account.username), networkTimeoutMs)
        compare(toastText(window), "You unblocked " + peer.account.displayName + ".")
        verify(!findChild(friendsPage, "friend_" + peer.account.username))
    }

    function test_profileEditPersistsAndTheAvatarIsUploaded() {
        const window = createSignedInWindow("prof")
        let profilePage = openPage(window, "profile", "Your profile")
        const editor = profilePage.editor
        tryCompare(editor, "loaded", true, networkTimeoutMs)
        const nameField = child(profilePage, "displayNameField")
        compare(nameField.text, window.session.user.displayName)

        // A name the server refuses names the field.
        nameField.text = "bad<name>"
        tap(child(profilePage, "saveProfileButton"))
        tryVerify(() => child(profilePage, "displayNameProblem").text !== "", networkTimeoutMs)

        const newName = qmlTest.uniqueName("Renamed")
        nameField.text = newName
        child(profilePage, "bioField").text = "Left paddle, right attitude.\nSince today."
        tap(child(profilePage, "saveProfileButton"))
        tryVerify(() => window.session.user.displayName === newName, networkTimeoutMs)
        compare(toastText(window), "Your profile is saved.")
        compare(child(profilePage, "displayNameProblem").text, "")
        tryCompare(child(window.contentItem, "signedInAs"), "text", "Signed in as " + newName)

        // The picker opens (a dialog a test cannot drive: the choice is handed over below).
        tap(child(profilePage, "chooseAvatarButton"))
        tryVerify(() => profilePage.avatarDialogOpen, 5000, "the file picker did not open")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !profilePage.avatarDialogOpen, 5000, "Escape did not close the file picker")

        // A file that is not a picture is refused before anything is sent.
        verify(!editor.chooseAvatar(Qt.resolvedUrl("tst_social.qml")))
        compare(editor.avatarProblem, "Choose a PNG, JPEG or WebP picture.")
        verify(!child(profilePage, "uploadAvatarButton").enabled)

        // A real picture (a screenshot of this very window): previewed, then uploaded.
        const picture = saveScreenshot(window, "avatar-source.png")
        verify(editor.chooseAvatar("file://" + picture))
        compare(editor.avatarProblem, "")
        tryCompare(child(child(profilePage, "avatarPreview"), "avatarImage"), "status", Image.Ready)
        tap(child(profilePage, "uploadAvatarButton"))
        tryVerify(() => editor.avatarUrl.indexOf("?v=") > 0, networkTimeoutMs, editor.avatarProblem)
        compare(toastText(window), "Your new avatar is saved.")
        const current = child(child(profilePage, "currentAvatar"), "avatarImage")
        tryCompare(current, "status", Image.Ready, networkTimeoutMs)
        verify(current.source.toString().indexOf(editor.avatarUrl) > 0)
        verify(!child(profilePage, "avatarPreview").parent.visible)
        saveDesktopAndPhone(window, "social-profile")

        // Everything persisted: a fresh page reads it back from the server.
        openPage(window, "friends", "Friends")
        profilePage = openPage(window, "profile", "Your profile")
        tryCompare(profilePage.editor, "loaded", true, networkTimeoutMs)
        compare(child(profilePage, "displayNameField").text, newName)
        compare(child(profilePage, "bioField").text, "Left paddle, right attitude.\nSince today.")
        compare(child(profilePage, "profileLanguageField").currentValue, "en")
        verify(profilePage.editor.avatarUrl.indexOf("?v=") > 0)

        // Others see it on the public profile.
        tap(child(profilePage, "viewOwnProfileButton"))
        const publicPage = page(window)
        tryCompare(child(publicPage, "playerName"), "text", newName, networkTimeoutMs)
        compare(child(publicPage, "playerBio").text, "Left paddle, right attitude.\nSince today.")
        verify(child(publicPage, "editProfileButton").visible)
        verify(!child(publicPage, "socialActions").visible)

        // Back to the generated avatar.
        window.back()
        profilePage = page(window)
        tap(child(profilePage, "removeAvatarButton"))
        tryVerify(() => profilePage.editor.avatarUrl !== "" && profilePage.editor.avatarUrl.indexOf("?v=") < 0,
                  networkTimeoutMs)

        // The account's language is saved, and the app follows it.
        const languageField = child(profilePage, "profileLanguageField")
        languageField.currentIndex = languageField.indexOfValue("fr")
        compare(languageField.currentValue, "fr")
        tap(child(profilePage, "saveProfileButton"))
        tryCompare(profilePage.editor, "language", "fr", networkTimeoutMs)
        tryCompare(Language, "language", "fr", networkTimeoutMs)
        tryVerify(() => window.session.user.language === "fr", networkTimeoutMs)
        languageField.currentIndex = languageField.indexOfValue("en")
        tap(child(profilePage, "saveProfileButton"))
        tryCompare(Language, "language", "en", networkTimeoutMs)
        tryVerify(() => window.session.user.language === "en", networkTimeoutMs)
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
