import QtQuick
import QtQuick.Controls
import Transcendence

// Picks the user interface language among the translations compiled into the app.
ComboBox {
    id: selector

    objectName: "languageSelector"
    model: Language.availableLanguages
    textRole: "name"
    valueRole: "code"
    flat: true
    Accessible.name: qsTr("Language")

    Component.onCompleted: currentIndex = indexOfValue(Language.language)
    onActivated: Language.language = currentValue

    Connections {
        target: Language
        function onLanguageChanged() {
            selector.currentIndex = selector.indexOfValue(Language.language)
        }
    }
}
