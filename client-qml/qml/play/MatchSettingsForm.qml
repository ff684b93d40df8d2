import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// The match settings (MatchConfig, docs/game.md): map, points or lives, speeds, paddle size,
// power-ups, and the rest under "More settings". Checked as typed with the engine's own rules;
// valid settings are kept (PlaySettings.current) for the next match and the next run.
ColumnLayout {
    id: form

    // "one_vs_one" or "four_players": the mode the settings are for.
    property string mode: "one_vs_one"
    // The settings as entered, for this mode, and their problems ({field: message}).
    readonly property var config: collect()
    readonly property var problems: PlaySettings.problems(config)
    readonly property bool valid: Object.keys(problems).length === 0
    readonly property bool fourPlayers: mode === "four_players"
    property bool showMore: false

    function collect() {
        const config = { mode: form.mode, map: mapBox.currentValue || "classic",
                         winByTwo: winByTwoBox.checked, powerUps: [] }
        for (let i = 0; i < powerUpRepeater.count; ++i) {
            const box = powerUpRepeater.itemAt(i)
            if (box && box.checked)
                config.powerUps.push(box.kind)
        }
        for (const grid of [numberFields, moreFields]) {
            for (let i = 0; i < grid.children.length; ++i) {
                const field = grid.children[i]
                if (field.fieldName !== undefined) {
                    const text = field.text.trim().replace(",", ".")
                    config[field.fieldName] = text === "" ? NaN : Number(text)
                }
            }
        }
        return config
    }

    // Fills every field from settings (the kept ones at first, the classic game on a reset).
    function show(values) {
        mapBox.currentIndex = Math.max(0, PlaySettings.maps.indexOf(values.map))
        winByTwoBox.checked = values.winByTwo === true
        for (let i = 0; i < powerUpRepeater.count; ++i) {
            const box = powerUpRepeater.itemAt(i)
            box.checked = (values.powerUps || []).indexOf(box.kind) >= 0
        }
        for (const grid of [numberFields, moreFields]) {
            for (let i = 0; i < grid.children.length; ++i) {
                const field = grid.children[i]
                if (field.fieldName !== undefined)
                    field.text = String(values[field.fieldName])
            }
        }
    }

    function resetToClassic() {
        show(PlaySettings.classic(mode))
    }

    onConfigChanged: if (valid) PlaySettings.setCurrent(config)
    onModeChanged: show(PlaySettings.withMode(PlaySettings.current, mode))
    Component.onCompleted: show(PlaySettings.current)

    spacing: 8
    Layout.fillWidth: true

    component SettingField: ColumnLayout {
        property string fieldName
        property alias text: input.text
        readonly property var limit: PlaySettings.limits()[fieldName]
        spacing: 2
        Layout.fillWidth: true
        Layout.preferredWidth: 150

        Label {
            text: PlaySettings.fieldLabel(parent.fieldName)
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        TextField {
            id: input
            objectName: "setting_" + parent.fieldName
            inputMethodHints: parent.limit && parent.limit.integer ? Qt.ImhDigitsOnly
                                                                    : Qt.ImhFormattedNumbersOnly
            Layout.fillWidth: true
            Accessible.name: PlaySettings.fieldLabel(parent.fieldName)
            Accessible.description: form.problems[parent.fieldName] || ""
        }
        FieldProblem {
            objectName: "problem_" + parent.fieldName
            text: form.problems[parent.fieldName] || ""
        }
    }

    Label {
        objectName: "settingsSummary"
        text: form.valid ? PlaySettings.summary(form.config) : qsTr("Some settings need your attention.")
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
    }

    GridLayout {
        id: numberFields
        columns: form.width >= 520 ? 3 : 2
        columnSpacing: 12
        rowSpacing: 4
        Layout.fillWidth: true

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.preferredWidth: 150
            Label { text: qsTr("Map") }
            ComboBox {
                id: mapBox
                objectName: "mapBox"
                model: PlaySettings.maps.map(name => ({ value: name, text: PlaySettings.mapLabel(name) }))
                textRole: "text"
                valueRole: "value"
                Layout.fillWidth: true
                Accessible.name: qsTr("Map")
            }
        }
        SettingField { fieldName: form.fourPlayers ? "lives" : "scoreLimit" }
        SettingField { fieldName: "ballSpeed" }
        SettingField { fieldName: "paddleLength" }
        SettingField { fieldName: "paddleSpeed" }
    }

    CheckBox {
        id: winByTwoBox
        objectName: "winByTwoBox"
        visible: !form.fourPlayers
        text: qsTr("Win by two clear points")
    }

    Label { text: qsTr("Power-ups") ; font.bold: true }
    Flow {
        spacing: 4
        Layout.fillWidth: true
        Repeater {
            id: powerUpRepeater
            model: PlaySettings.powerUpKinds
            CheckBox {
                required property string modelData
                readonly property string kind: modelData
                objectName: "powerUp_" + modelData
                text: PlaySettings.powerUpLabel(modelData)
            }
        }
    }

    Flow {
        spacing: 8
        Layout.fillWidth: true
        Button {
            objectName: "moreSettingsButton"
            text: form.showMore ? qsTr("Fewer settings") : qsTr("More settings")
            flat: true
            onClicked: form.showMore = !form.showMore
        }
        Button {
            objectName: "classicSettingsButton"
            text: qsTr("Back to the classic game")
            flat: true
            onClicked: form.resetToClassic()
        }
    }

    GridLayout {
        id: moreFields
        visible: form.showMore
        columns: form.width >= 520 ? 3 : 2
        columnSpacing: 12
        rowSpacing: 4
        Layout.fillWidth: true

        SettingField { fieldName: "ballSpeedIncrement" }
        SettingField { fieldName: "ballMaxSpeed" }
        SettingField { fieldName: "serveDelay" }
        SettingField { fieldName: "powerUpSpawnInterval" }
        SettingField { fieldName: "powerUpLifetime" }
        SettingField { fieldName: "powerUpDuration" }
    }
}
