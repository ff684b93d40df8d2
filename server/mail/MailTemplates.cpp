#include "mail/MailTemplates.h"

#include <QDirIterator>
#include <QHash>
#include <QTranslator>

#include <memory>
#include <mutex>

namespace transcendence::server::mail_templates {
namespace {

// Context "mail" in translations/*.ts: lupdate reads the QT_TRANSLATE_NOOP marks below.
std::once_flag loaded;
QHash<QString, std::shared_ptr<QTranslator>> &translators()
{
    static QHash<QString, std::shared_ptr<QTranslator>> all;
    return all;
}

QString tr(const QString &language, const char *source)
{
    const auto found = translators().constFind(language);
    if (found != translators().cend()) {
        const QString translated = (*found)->translate("mail", source);
        if (!translated.isEmpty()) {
            return translated;
        }
    }
    return QString::fromUtf8(source);
}

// One mail: a greeting, paragraphs, an optional button with its link, and a closing line. The
// text part carries the link on a line of its own.
struct Layout {
    QString subject;
    QString greeting;
    QStringList paragraphs;
    QString buttonLabel;
    QString link;
    QString closing;
};

MailMessage render(const QString &to, const Layout &layout)
{
    QString text = layout.greeting + QStringLiteral("\n\n");
    QString html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        "<body style=\"font-family:sans-serif;color:#1d2330;background:#f4f6fb;padding:24px\">"
        "<div style=\"max-width:560px;margin:auto;background:#fff;border-radius:12px;"
        "padding:24px\"><p style=\"font-size:18px;font-weight:bold\">Transcendence</p>");
    html += QStringLiteral("<p>") + layout.greeting.toHtmlEscaped() + QStringLiteral("</p>");
    for (const QString &paragraph : layout.paragraphs) {
        text += paragraph + QStringLiteral("\n\n");
        html += QStringLiteral("<p>") + paragraph.toHtmlEscaped() + QStringLiteral("</p>");
    }
    if (!layout.link.isEmpty()) {
        text += layout.link + QStringLiteral("\n\n");
        const QString href = layout.link.toHtmlEscaped();
        html += QStringLiteral("<p><a href=\"") + href +
                QStringLiteral("\" style=\"display:inline-block;background:#3556d8;color:#fff;"
                               "padding:10px 18px;border-radius:8px;text-decoration:none\">") +
                layout.buttonLabel.toHtmlEscaped() +
                QStringLiteral("</a></p><p style=\"font-size:12px;color:#5b6475\">") + href +
                QStringLiteral("</p>");
    }
    text += layout.closing + QStringLiteral("\n");
    html += QStringLiteral("<p style=\"font-size:12px;color:#5b6475\">") +
            layout.closing.toHtmlEscaped() + QStringLiteral("</p></div></body></html>");
    return {to, layout.subject, text, html};
}

QString greeting(const QString &language, const QString &name)
{
    return tr(language, QT_TRANSLATE_NOOP("mail", "Hello %1,")).arg(name);
}

QString ignoreIfNotYou(const QString &language)
{
    return tr(language,
              QT_TRANSLATE_NOOP("mail", "If you did not ask for this, ignore this e-mail: "
                                        "nothing changes."));
}

QString contactIfNotYou(const QString &language)
{
    return tr(language, QT_TRANSLATE_NOOP("mail", "If this was not you, reset your password at "
                                                  "once and write to the administrators."));
}

} // namespace

void loadTranslations()
{
    std::call_once(loaded, [] {
        QDirIterator files(QStringLiteral(":/mail-i18n"), {QStringLiteral("*.qm")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            auto translator = std::make_shared<QTranslator>();
            if (!translator->load(path)) {
                continue;
            }
            QString language = translator->language();
            if (language.isEmpty()) {
                language = files.fileInfo().baseName().section(QLatin1Char('_'), 1);
            }
            translators().insert(language, translator);
        }
    });
}

QStringList languages()
{
    QStringList all = translators().keys();
    if (!all.contains(QLatin1String("en"))) {
        all.append(QStringLiteral("en"));
    }
    all.sort();
    return all;
}

QString maskedAddress(const QString &address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0) {
        return QStringLiteral("***");
    }
    return address.left(1) + QStringLiteral("***") + address.mid(at);
}

MailMessage verifyAddress(const QString &language, const QString &to, const QString &name,
                          const QString &link)
{
    return render(
        to, {tr(language, QT_TRANSLATE_NOOP("mail", "Confirm your e-mail address")),
             greeting(language, name),
             {tr(language, QT_TRANSLATE_NOOP("mail", "Welcome to Transcendence! Follow the link "
                                                     "below to confirm that this address is "
                                                     "yours. The link works once, for 24 hours.")),
              ignoreIfNotYou(language)},
             tr(language, QT_TRANSLATE_NOOP("mail", "Confirm my address")),
             link,
             tr(language, QT_TRANSLATE_NOOP("mail", "See you on the court!"))});
}

