// Strings of the SPA (web.profile: your own profile: details and avatar) for Qt lupdate. Not loaded by the browser: the browser
// gets /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly
// as in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.profile", "The picture is larger than 2 MiB.");
QT_TRANSLATE_NOOP("web.profile", "Choose a PNG, JPEG or WebP picture.");
QT_TRANSLATE_NOOP("web.profile", "The picture has too many pixels (at most 8192 a side).");
QT_TRANSLATE_NOOP("web.profile", "The picture could not be read. It may be damaged.");
QT_TRANSLATE_NOOP("web.profile", "Language");
QT_TRANSLATE_NOOP("web.profile", "The language of this site and of our emails to you.");
QT_TRANSLATE_NOOP("web.profile", "Your current avatar");
QT_TRANSLATE_NOOP("web.profile", "Preview of the chosen picture");
QT_TRANSLATE_NOOP("web.profile", "Upload the picture");
QT_TRANSLATE_NOOP("web.profile", "Remove the avatar");
QT_TRANSLATE_NOOP("web.profile", "Your new avatar is saved.");
QT_TRANSLATE_NOOP("web.profile", "Your avatar is removed. The generated one is shown instead.");
QT_TRANSLATE_NOOP("web.profile", "Avatar");
QT_TRANSLATE_NOOP("web.profile", "Choose a picture");
QT_TRANSLATE_NOOP("web.profile", "PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.");
QT_TRANSLATE_NOOP("web.profile", "Display name");
QT_TRANSLATE_NOOP("web.profile", "Use only letters, digits, spaces and _ - . '");
QT_TRANSLATE_NOOP("web.profile", "How other players see you: 3 to 20 characters.");
QT_TRANSLATE_NOOP("web.profile", "About you");
QT_TRANSLATE_NOOP("web.profile", "Up to 500 characters, shown as plain text on your profile.");
QT_TRANSLATE_NOOP("web.profile", "Save the profile");
QT_TRANSLATE_NOOP("web.profile", "Your profile is saved.");
QT_TRANSLATE_NOOP("web.profile", "Your details");
QT_TRANSLATE_NOOP("web.profile", "Your profile");
QT_TRANSLATE_NOOP("web.profile", "Loading your profile…");
QT_TRANSLATE_NOOP("web.profile", "See your profile as others see it");
