import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// The server's tournaments: every online one and your own local ones, newest first, and a new
// one - online (players join from their accounts until you start it) or local (names typed
// here, every match played at this keyboard through the server, saved in the history).
AppPage {
    id: page

    property string kind: "online"
    readonly property var aliases: aliasesField.text.split("\n").map(line => line.trim())
                                                   .filter(line => line !== "")
    readonly property var settings: PlaySettings.withMode(PlaySettings.current, "one_vs_one")

    function statusLabel(status) {
        switch (status) {
        case "open": return qsTr("open for entries")
        case "running": return qsTr("running")
        case "finished": return qsTr("finished")
        default: return qsTr("cancelled")
        }
    }

    function openTournament(id) {
        navigator.push("../play/TournamentPage.qml", { tournamentId: id })
    }

    title: qsTr("Tournaments")

    TournamentDirectory {
        id: directory
        session: page.session
        onCreated: id => {
            nameField.clear()
            aliasesField.clear()
            page.openTournament(id)
        }
    }

    Component.onCompleted: directory.loadList()
    StackView.onActivated: directory.loadList()

    ErrorBanner {
        objectName: "tournamentsError"
        text: directory.errorMessage
    }

    SectionHeading { text: qsTr("New tournament") }
    ColumnLayout {
        spacing: 8
        Layout.fillWidth: true

        TextField {
            id: nameField
            objectName: "tournamentNameField"
            placeholderText: qsTr("Name")
            Layout.fillWidth: true
            Accessible.name: placeholderText
        }
        FieldProblem { text: directory.fieldErrors.name || "" }
        Flow {
            spacing: 4
            Layout.fillWidth: true
            RadioButton {
                objectName: "kindOnline"
                text: qsTr("Online: players join from their accounts")
                checked: page.kind === "online"
                onClicked: page.kind = "online"
            }
            RadioButton {
                objectName: "kindLocal"
                text: qsTr("Local: everyone at this keyboard")
                checked: page.kind === "local"
                onClicked: page.kind = "local"
            }
        }
        GridLayout {
            visible: page.kind === "online"
            columns: page.narrow ? 2 : 4
            columnSpacing: 12
            Layout.fillWidth: true
            Label { text: qsTr("Players needed to start") }
            SpinBox {
                id: minPlayersBox
                objectName: "minPlayersBox"
                from: 3
                to: 16
                value: 3
                Accessible.name: qsTr("Players needed to start")
            }
            Label { text: qsTr("Most players") }
            SpinBox {
                id: maxPlayersBox
                objectName: "maxPlayersBox"
                from: minPlayersBox.value
                to: 16
                value: 16
                Accessible.name: qsTr("Most players")
            }
        }
        TextArea {
            id: aliasesField
            objectName: "serverAliasesField"
            visible: page.kind === "local"
            placeholderText: qsTr("Players, one name per line, in seeding order")
            Layout.fillWidth: true
            Layout.minimumHeight: 120
            Accessible.name: placeholderText
        }
        FieldProblem {
            visible: page.kind === "local"
            text: Object.keys(directory.fieldErrors).filter(key => key.startsWith("aliases"))
                        .map(key => directory.fieldErrors[key]).join(" ")
        }
        Label {
            text: qsTr("Every match: %1.").arg(PlaySettings.summary(page.settings))
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }
        Button {
            objectName: "createTournamentButton"
            text: qsTr("Create the tournament")
            highlighted: true
            flat: true
            enabled: !directory.busy && nameField.text.trim() !== ""
            onClicked: directory.create(page.kind, nameField.text.trim(), page.settings, page.aliases,
                                        minPlayersBox.value, maxPlayersBox.value)
        }
    }

    SectionHeading { text: qsTr("All tournaments") }
    Repeater {
        objectName: "tournamentList"
        model: directory.tournaments
        Frame {
            required property var modelData
            Layout.fillWidth: true
            RowLayout {
                width: parent.width
                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        text: modelData.name
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: [modelData.kind === "local" ? qsTr("local") : qsTr("online"),
                               page.statusLabel(modelData.status),
                               qsTr("%n players", "", modelData.playerCount)]
                              .concat(modelData.winner && modelData.winner.label
                                      ? [qsTr("winner: %1").arg(modelData.winner.label)] : [])
                              .join(" · ")
                        opacity: 0.8
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "openTournament_" + modelData.id
                    text: qsTr("Open")
                    onClicked: page.openTournament(modelData.id)
                }
            }
        }
    }
    Label {
        visible: !directory.busy && directory.tournaments.length === 0
        text: qsTr("No tournament yet.")
        opacity: 0.8
    }
}
