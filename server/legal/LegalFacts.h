#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace transcendence::server {

// The facts about whoever runs this copy of the platform that the privacy policy and the terms
// of service state (TRANSCENDENCE_LEGAL_* in .env.example; docs/operations.md, "Legal pages").
// Text facts may be given per language as well: TRANSCENDENCE_LEGAL_COUNTRY_FR wins over
// TRANSCENDENCE_LEGAL_COUNTRY on the French pages.
struct LegalFacts {
    // Text facts by key (the variable name without the prefix, e.g. "OPERATOR_NAME"), then by
    // language code ("" for the value every language falls back to).
    QHash<QString, QHash<QString, QString>> texts;
    int minimumAge = 0;
    int logRetentionDays = 0;
    int backupRetentionDays = 0; // what scripts/backup keeps: KEEP dumps, one per INTERVAL_HOURS
    bool samples = false;        // development sample values stand in for unset facts

    // The fact for this language, else its language-neutral value; empty when unset.
    QString text(const QString &key, const QString &language) const;
};

inline constexpr const char *kLegalPrefix = "TRANSCENDENCE_LEGAL_";

// Text facts: the key, whether production requires it, and the development sample value.
struct LegalTextFact {
    const char *key;
    bool required;
    const char *sample;
};
const QList<LegalTextFact> &legalTextFacts();

// The languages a text fact may be given in besides the neutral value (_FR, _RU, ...).
inline const QStringList kLegalFactLanguages{QStringLiteral("fr"), QStringLiteral("ru")};

struct LegalFactsResult {
    LegalFacts facts;
    QStringList errors; // one line per bad variable, naming it
};

// `value` returns a variable's value (empty when unset). In production every required fact must
// be set and must not be a placeholder ("change-me...", "[...]") or a development sample;
// in development unset facts get clearly marked sample values.
LegalFactsResult readLegalFacts(const std::function<QString(const QString &)> &value,
                                bool production);

} // namespace transcendence::server
