import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// Finding players by the beginning of their user name or display name; a result opens their
// profile (add them as a friend, block them, see their results).
AppPage {
    id: page

    title: qsTr("Players")

    PlayerSearch {
        id: search
        objectName: "playerSearch"
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
}
