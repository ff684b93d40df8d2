#pragma once

#include "mail/MailMessage.h"

namespace transcendence::server {

// The mails the server writes, in the recipient's language (en, fr, ru: the same .ts files as
// the clients, context "mail"; compiled to .qm and embedded under :/mail-i18n). Every value put
// into a mail is escaped for the HTML part. Pure functions of their arguments after
// loadTranslations(): safe on any thread.
namespace mail_templates {

// Loads every embedded language once, at start-up (before threads compose mails).
void loadTranslations();
QStringList languages(); // the loaded ones, "en" included

MailMessage verifyAddress(const QString &language, const QString &to, const QString &name,
                          const QString &link);
MailMessage confirmNewAddress(const QString &language, const QString &to, const QString &name,
                              const QString &link);
MailMessage addressChangeNotice(const QString &language, const QString &to, const QString &name,
                                const QString &newAddress);
MailMessage passwordReset(const QString &language, const QString &to, const QString &name,
                          const QString &link);
MailMessage passwordChanged(const QString &language, const QString &to, const QString &name);
MailMessage accountDeleted(const QString &language, const QString &to, const QString &name);
MailMessage dataExported(const QString &language, const QString &to, const QString &name);
// A 6-digit code for two-factor sign-in by e-mail: to sign in, or to switch it on.
MailMessage secondFactorCode(const QString &language, const QString &to, const QString &name,
                             const QString &code, bool turningOn);

// "j***@example.org": enough for the owner to recognise, little for anyone else.
QString maskedAddress(const QString &address);

} // namespace mail_templates
} // namespace transcendence::server
