import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// Finding players by the beginning of their user name or display name; a result opens their
// profile (add them as a friend, block them, see their results). Before any search: the rating
// leaderboard, a page at a time, with the player's own rank and a friends-only filter.
AppPage {
    id: page

    title: qsTr("Players")

    PlayerSearch {
        id: search
        objectName: "playerSearch"
        session: page.session
    }

    Leaderboard {
        id: leaderboard
        objectName: "leaderboard"
        session: page.session
    }

    SectionHeading { text: qsTr("Search for a player") }
    TextField {
        id: searchField
        objectName: "playerSearchField"
        placeholderText: qsTr("User name or display name")
        maximumLength: 50
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Layout.fillWidth: true
        Accessible.name: qsTr("Search for a player")
        Accessible.description: qsTr("The beginning of a user name or display name.")
        onTextChanged: search.query = text
        onAccepted: search.searchNow()
    }
    Label {
        text: qsTr("The beginning of a user name or display name.")
        opacity: 0.75
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ErrorBanner { text: search.errorMessage }

    Label {
        objectName: "searchStatus"
        visible: text !== ""
        text: search.searchedQuery === "" || search.query.trim() === "" ? ""
              : search.results.count === 0 ? qsTr("No player found for “%1”.").arg(search.searchedQuery)
              : search.hasMore ? qsTr("Players found for “%1”: more than %2.").arg(search.searchedQuery)
                                                                          .arg(search.results.count)
              : qsTr("Players found for “%1”: %2.").arg(search.searchedQuery).arg(search.results.count)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    BusyIndicator {
        running: search.loading
        visible: running
        Layout.alignment: Qt.AlignHCenter
    }

    Repeater {
        objectName: "searchResults"
        model: search.results
        delegate: PersonRow {
            required property var item
            objectName: "result_" + item.username
            serverUrl: page.session ? page.session.serverUrl : ""
            userId: item.id
            username: item.username
            displayName: item.displayName
            avatarUrl: item.avatarUrl || ""
            onOpened: page.navigator.push("../social/PlayerPage.qml", { userId: item.id })
        }
    }

    Button {
        objectName: "morePlayersButton"
        visible: search.hasMore
        enabled: !search.loading
        text: qsTr("Show more players")
        Layout.fillWidth: true
        onClicked: search.loadMore()
    }

    ColumnLayout {
        objectName: "leaderboardSection"
        visible: search.query.trim() === ""
        spacing: 8
        Layout.fillWidth: true

        SectionHeading { text: qsTr("Leaderboard") }
        ErrorBanner { text: leaderboard.errorMessage }
        Label {
            objectName: "leaderboardYou"
            visible: leaderboard.yourRank > 0
            text: qsTr("Your rank: %1 of %2, rating %3.").arg(leaderboard.yourRank)
                                                           .arg(leaderboard.total)
                                                           .arg(leaderboard.yourRating)
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        CheckBox {
            objectName: "leaderboardFriends"
            text: qsTr("Only me and my friends")
            checked: leaderboard.friendsOnly
            onToggled: leaderboard.friendsOnly = checked
        }
        Repeater {
            objectName: "leaderboardRows"
            model: leaderboard.entries
            delegate: RowLayout {
                required property var item
                objectName: "leaderboardRow_" + item.username
                spacing: 8
                Layout.fillWidth: true
                Label {
                    text: item.rank
                    font.bold: true
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 40
                    Accessible.name: qsTr("Rank %1").arg(item.rank)
                }
                PersonRow {
                    serverUrl: page.session ? page.session.serverUrl : ""
                    userId: item.userId
                    username: item.username
                    displayName: item.mine ? qsTr("%1 (you)").arg(item.displayName) : item.displayName
                    avatarUrl: item.avatarUrl || ""
                    Layout.fillWidth: true
                    onOpened: page.navigator.push("../social/PlayerPage.qml", { userId: item.userId })
                }
                Label {
                    text: item.rating
                    font.bold: item.mine
                    Accessible.name: qsTr("Rating %1").arg(item.rating)
                }
            }
        }
        Label {
            objectName: "leaderboardStatus"
            text: leaderboard.entries.count === 0
                  ? (leaderboard.loaded ? qsTr("Nobody to rank yet.") : "")
                  : qsTr("Places %1 to %2 of %3.").arg(leaderboard.offset + 1)
                                                   .arg(leaderboard.offset + leaderboard.entries.count)
                                                   .arg(leaderboard.total)
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "leaderboardPrevious"
                text: qsTr("Higher ranks")
                enabled: leaderboard.hasPrevious && !leaderboard.loading
                Layout.fillWidth: true
                onClicked: leaderboard.previousPage()
            }
            Button {
                objectName: "leaderboardNext"
                text: qsTr("Lower ranks")
                enabled: leaderboard.hasNext && !leaderboard.loading
                Layout.fillWidth: true
                onClicked: leaderboard.nextPage()
            }
        }
    }
}
