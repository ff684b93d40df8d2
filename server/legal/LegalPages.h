#pragma once

#include "legal/LegalFacts.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace transcendence::server {

// The privacy policy and the terms of service, one document per language
// (resources/legal/<document>.<language>.html, compiled in as :/legal/...), with the operator's
// facts filled in once at start-up. Templates name a fact as {{KEY}} (HTML-escaped on the way
// in) and keep a passage only when an optional fact is set with {{#KEY}}...{{/KEY}}.
// docs/translating.md, "Legal pages", says why these are whole documents and not .ts messages.
class LegalPages {
public:
    struct Page {
        QString document; // "privacy" or "terms"
        QString language; // "en", "fr", ...
        QByteArray body;
        QByteArray etag;
    };

    // signInProviders: the names on this platform's "Sign in with ..." buttons.
    LegalPages(const LegalFacts &facts, const QStringList &signInProviders,
               const QString &templateDir = QStringLiteral(":/legal"));

    const Page *find(const QString &document, const QString &language) const;
    const Page &stylesheet() const { return m_stylesheet; } // legal.css, beside the templates
    QStringList languages() const { return m_languages; }

    // The best of `languages` for an Accept-Language header; `fallback` when none fits.
    static QString negotiate(const QByteArray &acceptLanguage, const QStringList &languages,
                             const QString &fallback = QStringLiteral("en"));

    // Fills one template; unknown {{KEYS}} stay as they are (tests look for them).
    static QString render(const QString &templateText, const QHash<QString, QString> &values);

    // "14 days" in this language, with the right plural form.
    static QString days(int count, const QString &language);

private:
    QHash<QString, Page> m_pages; // by "document.language"
    QStringList m_languages;
    Page m_stylesheet;
};

} // namespace transcendence::server