MailMessage confirmNewAddress(const QString &language, const QString &to, const QString &name,
                              const QString &link)
{
    return render(to,
                  {tr(language, QT_TRANSLATE_NOOP("mail", "Confirm your new e-mail address")),
                   greeting(language, name),
                   {tr(language, QT_TRANSLATE_NOOP("mail", "You asked to use this address for your "
                                                           "Transcendence account. Follow the link "
                                                           "below to confirm it. The link works "
                                                           "once, for 24 hours.")),
                    ignoreIfNotYou(language)},
                   tr(language, QT_TRANSLATE_NOOP("mail", "Use this address")),
                   link,
                   tr(language, QT_TRANSLATE_NOOP("mail", "See you on the court!"))});
}

MailMessage addressChangeNotice(const QString &language, const QString &to, const QString &name,
                                const QString &newAddress)
{
    return render(
        to, {tr(language, QT_TRANSLATE_NOOP("mail", "Your e-mail address is changing")),
             greeting(language, name),
             {tr(language, QT_TRANSLATE_NOOP("mail", "Someone signed in to your Transcendence "
                                                     "account asked to change its e-mail "
                                                     "address to %1. The change happens when "
                                                     "the new address is confirmed."))
                  .arg(maskedAddress(newAddress)),
              contactIfNotYou(language)},
             {},
             {},
             tr(language, QT_TRANSLATE_NOOP("mail", "See you on the court!"))});
}

MailMessage passwordReset(const QString &language, const QString &to, const QString &name,
                          const QString &link)
{
    return render(
        to, {tr(language, QT_TRANSLATE_NOOP("mail", "Reset your password")),
             greeting(language, name),
             {tr(language, QT_TRANSLATE_NOOP("mail", "Someone asked to reset the password of "
                                                     "your Transcendence account. Follow the "
                                                     "link below to choose a new one. The link "
                                                     "works once, for 30 minutes, and signs you "
                                                     "out everywhere.")),
              ignoreIfNotYou(language)},
             tr(language, QT_TRANSLATE_NOOP("mail", "Choose a new password")),
             link,
             tr(language, QT_TRANSLATE_NOOP("mail", "See you on the court!"))});
}

MailMessage passwordChanged(const QString &language, const QString &to, const QString &name)
{
    return render(to, {tr(language, QT_TRANSLATE_NOOP("mail", "Your password was changed")),
                       greeting(language, name),
                       {tr(language, QT_TRANSLATE_NOOP("mail", "The password of your Transcendence "
                                                               "account was just changed.")),
                        contactIfNotYou(language)},
                       {},
                       {},
                       tr(language, QT_TRANSLATE_NOOP("mail", "See you on the court!"))});
}

MailMessage secondFactorCode(const QString &language, const QString &to, const QString &name,
                             const QString &code, bool turningOn)
{
    const QString purpose =
        turningOn ? tr(language, QT_TRANSLATE_NOOP("mail", "Your code to turn on sign-in codes by "
                                                           "e-mail is %1. It works once, for 10 "
                                                           "minutes."))
                  : tr(language, QT_TRANSLATE_NOOP("mail", "Your sign-in code is %1. It works "
                                                           "once, for 5 minutes."));
    return render(to,
                  {tr(language, QT_TRANSLATE_NOOP("mail", "Your Transcendence code: %1")).arg(code),
                   greeting(language, name),
                   {purpose.arg(code),
                    tr(language, QT_TRANSLATE_NOOP("mail", "Never give this code to anyone: "
                                                           "we will never ask you for it.")),
                    turningOn ? ignoreIfNotYou(language) : contactIfNotYou(language)},
                   {},
                   {},
                   tr(language, QT_TRANSLATE_NOOP("mail", "See you on the court!"))});
}

MailMessage accountDeleted(const QString &language, const QString &to, const QString &name)
{
    return render(
        to, {tr(language, QT_TRANSLATE_NOOP("mail", "Your account was deleted")),
             greeting(language, name),
             {tr(language, QT_TRANSLATE_NOOP("mail", "Your Transcendence account and the data "
                                                     "about you were deleted, as you asked. "
                                                     "This is the last e-mail we send you.")),
              tr(language, QT_TRANSLATE_NOOP("mail", "Thank you for playing."))},
             {},
             {},
             tr(language, QT_TRANSLATE_NOOP("mail", "Goodbye!"))});
}

MailMessage dataExported(const QString &language, const QString &to, const QString &name)
{
    return render(
        to, {tr(language, QT_TRANSLATE_NOOP("mail", "Your data was exported")),
             greeting(language, name),
             {tr(language, QT_TRANSLATE_NOOP("mail", "A copy of the data we keep about you was "
                                                     "just downloaded from your account "
                                                     "settings.")),
              contactIfNotYou(language)},
             {},
             {},
             tr(language, QT_TRANSLATE_NOOP("mail", "See you on the court!"))});
}

} // namespace transcendence::server::mail_templates
