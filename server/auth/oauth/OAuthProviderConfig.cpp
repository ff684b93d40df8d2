#include "auth/oauth/OAuthProviderConfig.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace transcendence::server::oauth {
namespace {

constexpr qsizetype kMaxIdLength = 32;
constexpr qsizetype kMaxNameLength = 64;
constexpr qsizetype kMaxClientIdLength = 256;
constexpr qsizetype kMaxSecretLength = 1024;
constexpr qsizetype kMaxScopeLength = 128;

QString variableName(const QString &id, const char *field)
{
    return QStringLiteral("TRANSCENDENCE_OAUTH_%1_%2").arg(id.toUpper(), QLatin1String(field));
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x20 || character.unicode() == 0x7f) {
            return true;
        }
    }
    return false;
}

// RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
bool isScopeToken(const QString &scope)
{
    if (scope.isEmpty() || scope.size() > kMaxScopeLength) {
        return false;
    }
    for (const QChar character : scope) {
        const char16_t code = character.unicode();
        if (code < 0x21 || code > 0x7e || code == u'"' || code == u'\\') {
            return false;
        }
    }
    return true;
}

class ProviderReader {
public:
    ProviderReader(const std::function<QString(const QString &)> &value, bool production,
                   QStringList &errors)
        : m_value(value)
        , m_production(production)
        , m_errors(errors)
    {}

    OAuthProviderConfig read(const QString &id)
    {
        OAuthProviderConfig config;
        config.id = id;
        config.profile = readProfile(id);
        config.fields = UserInfoFieldMap::forProfile(config.profile);
        const bool isFortyTwo = config.profile == OAuthProfile::FortyTwo;

        config.displayName = readName(id, isFortyTwo ? QStringLiteral("42") : id);
        config.authorizeUrl =
            readUrl(id, "AUTHORIZE_URL", isFortyTwo ? fortytwo::kAuthorizeUrl : "");
        config.tokenUrl = readUrl(id, "TOKEN_URL", isFortyTwo ? fortytwo::kTokenUrl : "");
        config.userInfoUrl = readUrl(id, "USERINFO_URL", isFortyTwo ? fortytwo::kUserInfoUrl : "");
        config.clientId = readClientId(id);
        config.clientSecret = readClientSecret(id);
        config.scopes = readScopes(id, isFortyTwo ? QString::fromLatin1(fortytwo::kScopes)
                                                  : QStringLiteral("openid profile email"));
        return config;
    }

private:
    QString value(const QString &key) const { return m_value(key).trimmed(); }

    OAuthProfile readProfile(const QString &id)
    {
        const QString key = variableName(id, "PROFILE");
        const QString text = value(key).toLower();
        if (text.isEmpty()) {
            return id == QLatin1String(fortytwo::kProviderId) ? OAuthProfile::FortyTwo
                                                              : OAuthProfile::Oidc;
        }
        if (text == QLatin1String("fortytwo")) {
            return OAuthProfile::FortyTwo;
        }
        if (text != QLatin1String("oidc")) {
            m_errors << QStringLiteral("%1 must be \"fortytwo\" or \"oidc\"").arg(key);
        }
        return OAuthProfile::Oidc;
    }

    QString readName(const QString &id, const QString &fallback)
    {
        const QString key = variableName(id, "NAME");
        const QString name = value(key);
        if (name.isEmpty()) {
            return fallback;
        }
        if (name.size() > kMaxNameLength || hasControlCharacters(name)) {
            m_errors << QStringLiteral("%1 must be at most %2 printable characters")
                            .arg(key)
                            .arg(kMaxNameLength);
        }
        return name;
    }

