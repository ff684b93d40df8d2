import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Transcendence

// A heading inside a page: larger, bold, and announced as a heading to screen readers.
Label {
    font.pixelSize: Math.round(18 * Appearance.textScale)
    font.bold: true
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    Accessible.role: Accessible.Heading
}
