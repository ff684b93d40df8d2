import QtQuick
import QtCharts
import Transcendence

// What every chart of a ChartCard shares: drawn on the page's own background with the theme's
// text colour, no motion when reduced motion is asked for, and described to screen readers.
ChartView {
    // The ChartCard whose title, summary, series and colours this chart shows.
    property Item chartCard

    antialiasing: true
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    backgroundRoundness: 0
    margins { left: 0; right: 0; top: 4; bottom: 0 }
    legend.visible: chartCard && chartCard.series.length > 1
    legend.alignment: Qt.AlignBottom
    legend.labelColor: chartCard ? chartCard.textColor : "black"
    legend.font.pixelSize: chartCard ? chartCard.labelSize : 11
    animationOptions: Appearance.reducedMotion ? ChartView.NoAnimation : ChartView.SeriesAnimations
    Accessible.role: Accessible.Chart
    Accessible.name: chartCard ? chartCard.title : ""
    Accessible.description: chartCard ? chartCard.summary : ""
}
