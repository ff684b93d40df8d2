import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Transcendence

// The app's window: the backend objects every page shares, the navigation (a side list on a wide
// window, a drawer on a phone) and the page stack. Pages are opened by key (open("settings")) or
// pushed on top of the current one (push(url, properties)) and get the backend objects set.
ApplicationWindow {
    id: window

    // The backend objects of this window, reachable by tests and by every page.
    readonly property alias serverStatus: serverStatus
    readonly property alias realtimeClient: realtimeClient
    readonly property alias session: session
    readonly property alias reauthDialog: reauthDialog
    readonly property alias playLobby: playLobby
    readonly property alias chat: chat
    readonly property alias notifications: notifications
    readonly property alias chatDock: chatDock
    // The chat panel beside the pages (wide windows only).
    property bool chatDocked: false
    readonly property alias pageStack: pageStack
    readonly property bool wide: width >= 840
    property string currentKey: ""

    // Every place the navigation leads to. qsTr runs in this binding, so a language switch
    // retranslates the list. signedIn: needs an account; admin: shown to admins only.
    readonly property var destinations: [
        { key: "home", title: qsTr("Home"), page: "../home/HomePage.qml" },
        { key: "play", title: qsTr("Play"), page: "../play/PlayPage.qml" },
        { key: "live", title: qsTr("Live matches"), page: "../play/LiveMatchesPage.qml", signedIn: true },
        { key: "signIn", title: qsTr("Sign in"), page: "../account/SignInPage.qml", signedOut: true },
        { key: "dashboard", title: qsTr("Dashboard"), page: "../dashboard/DashboardPage.qml", signedIn: true },
        { key: "chat", title: qsTr("Chat"), page: "../chat/ChatPage.qml", signedIn: true },
        { key: "notifications", title: qsTr("Notifications"), page: "../chat/NotificationsPage.qml", signedIn: true },
        { key: "friends", title: qsTr("Friends"), page: "../social/FriendsPage.qml", signedIn: true },
        { key: "players", title: qsTr("Players"), page: "../social/PlayersPage.qml", signedIn: true },
        { key: "profile", title: qsTr("Your profile"), page: "../social/ProfilePage.qml", signedIn: true },
        { key: "admin", title: qsTr("Administration"), page: "../admin/AdminPage.qml", signedIn: true, admin: true },
        { key: "settings", title: qsTr("Settings"), page: "../settings/SettingsPage.qml" },
        { key: "server", title: qsTr("Server"), page: "../network/ServerPage.qml" }
    ]
    readonly property var visibleDestinations: destinations.filter(d => isAvailable(d))

    function isAvailable(d) {
        return (!d.signedIn || session.signedIn) && (!d.signedOut || !session.signedIn)
            && (!d.admin || session.isAdmin)
    }

    function destination(key) {
        return destinations.find(d => d.key === key)
    }

    // A page may ask before it is left (a match being played): it gets requestLeave(proceed) and
    // calls proceed() once the player agreed. Returns whether the page could be left at once.
    function leaveCurrentPage(proceed) {
        const page = pageStack.currentItem
        if (page && typeof page.requestLeave === "function")
            return page.requestLeave(proceed)
        proceed()
        return true
    }

    // Opens a top-level page; the stack starts again from it.
    function open(key, properties) {
        const target = destination(key)
        if (!target)
            return null
        let opened = null
        if (!leaveCurrentPage(() => { opened = openNow(key, target, properties) }))
            return null
        return opened
    }

    function openNow(key, target, properties) {
        currentKey = key
        if (drawer.opened)
            drawer.close()
        return pageStack.replace(null, Qt.resolvedUrl(target.page), pageProperties(properties),
                                 Appearance.reducedMotion ? StackView.Immediate
                                                          : StackView.ReplaceTransition)
    }

    // Opens a page on top of the current one (a player's profile from the friends list).
    function push(url, properties) {
        return pageStack.push(Qt.resolvedUrl(url), pageProperties(properties),
                              Appearance.reducedMotion ? StackView.Immediate
                                                       : StackView.PushTransition)
    }

    function back() {
        if (pageStack.depth > 1)
            leaveCurrentPage(() => pageStack.pop(Appearance.reducedMotion ? StackView.Immediate
                                                                          : StackView.PopTransition))
    }

    // A conversation: in the docked panel on a wide window, as a page on a phone.
    function openConversation(conversationId) {
        if (wide) {
            chatDock.conversationId = conversationId
            chatDocked = true
            return chatDock
        }
        return push("../chat/ConversationPage.qml", { conversationId: conversationId })
    }

    function showMessage(text) {
        messageToast.show(text)
    }

    function pageProperties(properties) {
        const all = { session: session, realtimeClient: realtimeClient,
                      serverStatus: serverStatus, navigator: window }
        for (const name in properties || {})
            all[name] = properties[name]
        return all
    }

    // Where the app lands, signed in or not: the home page.
    function openHome() {
        open("home")
    }

    // A match this window entered (played, watched, replayed) is shown wherever the player was.
    function showMatch(match) {
        const current = pageStack.currentItem
        if (current && current.match === match)
            return current
        if (current && current.match && current.match.over)
            return pageStack.replace(Qt.resolvedUrl("../play/MatchPage.qml"),
                                     pageProperties({ match: match }), StackView.Immediate)
        return push("../play/MatchPage.qml", { match: match })
    }

    width: 1024
    height: 700
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Transcendence")
    font.pixelSize: Math.round(14 * Appearance.textScale)

    Material.theme: {
        switch (Appearance.theme) {
        case Appearance.Light: return Material.Light
        case Appearance.Dark: return Material.Dark
        case Appearance.HighContrast: return Material.Dark
        default: return Material.System
        }
    }
    readonly property bool highContrast: Appearance.theme === Appearance.HighContrast
    Material.primary: highContrast ? "#000000" : Material.Indigo
    Material.accent: highContrast ? "#ffff00" : Material.Pink
    Material.background: highContrast ? "#000000" : undefined
    Material.foreground: highContrast ? "#ffffff" : undefined

    ServerStatus {
        id: serverStatus
    }

    RealtimeClient {
        id: realtimeClient
        serverUrl: serverStatus.serverUrl
    }

    PlayLobby {
        id: playLobby
        realtimeClient: realtimeClient
        onMatchStarted: match => window.showMatch(match)
    }

    ChatController {
        id: chat
        session: session
        realtimeClient: realtimeClient
        onDirectOpened: id => window.openConversation(id)
        onActionSucceeded: message => window.showMessage(message)
        onActionFailed: message => window.showMessage(message)
    }

    NotificationsController {
        id: notifications
        session: session
        realtimeClient: realtimeClient
    }

    InvitationPrompt {
        lobby: playLobby
    }

    TournamentMatchPrompt {
        id: tournamentPrompt
        lobby: playLobby
    }

    // Step-up: a sensitive change waits for the password or a code (issue 15).
    ReauthenticationDialog {
        id: reauthDialog
        session: session
    }

    AccountSession {
        id: session
        serverUrl: serverStatus.serverUrl
        realtimeClient: realtimeClient

        onStateChanged: {
            // Signed in: from the sign-in page (or a page no longer allowed) to the home page.
            // Signed out: to the home page, unless the user is changing the server address or is
            // on the sign-in page already (a second factor cancelled).
            const current = window.destination(window.currentKey)
            const allowed = current && window.isAvailable(current)
            if (state === AccountSession.SignedIn) {
                if (!allowed || window.currentKey === "signIn" || pageStack.depth === 0)
                    window.openHome()
            } else if (state === AccountSession.SignedOut) {
                if ((window.currentKey !== "server" && window.currentKey !== "signIn") || pageStack.depth === 0)
                    window.openHome()
            }
        }
        onEndedReasonChanged: if (endedReason !== "") window.showMessage(endedReason)
    }

    header: ToolBar {
        Material.background: window.highContrast ? "#000000" : Material.primary
        Material.theme: Material.Dark
        // The elevation shadow is a shader effect, which the software renderer (offscreen, some
        // VMs) cannot draw: it would drop the whole bar background.
        Material.elevation: 0

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 8
            spacing: 4

            ToolButton {
                objectName: "menuButton"
                visible: !window.wide && pageStack.depth <= 1
                text: "\u2630"
                font.pixelSize: Math.round(20 * Appearance.textScale)
                Accessible.name: qsTr("Menu")
                onClicked: drawer.open()
            }
            ToolButton {
                objectName: "backButton"
                visible: pageStack.depth > 1
                text: "\u2190"
                font.pixelSize: Math.round(20 * Appearance.textScale)
                Accessible.name: qsTr("Back")
                onClicked: window.back()
            }
            Label {
                objectName: "pageTitle"
                text: pageStack.currentItem && pageStack.currentItem.title
                      ? pageStack.currentItem.title : qsTr("Transcendence")
                font.pixelSize: Math.round(20 * Appearance.textScale)
                font.bold: true
                elide: Label.ElideRight
                leftPadding: window.wide ? 12 : 0
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            HeaderChatButtons {
                visible: session.signedIn
                chat: chat
                notifications: notifications
                onChatClicked: window.wide ? (window.chatDocked = !window.chatDocked) : window.open("chat")
                onBellClicked: window.open("notifications")
            }
            ConnectionBadge {
                realtimeClient: realtimeClient
                serverStatus: serverStatus
                onClicked: window.open("server")
            }
            LanguageSelector {
                visible: window.width >= 480
                Layout.preferredWidth: Math.min(implicitWidth, window.width / 3)
            }
        }
    }

    NavigationList {
        id: sideNavigation
        visible: window.wide
        width: visible ? 220 : 0
        anchors { top: parent.top; bottom: parent.bottom; left: parent.left }
        destinations: window.visibleDestinations
        currentKey: window.currentKey
        session: session
        onActivated: key => window.open(key)
    }

    Drawer {
        id: drawer
        width: Math.min(window.width * 0.8, 300)
        height: window.height
        interactive: !window.wide

        NavigationList {
            anchors.fill: parent
            destinations: window.visibleDestinations
            currentKey: window.currentKey
            session: session
            onActivated: key => window.open(key)
        }
    }

    // While the account's e-mail address is not confirmed, above every page.
    EmailVerificationBanner {
        id: verifyBanner
        objectName: "verifyBanner"
        session: session
        anchors { top: parent.top; right: chatDock.left; left: sideNavigation.right }
    }

    StackView {
        id: pageStack
        objectName: "pageStack"
        anchors { top: verifyBanner.bottom; bottom: parent.bottom; right: chatDock.left
                  left: sideNavigation.right }
    }

    ChatDock {
        id: chatDock
        visible: window.wide && window.chatDocked && session.signedIn
        width: visible ? Math.min(360, window.width / 3) : 0
        anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
        chat: chat
        navigator: window
        serverUrl: session.serverUrl
        onCloseRequested: window.chatDocked = false
    }

    // Over the page, not the chat panel; held back while the prompt says the same thing.
    MatchReadyToast {
        notifications: notifications
        lobby: playLobby
        held: tournamentPrompt.visible
        maxWidth: pageStack.width - 32
        anchors.horizontalCenter: pageStack.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: 8
    }

    MessageToast {
        id: messageToast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
    }

    Component.onCompleted: {
        if (session.state !== AccountSession.Restoring)
            openHome()
    }
}
