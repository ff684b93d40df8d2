#include "legal/LegalFacts.h"

#include <QRegularExpression>
#include <QUrl>

namespace transcendence::server {
namespace {

constexpr int kSampleMinimumAge = 16;
constexpr int kSampleLogRetentionDays = 14;
// scripts/backup and docker/compose.yaml use the same defaults.
constexpr int kDefaultBackupKeep = 14;
constexpr int kDefaultBackupIntervalHours = 24;

QString variable(const char *key)
{
    return QLatin1String(kLegalPrefix) + QLatin1String(key);
}

// Values an operator has not filled in yet: the .env.example markers or a template's brackets.
bool isPlaceholder(const QString &value)
{
    static const QRegularExpression bracketed(QStringLiteral("^\\[.*\\]$"));
    return value.startsWith(QLatin1String("change-me"), Qt::CaseInsensitive) ||
           bracketed.match(value).hasMatch();
}

bool isSample(const QString &value)
{
    for (const LegalTextFact &fact : legalTextFacts()) {
        if (value == QLatin1String(fact.sample) && !value.isEmpty()) {
            return true;
        }
    }
    return false;
}

int readNumber(const std::function<QString(const QString &)> &value, const QString &key,
               int fallback, int min, int max, bool required, QStringList &errors)
{
    QString text = value(key).trimmed();
    if (isPlaceholder(text)) {
        if (required) {
            errors << QStringLiteral("%1 still has a placeholder value (\"%2\"): set the real "
                                     "fact before opening the platform")
                          .arg(key, text);
            return fallback;
        }
        text.clear(); // development: as if unset
    }
    if (text.isEmpty()) {
        if (required) {
            errors << QStringLiteral("%1 is required in production (docs/operations.md, "
                                     "\"Legal pages\")")
                          .arg(key);
        }
        return fallback;
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < min || number > max) {
        errors << QStringLiteral("%1 must be an integer from %2 to %3").arg(key).arg(min).arg(max);
        return fallback;
    }
    return number;
}

void checkShape(const QString &key, const QString &name, const QString &text, QStringList &errors)
{
    if (key == QLatin1String("CONTACT_EMAIL")) {
        static const QRegularExpression email(
            QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
        if (!email.match(text).hasMatch()) {
            errors << QStringLiteral("%1 must be an e-mail address, got \"%2\"").arg(name, text);
        }
    } else if (key == QLatin1String("SUPERVISORY_AUTHORITY_URL")) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
            errors << QStringLiteral("%1 must be an https URL, got \"%2\"").arg(name, text);
        }
    }
}

} // namespace

const QList<LegalTextFact> &legalTextFacts()
{
    // Sample values say what they are, so that a development page cannot pass for a real one.
    static const QList<LegalTextFact> facts{
        {"OPERATOR_NAME", true, "Sample Operator (development only)"},
        {"POSTAL_ADDRESS", true, "1 Sample Street, 00000 Sampletown (development only)"},
        {"CONTACT_EMAIL", true, "privacy@operator.sample.invalid"},
        {"DATA_PROTECTION_OFFICER", false, ""},
        {"COUNTRY", true, "Sampleland (development only)"},
        {"COURTS", true, "Sampletown (development only)"},
        {"SUPERVISORY_AUTHORITY", true, "Sample Data Protection Authority (development only)"},
        {"SUPERVISORY_AUTHORITY_URL", true, "https://authority.sample.invalid/"},
        {"HOSTING", true, "Sample Hosting (development only)"},
        {"DATA_LOCATION", true, "Sampleland (development only)"},
        {"TRANSFERS", false, ""},
    };
    return facts;
}

QString LegalFacts::text(const QString &key, const QString &language) const
{
    const auto fact = texts.constFind(key);
    if (fact == texts.constEnd()) {
        return {};
    }
    const QString localized = fact->value(language);
    return localized.isEmpty() ? fact->value(QString()) : localized;
}

LegalFactsResult readLegalFacts(const std::function<QString(const QString &)> &value,
                                bool production)
{
    LegalFactsResult result;
    LegalFacts &facts = result.facts;
    QStringList &errors = result.errors;

    for (const LegalTextFact &fact : legalTextFacts()) {
        const QString key = QLatin1String(fact.key);
        const QString name = variable(fact.key);
        QString neutral = value(name).trimmed();
        if (!production && isPlaceholder(neutral)) {
            neutral.clear(); // a copied .env.example: development shows the samples instead
        }
        if (neutral.isEmpty() && !production) {
            neutral = QLatin1String(fact.sample);
            facts.samples = facts.samples || !neutral.isEmpty();
        }
        if (production) {
            if (neutral.isEmpty() && fact.required) {
                errors << QStringLiteral("%1 is required in production (docs/operations.md, "
                                         "\"Legal pages\")")
                              .arg(name);
            } else if (isPlaceholder(neutral)) {
                errors << QStringLiteral("%1 still has a placeholder value (\"%2\"): set the real "
                                         "fact before opening the platform")
                              .arg(name, neutral);
            } else if (isSample(neutral)) {
                errors << QStringLiteral("%1 has the development sample value").arg(name);
            } else if (!neutral.isEmpty()) {
                checkShape(key, name, neutral, errors);
            }
        } else if (!neutral.isEmpty()) {
            checkShape(key, name, neutral, errors);
        }
        if (!neutral.isEmpty()) {
            facts.texts[key].insert(QString(), neutral);
        }
        for (const QString &language : kLegalFactLanguages) {
            const QString localizedName = name + QLatin1Char('_') + language.toUpper();
            const QString localized = value(localizedName).trimmed();
            if (localized.isEmpty() || (!production && isPlaceholder(localized))) {
                continue;
            }
            if (production && (isPlaceholder(localized) || isSample(localized))) {
                errors << QStringLiteral("%1 still has a placeholder value (\"%2\")")
                              .arg(localizedName, localized);
                continue;
            }
            checkShape(key, localizedName, localized, errors);
            facts.texts[key].insert(language, localized);
        }
    }

    facts.minimumAge =
        readNumber(value, variable("MINIMUM_AGE"), kSampleMinimumAge, 13, 18, production, errors);
    facts.logRetentionDays = readNumber(value, variable("LOG_RETENTION_DAYS"),
                                        kSampleLogRetentionDays, 1, 3650, production, errors);
    for (const char *number : {"MINIMUM_AGE", "LOG_RETENTION_DAYS"}) {
        const QString text = value(variable(number)).trimmed();
        facts.samples = facts.samples || text.isEmpty() || isPlaceholder(text);
    }

    // Not facts to declare but what the backup service does: the newest KEEP dumps, one every
    // INTERVAL_HOURS, so a deleted row is gone from every dump after KEEP × INTERVAL hours.
    const int keep = readNumber(value, QStringLiteral("TRANSCENDENCE_BACKUP_KEEP"),
                                kDefaultBackupKeep, 1, 100000, false, errors);
    const int hours = readNumber(value, QStringLiteral("TRANSCENDENCE_BACKUP_INTERVAL_HOURS"),
                                 kDefaultBackupIntervalHours, 1, 8760, false, errors);
    facts.backupRetentionDays = int((qint64(keep) * hours + 23) / 24);
    return result;
}

} // namespace transcendence::server
