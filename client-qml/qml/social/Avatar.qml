import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Transcendence

// A player's picture: the avatar the server serves (public, 256 x 256, the generated one for
// players without an upload), with the player's initial while it loads or when it cannot.
Rectangle {
    id: avatar

    // The server the app talks to (session.serverUrl).
    property url serverUrl
    property var userId: 0
    // A profile's avatarUrl ("/api/users/42/avatar?v=..."); without one, the unversioned URL.
    property string avatarUrl: ""
    property string name: ""
    property int size: 40
    // A local picture to show instead (the preview of an upload).
    property url localSource
    readonly property alias status: picture.status

    readonly property string path: avatarUrl !== "" ? avatarUrl
                                    : userId > 0 ? "/api/users/" + userId + "/avatar" : ""

    implicitWidth: size
    implicitHeight: size
    radius: Math.round(size / 8)
    color: Material.color(Material.Indigo, Material.theme === Material.Dark ? Material.Shade300
                                                                            : Material.Shade100)
    Accessible.role: Accessible.Graphic
    Accessible.name: name !== "" ? qsTr("Avatar of %1").arg(name) : qsTr("Avatar")

    Label {
        anchors.centerIn: parent
        visible: picture.status !== Image.Ready
        text: avatar.name !== "" ? avatar.name.charAt(0).toUpperCase() : "?"
        font.pixelSize: Math.round(avatar.size * 0.45)
        font.bold: true
        color: Material.color(Material.Indigo, Material.theme === Material.Dark ? Material.Shade900
                                                                                : Material.Shade700)
    }

    Image {
        id: picture
        objectName: "avatarImage"
        anchors.fill: parent
        anchors.margins: 1
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        smooth: true
        sourceSize.width: 256
        sourceSize.height: 256
        source: avatar.localSource.toString() !== "" ? avatar.localSource
                : avatar.path !== "" && avatar.serverUrl.toString() !== ""
                  ? avatar.serverUrl.toString().replace(/\/+$/, "") + avatar.path : ""
    }
}
