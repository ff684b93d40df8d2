#include "auth/oauth/UsernameDerivation.h"

#include <QHash>

namespace transcendence::server::oauth {
namespace {

// Letters that Unicode decomposition (NFKD) does not turn into ASCII.
const QHash<char16_t, QString> &transliterations()
{
    static const QHash<char16_t, QString> table = {
        {u'ß', QStringLiteral("ss")}, {u'ẞ', QStringLiteral("ss")}, {u'æ', QStringLiteral("ae")},
        {u'Æ', QStringLiteral("ae")}, {u'œ', QStringLiteral("oe")}, {u'Œ', QStringLiteral("oe")},
        {u'ø', QStringLiteral("o")},  {u'Ø', QStringLiteral("o")},  {u'ł', QStringLiteral("l")},
        {u'Ł', QStringLiteral("l")},  {u'đ', QStringLiteral("d")},  {u'Đ', QStringLiteral("d")},
        {u'ð', QStringLiteral("d")},  {u'Ð', QStringLiteral("d")},  {u'þ', QStringLiteral("th")},
        {u'Þ', QStringLiteral("th")}, {u'ı', QStringLiteral("i")},  {u'ħ', QStringLiteral("h")},
        {u'Ħ', QStringLiteral("h")},
    };
    return table;
}

bool isAsciiAlphanumeric(QChar character)
{
    const char16_t code = character.unicode();
    return (code >= u'a' && code <= u'z') || (code >= u'0' && code <= u'9');
}

bool isMark(QChar character)
{
    const QChar::Category category = character.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

QString emailLocalPart(const QString &email)
{
    QString local = email.section(QLatin1Char('@'), 0, 0);
    const qsizetype plus = local.indexOf(QLatin1Char('+'));
    return plus >= 0 ? local.left(plus) : local;
}

QString withSuffix(const QString &stem, int number)
{
    const QString suffix = QString::number(number);
    return stem.left(kMaxUsernameLength - suffix.size()) + suffix;
}

} // namespace

bool isValidUsername(const QString &username)
{
    if (username.size() < kMinUsernameLength || username.size() > kMaxUsernameLength) {
        return false;
    }
    for (const QChar character : username) {
        if (!isAsciiAlphanumeric(character) && character != QLatin1Char('_')) {
            return false;
        }
    }
    return true;
}

QString usernameStem(const QString &text)
{
    QString expanded;
    for (const QChar character : text) {
        const auto found = transliterations().constFind(character.unicode());
        expanded += found != transliterations().cend() ? *found : QString(character);
    }
    const QString decomposed = expanded.normalized(QString::NormalizationForm_KD).toLower();

    QString stem;
    bool pendingSeparator = false;
    for (const QChar character : decomposed) {
        if (isAsciiAlphanumeric(character)) {
            if (pendingSeparator && !stem.isEmpty()) {
                stem += QLatin1Char('_');
            }
            pendingSeparator = false;
            stem += character;
        } else if (isMark(character)) {
            continue; // the accent of a letter kept just before
        } else if (character.unicode() < 0x80 || character.isSpace() || character.isPunct() ||
                   character.isSymbol()) {
            pendingSeparator = true; // space, "_", ".", "-", "+", other ASCII or punctuation
        }
        // Letters of other scripts are dropped: we cannot transliterate them faithfully.
    }
    stem.truncate(kMaxUsernameLength);
    while (stem.endsWith(QLatin1Char('_'))) {
        stem.chop(1);
    }
    return stem;
}

std::optional<QString> deriveUsername(const QString &login, const QString &email,
                                      const QString &displayName, const UsernameTaken &isTaken)
{
    QString stem = QStringLiteral("player");
    for (const QString &source : {login, emailLocalPart(email), displayName}) {
        const QString candidate = usernameStem(source);
        if (candidate.size() >= kMinUsernameLength) {
            stem = candidate;
            break;
        }
    }
    if (!isTaken(stem)) {
        return stem;
    }
    for (int number = 2; number <= kMaxUsernameAttempts; ++number) {
        const QString candidate = withSuffix(stem, number);
        if (!isTaken(candidate)) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace transcendence::server::oauth
