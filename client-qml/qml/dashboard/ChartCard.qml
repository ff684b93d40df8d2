import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import Transcendence

// One chart with its title, a sentence that sums it up (also the chart's accessible
// description) and its numbers as a table, shown on request: what the picture shows can always
// be read. Colours follow the theme (light, dark, high contrast); series are named by role
// (win, loss, primary, neutral, seat0..seat3), not by colour.
Frame {
    id: card

    property string title: ""
    // One sentence with the gist: "3 wins and 2 losses over 2 days".
    property string summary: ""
    // "bar", "stackedBar" or "line".
    property string kind: "bar"
    // The x axis: names of the categories (bar) or of the points (line), one per table row.
    property var categories: []
    // Line charts only: the x value of each point (same length as categories).
    property var xValues: []
    // Line charts: a value holds until the next point (a score), drawn as steps, not slopes.
    property bool steps: false
    property string categoryHeading: ""
    property string xTitle: ""
    // Line charts: room left and right of the first and last point (a lone point is centred).
    property real xPadding: 0
    property string yTitle: ""
    // [{name, role, values: [numbers]}]
    property var series: []
    // Shown instead of the chart while there is nothing to draw.
    property string emptyText: ""

    readonly property bool empty: categories.length === 0
    readonly property bool highContrast: Appearance.theme === Appearance.HighContrast
    readonly property bool dark: highContrast || Material.theme === Material.Dark
    readonly property color textColor: highContrast ? "#ffffff" : Material.foreground
    readonly property color gridColor: highContrast ? "#808080"
                                       : dark ? Qt.rgba(1, 1, 1, 0.18) : Qt.rgba(0, 0, 0, 0.12)
    readonly property int labelSize: Math.round(11 * Appearance.textScale)

    function colorFor(role) {
        const palette = highContrast
            ? { win: "#ffff00", loss: "#00ffff", primary: "#ffffff", neutral: "#ff80ff",
                seat0: "#ffff00", seat1: "#00ffff", seat2: "#ff80ff", seat3: "#80ff80" }
            : dark
            ? { win: "#81c784", loss: "#ef9a9a", primary: "#90caf9", neutral: "#bdbdbd",
                seat0: "#90caf9", seat1: "#ffab91", seat2: "#a5d6a7", seat3: "#ce93d8" }
            : { win: "#2e7d32", loss: "#c62828", primary: "#1565c0", neutral: "#616161",
                seat0: "#1565c0", seat1: "#d84315", seat2: "#2e7d32", seat3: "#6a1b9a" }
        return palette[role] || palette.primary
    }

    function niceMaximum(value) {
        if (!isFinite(value) || value <= 5)
            return 5
        const step = Math.pow(10, Math.floor(Math.log(value) / Math.LN10))
        return Math.ceil(value / step) * step
    }

    Layout.fillWidth: true
    padding: 12
    // Layouts give the card its width; its height follows what it shows (the table comes and
    // goes).
    contentWidth: 300
    contentHeight: column.implicitHeight

    ColumnLayout {
        id: column
        width: parent.width
        spacing: 6

        Label {
            text: card.title
            font.bold: true
            font.pixelSize: Math.round(16 * Appearance.textScale)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }

        Label {
            objectName: "chartEmpty"
            visible: card.empty
            text: card.emptyText
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Loader {
            id: chartLoader
            objectName: "chartLoader"
            active: !card.empty
            visible: active
            sourceComponent: card.kind === "line" ? lineChart : barChart
            Layout.fillWidth: true
            Layout.preferredHeight: 240
        }

        Label {
            objectName: "chartSummary"
            visible: !card.empty && text !== ""
            text: card.summary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Button {
            id: tableToggle
            property bool shown: false
            objectName: "chartTableToggle"
            visible: !card.empty
            flat: true
            text: shown ? qsTr("Hide the numbers") : qsTr("Show the numbers")
            Accessible.name: shown ? qsTr("Hide the numbers of “%1”").arg(card.title)
                                   : qsTr("Show the numbers of “%1”").arg(card.title)
            onClicked: shown = !shown
        }

        DataTable {
            objectName: "chartTable"
            visible: tableToggle.shown && !card.empty
            caption: card.title
            categoryHeading: card.categoryHeading
            categories: card.categories
            series: card.series
            Layout.fillWidth: true
        }
    }

    Component {
        id: barChart
        ThemedChartView {
            id: chart
            chartCard: card
            objectName: "chartView"

            function fill() {
                chart.removeAllSeries()
                const bars = chart.createSeries(card.kind === "stackedBar" ? ChartView.SeriesTypeStackedBar
                                                                         : ChartView.SeriesTypeBar,
                                                "", xAxis, yAxis)
                bars.barWidth = card.kind === "stackedBar" ? 0.6 : 0.7
                let maximum = 0
                const totals = card.categories.map(() => 0)
                for (const s of card.series) {
                    const set = bars.append(s.name, s.values)
                    set.color = card.colorFor(s.role)
                    set.borderColor = card.colorFor(s.role)
                    // Categories and series are bound separately: for a moment they may not
                    // have the same length.
                    s.values.forEach((v, i) => {
                        if (!isFinite(v))
                            return
                        totals[i] = (totals[i] || 0) + v
                        maximum = Math.max(maximum, v)
                    })
                }
                if (card.kind === "stackedBar")
                    maximum = Math.max(0, ...totals)
                yAxis.max = card.niceMaximum(maximum)
            }

            BarCategoryAxis {
                id: xAxis
                categories: card.categories
                labelsColor: card.textColor
                labelsFont.pixelSize: card.labelSize
                labelsAngle: card.categories.length > 4 && card.width < 500 ? -60 : 0
                gridVisible: false
                lineVisible: true
                color: card.gridColor
                titleText: card.xTitle
                titleVisible: card.xTitle !== ""
                titleBrush: card.textColor
                titleFont.pixelSize: card.labelSize
            }
            ValueAxis {
                id: yAxis
                min: 0
                max: 5
                labelFormat: "%d"
                tickType: ValueAxis.TicksDynamic
                tickInterval: Math.max(1, Math.ceil(max / 5))
                tickAnchor: 0
                labelsColor: card.textColor
                labelsFont.pixelSize: card.labelSize
                gridLineColor: card.gridColor
                color: card.gridColor
                titleText: card.yTitle
                titleVisible: card.yTitle !== ""
                titleBrush: card.textColor
                titleFont.pixelSize: card.labelSize
            }
            Component.onCompleted: fill()
            Connections {
                target: card
                function onSeriesChanged() { chart.fill() }
                function onCategoriesChanged() { chart.fill() }
                function onDarkChanged() { chart.fill() }
                function onHighContrastChanged() { chart.fill() }
            }
        }
    }

    Component {
        id: lineChart
        ThemedChartView {
            id: chart
            chartCard: card
            objectName: "chartView"

            function fill() {
                chart.removeAllSeries()
                let low = Infinity
                let high = -Infinity
                for (const s of card.series) {
                    const line = chart.createSeries(ChartView.SeriesTypeLine, s.name, xAxis, yAxis)
                    line.color = card.colorFor(s.role)
                    line.width = 3
                    line.pointsVisible = true
                    s.values.forEach((v, i) => {
                        // The values and the x positions are bound separately: until both have
                        // arrived, a point may have no x yet.
                        if (!isFinite(card.xValues[i]) || !isFinite(v))
                            return
                        if (card.steps && i > 0)
                            line.append(card.xValues[i], s.values[i - 1])
                        line.append(card.xValues[i], v)
                        low = Math.min(low, v)
                        high = Math.max(high, v)
                    })
                }
                if (!isFinite(low)) { // nothing to draw yet
                    low = 0
                    high = 1
                }
                const xs = card.xValues.filter(x => isFinite(x))
                const first = xs.length ? Math.min(...xs) : 0
                const last = xs.length ? Math.max(...xs) : 1
                xAxis.min = first - card.xPadding
                xAxis.max = (card.xPadding > 0 ? last : Math.max(last, first + 1)) + card.xPadding
                // Some room above and below, and never a flat zero-height axis.
                const pad = Math.max(1, Math.ceil((high - low) * 0.1))
                // Counts (scores, lives) never go below zero.
                yAxis.min = low >= 0 ? Math.max(0, Math.floor(low - pad)) : Math.floor(low - pad)
                yAxis.max = Math.ceil(high + pad)
            }

            ValueAxis {
                id: xAxis
                labelFormat: "%d"
                tickType: ValueAxis.TicksDynamic
                tickInterval: Math.max(1, Math.ceil((max - min) / 5))
                tickAnchor: 0
                labelsColor: card.textColor
                labelsFont.pixelSize: card.labelSize
                gridLineColor: card.gridColor
                color: card.gridColor
                titleText: card.xTitle
                titleVisible: card.xTitle !== ""
                titleBrush: card.textColor
                titleFont.pixelSize: card.labelSize
            }
            ValueAxis {
                id: yAxis
                labelFormat: "%d"
                tickType: ValueAxis.TicksDynamic
                tickInterval: Math.max(1, Math.ceil((max - min) / 5))
                tickAnchor: 0
                labelsColor: card.textColor
                labelsFont.pixelSize: card.labelSize
                gridLineColor: card.gridColor
                color: card.gridColor
                titleText: card.yTitle
                titleVisible: card.yTitle !== ""
                titleBrush: card.textColor
                titleFont.pixelSize: card.labelSize
            }

            Component.onCompleted: fill()
            Connections {
                target: card
                function onSeriesChanged() { chart.fill() }
                function onXValuesChanged() { chart.fill() }
                function onDarkChanged() { chart.fill() }
                function onHighContrastChanged() { chart.fill() }
            }
        }
    }
}
