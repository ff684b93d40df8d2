import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// The frame of every page of the window: a scrolling column, one comfortable reading width on a
// desktop and the full width on a phone. Pages put their content inside it and get the app's
// backend objects from the window (set by MainWindow when it opens the page).
Page {
    id: appPage

    // Set by MainWindow.openPage() for every page.
    property AccountSession session
    property RealtimeClient realtimeClient
    property ServerStatus serverStatus
    // The window: open(key), push(url, properties), back(), showMessage(text).
    property var navigator

    // Wider pages (a match, a chart) raise this.
    property int maximumContentWidth: 720
    readonly property int margin: width < 480 ? 12 : 24
    readonly property bool narrow: width < 600
    default property alias content: column.data

    background: null

    Flickable {
        id: flickable
        anchors.fill: parent
        // Below the content, room to scroll the last button above a message toast (MessageToast
        // sits at the bottom of the window for a few seconds).
        contentHeight: column.implicitHeight + 2 * appPage.margin + 64
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(flickable.width - 2 * appPage.margin, appPage.maximumContentWidth)
            x: (flickable.width - width) / 2
            y: appPage.margin
            spacing: 16
        }
    }
}
