#include "legal/LegalPages.h"

#include "auth/SessionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace transcendence::server {
namespace {

QByteArray entityTag(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

} // namespace

LegalPages::LegalPages(const LegalFacts &facts, const QStringList &signInProviders,
                       const QString &templateDir)
{
    static const QRegularExpression fileName(QStringLiteral("^([a-z]+)\\.([a-z]{2})\\.html$"));
    const QDir dir(templateDir);
    QFile stylesheet(dir.filePath(QStringLiteral("legal.css")));
    if (stylesheet.open(QIODevice::ReadOnly)) {
        m_stylesheet.document = QStringLiteral("legal.css");
        m_stylesheet.body = stylesheet.readAll();
        m_stylesheet.etag = entityTag(m_stylesheet.body);
    }
    for (const QString &name : dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = fileName.match(name);
        if (!match.hasMatch()) {
            continue;
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString language = match.captured(2);
        QHash<QString, QString> values;
        for (const LegalTextFact &fact : legalTextFacts()) {
            values.insert(QLatin1String(fact.key), facts.text(QLatin1String(fact.key), language));
        }
        values.insert(QStringLiteral("MINIMUM_AGE"), QString::number(facts.minimumAge));
        values.insert(QStringLiteral("LOG_RETENTION"), days(facts.logRetentionDays, language));
        values.insert(QStringLiteral("BACKUP_RETENTION"),
                      days(facts.backupRetentionDays, language));
        values.insert(QStringLiteral("SESSION_RETENTION"),
                      days(session_store::kSessionLifetimeDays, language));
        values.insert(QStringLiteral("SIGN_IN_PROVIDERS"),
                      signInProviders.join(QStringLiteral(", ")));

        Page page;
        page.document = match.captured(1);
        page.language = language;
        // The templates' notes for maintainers are not for readers.
        static const QRegularExpression comment(QStringLiteral("[ \\t]*<!--.*?-->\\n?"),
                                                QRegularExpression::DotMatchesEverythingOption);
        const QString source = QString::fromUtf8(file.readAll()).remove(comment);
        page.body = render(source, values).toUtf8();
        page.etag = entityTag(page.body);
        m_pages.insert(page.document + QLatin1Char('.') + language, page);
        if (!m_languages.contains(language)) {
            m_languages << language;
        }
    }
}

const LegalPages::Page *LegalPages::find(const QString &document, const QString &language) const
{
    const auto it = m_pages.constFind(document + QLatin1Char('.') + language);
    return it == m_pages.constEnd() ? nullptr : &it.value();
}

QString LegalPages::render(const QString &templateText, const QHash<QString, QString> &values)
{
    static const QRegularExpression block(
        QStringLiteral("\\{\\{#([A-Z_]+)\\}\\}(.*?)\\{\\{/\\1\\}\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression token(QStringLiteral("\\{\\{([A-Z_]+)\\}\\}"));

    QString text;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : block.globalMatch(templateText)) {
        text += QStringView(templateText).mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd()) {
            text += match.captured(0); // unknown: left for the tests to find
        } else if (!value->isEmpty()) {
            text += match.captured(2);
        }
        last = match.capturedEnd();
    }
    text += QStringView(templateText).mid(last);

    QString result;
    last = 0;
    for (const QRegularExpressionMatch &match : token.globalMatch(text)) {
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        result += value == values.constEnd() ? match.captured(0) : value->toHtmlEscaped();
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QString LegalPages::days(int count, const QString &language)
{
    if (language == QLatin1String("fr")) {
        return QString::number(count) +
               (count <= 1 ? QStringLiteral("\u00a0jour") : QStringLiteral("\u00a0jours"));
    }
    if (language == QLatin1String("ru")) {
        const int lastTwo = count % 100;
        const int lastOne = count % 10;
        const char16_t *word = u"дней";
        if (lastOne == 1 && lastTwo != 11) {
            word = u"день";
        } else if (lastOne >= 2 && lastOne <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            word = u"дня";
        }
        return QString::number(count) + QChar(0x00a0) + QString::fromUtf16(word);
    }
    return QString::number(count) + (count == 1 ? QStringLiteral(" day") : QStringLiteral(" days"));
}

QString LegalPages::negotiate(const QByteArray &acceptLanguage, const QStringList &languages,
                              const QString &fallback)
{
    // RFC 9110 §12.5.4: comma-separated ranges, each with an optional ;q= weight (default 1).
    struct Range {
        QString primary;
        double weight;
    };
    QList<Range> ranges;
    const QList<QByteArray> parts = acceptLanguage.split(',');
    for (const QByteArray &part : parts) {
        const QList<QByteArray> fields = part.split(';');
        const QString tag = QString::fromLatin1(fields.first().trimmed()).toLower();
        double weight = 1.0;
        for (qsizetype f = 1; f < fields.size(); ++f) {
            const QByteArray parameter = fields[f].trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                weight = parameter.mid(2).toDouble(&ok);
                if (!ok) {
                    weight = 0;
                }
            }
        }
        if (!tag.isEmpty() && weight > 0) {
            ranges.append({tag.section(QLatin1Char('-'), 0, 0), weight});
        }
    }
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const Range &a, const Range &b) { return a.weight > b.weight; });
    for (const Range &range : ranges) {
        if (languages.contains(range.primary)) {
            return range.primary;
        }
    }
    return fallback;
}

} // namespace transcendence::server
