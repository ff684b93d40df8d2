import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// One live figure of the admin view: a large number over what it counts ("—" until known).
Frame {
    id: figure

    property int value: -1
    property string label

    Layout.fillWidth: true
    Layout.preferredWidth: 1 // equal shares of the row, whatever the label lengths
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + valueText.text

    ColumnLayout {
        width: parent.width
        spacing: 2

        Label {
            id: valueText
            objectName: figure.objectName + "Value"
            text: figure.value >= 0 ? Number(figure.value).toLocaleString(Qt.locale(Language.language), "f", 0)
                                    : "\u2014"
            font.pixelSize: Math.round(28 * Appearance.textScale)
            font.bold: true
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            text: figure.label
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
