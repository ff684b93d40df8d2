import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// A chart's numbers: one row per category, one column per series, with headings.
GridLayout {
    id: table

    property string caption: ""
    property string categoryHeading: ""
    property var categories: []
    // [{name, values: [numbers]}]
    property var series: []

    readonly property var headings: [categoryHeading].concat(series.map(s => s.name))
    readonly property var cells: {
        const out = []
        categories.forEach((category, row) => {
            out.push({ text: category, heading: true, row: row + 1, column: 0 })
            series.forEach((s, column) => {
                const value = s.values[row]
                out.push({ text: value === null || value === undefined ? "" : labels.number(value),
                           heading: false, row: row + 1, column: column + 1 })
            })
        })
        return out
    }

    columns: headings.length
    columnSpacing: 16
    rowSpacing: 2
    Accessible.role: Accessible.Table
    Accessible.name: caption

    MatchLabels { id: labels }

    Repeater {
        model: table.headings
        delegate: Label {
            required property var modelData
            required property int index
            text: modelData
            font.bold: true
            wrapMode: Text.Wrap
            Layout.row: 0
            Layout.column: index
            Layout.fillWidth: index === 0
            Accessible.role: Accessible.ColumnHeader
        }
    }
    Repeater {
        model: table.cells
        delegate: Label {
            required property var modelData
            text: modelData.text
            font.bold: modelData.heading
            horizontalAlignment: modelData.heading ? Text.AlignLeft : Text.AlignRight
            wrapMode: Text.Wrap
            Layout.row: modelData.row
            Layout.column: modelData.column
            Layout.fillWidth: modelData.column === 0
            Accessible.role: modelData.heading ? Accessible.RowHeader : Accessible.Cell
            Accessible.name: modelData.heading ? modelData.text
                             : table.headings[modelData.column] + ": " + modelData.text
        }
    }
}