    QUrl readUrl(const QString &id, const char *field, const char *fallback)
    {
        const QString key = variableName(id, field);
        QString text = value(key);
        if (text.isEmpty()) {
            text = QString::fromLatin1(fallback);
        }
        if (text.isEmpty()) {
            m_errors << QStringLiteral("%1 is required").arg(key);
            return {};
        }
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            m_errors << QStringLiteral("%1 must be an absolute https URL").arg(key);
            return {};
        }
        if (!url.userInfo().isEmpty() || url.hasFragment()) {
            m_errors << QStringLiteral("%1 must not carry credentials or a #fragment").arg(key);
            return {};
        }
        if (scheme == QLatin1String("http")) {
            if (m_production) {
                m_errors << QStringLiteral("%1 must use https in production").arg(key);
                return {};
            }
            if (!isLoopbackHost(url.host())) {
                m_errors << QStringLiteral("%1 must use https (http only for loopback hosts "
                                           "in development)")
                                .arg(key);
                return {};
            }
        }
        return url;
    }

    QString readClientId(const QString &id)
    {
        const QString key = variableName(id, "CLIENT_ID");
        const QString clientId = value(key);
        if (clientId.isEmpty()) {
            m_errors << QStringLiteral("%1 is required").arg(key);
        } else if (clientId.size() > kMaxClientIdLength || hasControlCharacters(clientId)) {
            m_errors << QStringLiteral("%1 must be at most %2 printable characters")
                            .arg(key)
                            .arg(kMaxClientIdLength);
        }
        return clientId;
    }

    QString readClientSecret(const QString &id)
    {
        // Messages name the variable, never the value.
        const QString key = variableName(id, "CLIENT_SECRET");
        const QString secret = value(key);
        if (secret.isEmpty()) {
            m_errors << QStringLiteral("%1 is required").arg(key);
        } else if (secret.size() > kMaxSecretLength || hasControlCharacters(secret)) {
            m_errors << QStringLiteral("%1 must be at most %2 printable characters")
                            .arg(key)
                            .arg(kMaxSecretLength);
        } else if (m_production && secret.startsWith(QLatin1String("change-me"))) {
            m_errors << QStringLiteral("%1 still has the example value from .env.example").arg(key);
        }
        return secret;
    }

    QStringList readScopes(const QString &id, const QString &fallback)
    {
        const QString key = variableName(id, "SCOPES");
        QString text = value(key);
        if (text.isEmpty()) {
            text = fallback;
        }
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        const QStringList scopes = text.split(separators, Qt::SkipEmptyParts);
        for (const QString &scope : scopes) {
            if (!isScopeToken(scope)) {
                m_errors << QStringLiteral("%1 has an invalid scope \"%2\"").arg(key, scope);
                return {};
            }
        }
        return scopes;
    }

    const std::function<QString(const QString &)> &m_value;
    bool m_production;
    QStringList &m_errors;
};

} // namespace

UserInfoFieldMap UserInfoFieldMap::forProfile(OAuthProfile profile)
{
    switch (profile) {
    case OAuthProfile::FortyTwo:
        return {QStringLiteral("id"),          QStringLiteral("login"),
                QStringLiteral("email"),       QString(),
                QStringLiteral("displayname"), QStringLiteral("image.link")};
    case OAuthProfile::Oidc:
        break;
    }
    return {QStringLiteral("sub"),   QStringLiteral("preferred_username"),
            QStringLiteral("email"), QStringLiteral("email_verified"),
            QStringLiteral("name"),  QStringLiteral("picture")};
}

const OAuthProviderConfig *OAuthProvidersConfig::find(const QString &id) const
{
    for (const OAuthProviderConfig &provider : providers) {
        if (provider.id == id) {
            return &provider;
        }
    }
    return nullptr;
}

OAuthProvidersConfig readOAuthProviders(const std::function<QString(const QString &)> &value,
                                        bool production)
{
    OAuthProvidersConfig result;
    const QString listKey = QStringLiteral("TRANSCENDENCE_OAUTH_PROVIDERS");
    static const QRegularExpression validId(QStringLiteral("^[a-z0-9_]+$"));
    QSet<QString> seen;
    for (const QString &entry : value(listKey).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = entry.trimmed().toLower();
        if (id.isEmpty()) {
            continue;
        }
        if (id.size() > kMaxIdLength || !validId.match(id).hasMatch()) {
            result.errors << QStringLiteral("%1: \"%2\" is not a valid provider id (use at most "
                                            "%3 characters a-z, 0-9 and _)")
                                 .arg(listKey, id)
                                 .arg(kMaxIdLength);
            continue;
        }
        if (seen.contains(id)) {
            result.errors << QStringLiteral("%1 names \"%2\" twice").arg(listKey, id);
            continue;
        }
        seen.insert(id);
        ProviderReader reader(value, production, result.errors);
        result.providers << reader.read(id);
    }
    if (!result.errors.isEmpty()) {
        result.providers.clear(); // half-configured providers are never offered
    }
    return result;
}

OAuthProvidersConfig readOAuthProviders(const QProcessEnvironment &environment, bool production)
{
    return readOAuthProviders([&environment](const QString &key) { return environment.value(key); },
                              production);
}

} // namespace transcendence::server::oauth
