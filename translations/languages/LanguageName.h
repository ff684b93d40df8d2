#pragma once

#include <QString>

namespace transcendence::translations {

// The name a speaker of `languageCode` ("fr", "ru", "pt_BR") uses for their own language, as it
// should appear in a language menu: "Français", "Русский", "English". Shared by the QML app and
// the SPA's languages.json (through ts2json), so both menus read the same.
QString nativeLanguageName(const QString &languageCode);

// "transcendence_fr.ts" / "transcendence_fr.qm" -> "fr"; empty when the name does not fit.
QString languageCodeFromFileName(const QString &fileName);

} // namespace transcendence::translations
