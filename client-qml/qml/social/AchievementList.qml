import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// A player's level and achievements (GET /api/users/{id}/achievements): earned ones with their
// date, the others dimmed. The server names each achievement with a stable code; the titles and
// descriptions are the app's own.
ColumnLayout {
    id: list

    // What PlayerProfile.achievements holds.
    property var achievements: ({})

    function title(code) {
        switch (code) {
        case "first_match": return qsTr("First match")
        case "first_win": return qsTr("First win")
        case "first_ranked_win": return qsTr("Ranked winner")
        case "beat_hard_ai": return qsTr("Machine breaker")
        case "shutout": return qsTr("Shutout")
        case "comeback": return qsTr("Comeback")
        case "five_in_a_row": return qsTr("On a roll")
        case "ten_matches": return qsTr("Regular")
        case "hundred_matches": return qsTr("Veteran")
        case "four_player_win": return qsTr("Last one standing")
        case "tournament_won": return qsTr("Champion")
        case "rating_1600": return qsTr("Contender")
        }
        return code
    }

    function description(code) {
        switch (code) {
        case "first_match": return qsTr("Play a match to its end.")
        case "first_win": return qsTr("Win a match.")
        case "first_ranked_win": return qsTr("Win a ranked match.")
        case "beat_hard_ai": return qsTr("Beat the hard computer player.")
        case "shutout": return qsTr("Win a match without losing a point.")
        case "comeback": return qsTr("Win a match after trailing 0–5.")
        case "five_in_a_row": return qsTr("Win five matches in a row.")
        case "ten_matches": return qsTr("Play ten matches.")
        case "hundred_matches": return qsTr("Play a hundred matches.")
        case "four_player_win": return qsTr("Win a four-player match.")
        case "tournament_won": return qsTr("Win a tournament.")
        case "rating_1600": return qsTr("Reach a rating of 1600.")
        }
        return ""
    }

    function day(iso) {
        return new Date(iso).toLocaleDateString(Qt.locale(Language.language), Locale.LongFormat)
    }

    visible: achievements.achievements !== undefined
    spacing: 6
    Layout.fillWidth: true

    SectionHeading { text: qsTr("Achievements") }
    Label {
        objectName: "playerLevel"
        text: qsTr("Level %1 · %2 experience points").arg(list.achievements.level).arg(list.achievements.experience)
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ProgressBar {
        from: list.achievements.levelExperience || 0
        to: list.achievements.nextLevelExperience || 1
        value: list.achievements.experience || 0
        Layout.fillWidth: true
        Accessible.name: qsTr("Progress to the next level")
    }
    Label {
        text: qsTr("Next level at %1 points.").arg(list.achievements.nextLevelExperience)
        opacity: 0.75
        Layout.fillWidth: true
    }
    Repeater {
        model: list.achievements.achievements || []
        delegate: Frame {
            required property var modelData
            objectName: "achievement_" + modelData.code
            readonly property bool earned: modelData.earned
            opacity: earned ? 1.0 : 0.6
            padding: 8
            Layout.fillWidth: true
            ColumnLayout {
                width: parent.width
                spacing: 2
                Label {
                    text: list.title(modelData.code)
                    font.bold: modelData.earned
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: list.description(modelData.code)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "achievementState"
                    text: modelData.earned ? qsTr("Earned on %1").arg(list.day(modelData.earnedAt))
                                           : qsTr("Not yet")
                    font.italic: !modelData.earned
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
