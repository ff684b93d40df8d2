// Strings of the SPA (web.connection) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.connection", "Connected");
QT_TRANSLATE_NOOP("web.connection", "Reconnecting in %{seconds} s");
QT_TRANSLATE_NOOP("web.connection", "Reconnecting…");
QT_TRANSLATE_NOOP("web.connection", "Offline");
QT_TRANSLATE_NOOP("web.connection", "Connecting…");
QT_TRANSLATE_NOOP("web.connection", "This page is out of date. Reload it to connect again.");
QT_TRANSLATE_NOOP("web.connection", "Your device is offline. The connection resumes when the network is back.");
QT_TRANSLATE_NOOP("web.connection", "The connection to the server was lost. Trying again by itself.");
QT_TRANSLATE_NOOP("web.connection", "The server is slow to answer. Still trying by itself.");
QT_TRANSLATE_NOOP("web.connection", "Connected to the server.");
QT_TRANSLATE_NOOP("web.connection", "Server connection:");
QT_TRANSLATE_NOOP("web.connection", "Server connection");
QT_TRANSLATE_NOOP("web.connection", "Paused while you were away. It resumes when you use the page.");
