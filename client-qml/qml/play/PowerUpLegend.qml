import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// What the coloured squares on the field do: one line per power-up kind of this match, its
// square in the colour the arena draws it, and how a ball takes one. Shown only when the match
// has power-ups.
ColumnLayout {
    id: legend

    // The kinds of this match (MatchConfig.powerUps).
    property var kinds: []
    // Seconds an effect lasts (MatchConfig.powerUpDuration).
    property real duration: 8
    // The colour the arena draws a kind in (ArenaView.pickupColor).
    property var colorOf: kind => "#cc5de8"

    function effect(kind) {
        switch (kind) {
        case "bigger_paddle": return qsTr("the paddle of whoever takes it grows by half.")
        case "smaller_opponent_paddle": return qsTr("every other player's paddle shrinks.")
        case "faster_ball": return qsTr("every ball goes half as fast again.")
        case "multi_ball": return qsTr("an extra ball splits off (three at most).")
        default: return ""
        }
    }

    visible: kinds.length > 0
    spacing: 4
    Layout.fillWidth: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Power-ups")

    Label {
        objectName: "powerUpLegendHelp"
        text: qsTr("Power-ups: a ball that passes over a square takes it for the player who hit that ball last.")
              + " " + qsTr("Effects last %n second(s).", "", Math.round(legend.duration))
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
    }
    Flow {
        spacing: 12
        Layout.fillWidth: true
        Repeater {
            objectName: "powerUpLegendItems"
            model: legend.kinds
            RowLayout {
                required property string modelData
                objectName: "powerUpLegend_" + modelData
                spacing: 6
                width: Math.min(implicitWidth, legend.width)
                Rectangle {
                    width: 14
                    height: 14
                    color: legend.colorOf(parent.modelData)
                    border.color: "#80000000"
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 2
                }
                Label {
                    text: "<b>" + PlaySettings.powerUpLabel(parent.modelData) + "</b>: " + legend.effect(parent.modelData)
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    Layout.maximumWidth: legend.width - 20
                    Accessible.name: PlaySettings.powerUpLabel(parent.modelData) + ": " + legend.effect(parent.modelData)
                }
            }
        }
    }
}
