// Strings of the SPA (web.notifications: the notification bell, inbox and toasts)
// for Qt lupdate. Not loaded by the browser: the browser gets /i18n/<lang>.json built from
// translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as in the t() calls
// (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.notifications", "New:");
QT_TRANSLATE_NOOP("web.notifications", "Mark all as read");
QT_TRANSLATE_NOOP("web.notifications", "Notifications");
QT_TRANSLATE_NOOP("web.notifications", "See all notifications");
QT_TRANSLATE_NOOP("web.notifications", "Nothing new.");
QT_TRANSLATE_NOOP("web.notifications", "Loading…");
QT_TRANSLATE_NOOP("web.notifications", "Notifications, %{count} unread");
QT_TRANSLATE_NOOP("web.notifications", "Notices");
QT_TRANSLATE_NOOP("web.notifications", "New notification: %{text}");
QT_TRANSLATE_NOOP("web.notifications", "Join");
QT_TRANSLATE_NOOP("web.notifications", "Dismiss");
QT_TRANSLATE_NOOP("web.notifications", "Tournament match");
QT_TRANSLATE_NOOP("web.notifications", "%{name} asks to be your friend.");
QT_TRANSLATE_NOOP("web.notifications", "%{name} accepted your friend request.");
QT_TRANSLATE_NOOP("web.notifications", "%{name} invites you to a match.");
QT_TRANSLATE_NOOP("web.notifications", "Your tournament match against %{name} is ready.");
QT_TRANSLATE_NOOP("web.notifications", "Your tournament match is ready.");
QT_TRANSLATE_NOOP("web.notifications", "A tournament you joined has started.");
QT_TRANSLATE_NOOP("web.notifications", "A tournament you played is over.");
QT_TRANSLATE_NOOP("web.notifications", "A tournament you joined was cancelled.");
QT_TRANSLATE_NOOP("web.notifications", "News from a tournament you joined.");
QT_TRANSLATE_NOOP("web.notifications", "A moderator muted you in the chat until %{time}.");
QT_TRANSLATE_NOOP("web.notifications", "A moderator muted you in the chat.");
QT_TRANSLATE_NOOP("web.notifications", "A moderator lifted your mute: you can write again.");
QT_TRANSLATE_NOOP("web.notifications", "A moderator removed one of your messages.");
QT_TRANSLATE_NOOP("web.notifications", "A notice from the moderators.");
QT_TRANSLATE_NOOP("web.notifications", "Something new happened.");
QT_TRANSLATE_NOOP("web.notifications", "Show older notifications");
