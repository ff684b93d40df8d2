// Strings of the SPA (web.account: e-mail address, password, forgot/reset, verification) for Qt
// lupdate. Not loaded by the browser: the browser gets /i18n/<lang>.json built from translations/*.ts.
// One QT_TRANSLATE_NOOP per line, sources exactly as in the t() calls (tests/browser/catalogue.test.mjs).
QT_TRANSLATE_NOOP("web.account", "This link is not valid any more: it was already used, or it has expired.");
QT_TRANSLATE_NOOP("web.account", "Another account uses this address now.");
QT_TRANSLATE_NOOP("web.account", "The current password is wrong.");
QT_TRANSLATE_NOOP("web.account", "Forgot your password?");
QT_TRANSLATE_NOOP("web.account", "E-mail address of your account");
QT_TRANSLATE_NOOP("web.account", "Send me a link");
QT_TRANSLATE_NOOP("web.account", "If an account uses this address, a link to choose a new password is on its way. It works once, for 30 minutes.");
QT_TRANSLATE_NOOP("web.account", "Type the e-mail address of your account: we will send it a link to choose a new password.");
QT_TRANSLATE_NOOP("web.account", "Back to sign-in");
QT_TRANSLATE_NOOP("web.account", "Choose a new password");
QT_TRANSLATE_NOOP("web.account", "New password");
QT_TRANSLATE_NOOP("web.account", "At least 10 characters. A few words you will remember make a good one.");
QT_TRANSLATE_NOOP("web.account", "Save the new password");
QT_TRANSLATE_NOOP("web.account", "Your password is changed, and you are signed out everywhere. Sign in with the new one.");
QT_TRANSLATE_NOOP("web.account", "Sign in");
QT_TRANSLATE_NOOP("web.account", "Confirm your e-mail address");
QT_TRANSLATE_NOOP("web.account", "Confirming your address…");
QT_TRANSLATE_NOOP("web.account", "Go to the settings");
QT_TRANSLATE_NOOP("web.account", "Thank you: %{email} is confirmed.");
QT_TRANSLATE_NOOP("web.account", "Send the link again");
QT_TRANSLATE_NOOP("web.account", "Sent. Check your mailbox.");
QT_TRANSLATE_NOOP("web.account", "Please confirm your e-mail address %{email}: follow the link we sent you.");
QT_TRANSLATE_NOOP("web.account", "Confirmed");
QT_TRANSLATE_NOOP("web.account", "Not confirmed yet");
QT_TRANSLATE_NOOP("web.account", "No e-mail address yet.");
QT_TRANSLATE_NOOP("web.account", "New e-mail address");
QT_TRANSLATE_NOOP("web.account", "Current password");
QT_TRANSLATE_NOOP("web.account", "Change the address");
QT_TRANSLATE_NOOP("web.account", "Almost done: follow the link we sent to the new address. Until then, the old one stays.");
QT_TRANSLATE_NOOP("web.account", "Change the password");
QT_TRANSLATE_NOOP("web.account", "Set a password");
QT_TRANSLATE_NOOP("web.account", "Password saved. Your other sessions are signed out.");
QT_TRANSLATE_NOOP("web.account", "Your other sessions are signed out when it changes.");
QT_TRANSLATE_NOOP("web.account", "Your account signs in with a provider. Set a password to sign in with your name too.");
QT_TRANSLATE_NOOP("web.account", "E-mail address");
QT_TRANSLATE_NOOP("web.account", "Password");
