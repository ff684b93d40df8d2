#include "auth/oauth/UserInfoMapping.h"

#include <QJsonValue>

#include <cmath>

namespace transcendence::server::oauth {
namespace {

constexpr qsizetype kMaxSubjectLength = 255;
constexpr qsizetype kMaxTextLength = 255;
constexpr qsizetype kMaxEmailLength = 320;
constexpr qsizetype kMaxUrlLength = 2048;
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

// Follows a dotted path ("image.link") through nested objects.
QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    if (path.isEmpty()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonValue current(object);
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!current.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        current = current.toObject().value(part);
    }
    return current;
}

QString cleanText(const QJsonValue &value, qsizetype maxLength)
{
    if (!value.isString()) {
        return {};
    }
    QString text;
    for (const QChar character : value.toString()) {
        if (character.unicode() >= 0x20 && character.unicode() != 0x7f) {
            text += character;
        }
    }
    text = text.trimmed();
    return text.size() <= maxLength ? text : QString();
}

QString subjectOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number != std::floor(number) || std::fabs(number) > kMaxExactInteger) {
            return {};
        }
        return QString::number(qint64(number));
    }
    const QString text = value.isString() ? value.toString() : QString();
    // The subject is an identifier: compare it exactly, so no trimming or cleaning here.
    if (text.isEmpty() || text.size() > kMaxSubjectLength || text.trimmed() != text) {
        return {};
    }
    return text;
}

bool isTrue(const QJsonValue &value)
{
    return value.toBool(false) || value.toString() == QLatin1String("true");
}

QUrl avatarUrlOf(const QJsonValue &value)
{
    const QString text = cleanText(value, kMaxUrlLength);
    const QUrl url(text, QUrl::StrictMode);
    // https only: the server may fetch this image, and must not be sent to internal addresses
    // over plain http.
    if (text.isEmpty() || !url.isValid() || url.scheme() != QLatin1String("https") ||
        url.host().isEmpty() || !url.userInfo().isEmpty()) {
        return {};
    }
    return url;
}

} // namespace

std::variant<ProviderIdentity, OAuthError> identityFromUserInfo(const OAuthProviderConfig &config,
                                                                const QJsonObject &userInfo)
{
    ProviderIdentity identity;
    identity.provider = config.id;
    identity.subject = subjectOf(valueAt(userInfo, config.fields.subject));
    if (identity.subject.isEmpty()) {
        return OAuthError{QString::fromLatin1(oauth_errors::kInvalidProviderResponse),
                          QStringLiteral("The provider's user information has no account id.")};
    }
    identity.login = cleanText(valueAt(userInfo, config.fields.login), kMaxTextLength);
    identity.displayName = cleanText(valueAt(userInfo, config.fields.displayName), kMaxTextLength);

    const QString email = cleanText(valueAt(userInfo, config.fields.email), kMaxEmailLength);
    if (email.contains(QLatin1Char('@')) && !email.contains(QLatin1Char(' '))) {
        identity.email = email;
        identity.emailVerified = config.fields.emailVerified.isEmpty() ||
                                 isTrue(valueAt(userInfo, config.fields.emailVerified));
    }
    identity.avatarUrl = avatarUrlOf(valueAt(userInfo, config.fields.avatarUrl));
    return identity;
}

} // namespace transcendence::server::oauth
