#include "auth/oauth/AppRedirect.h"

#include "auth/oauth/Pkce.h"

#include <QRegularExpression>

namespace transcendence::server::oauth {
namespace {

constexpr qsizetype kMaxRedirectUriLength = 300;

OAuthError invalidRequest(const QString &message)
{
    return {QString::fromLatin1(oauth_errors::kInvalidRequest), message};
}

QUrl withItems(const QUrl &base, const QList<std::pair<QString, QString>> &items)
{
    // Every value fully percent-encoded: '+', '&' and '=' inside a value stay unambiguous.
    QStringList parts;
    for (const auto &[name, value] : items) {
        parts << name + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    QUrl url = base;
    url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

} // namespace

QUrl AppRedirect::withCode(const QByteArray &code) const
{
    return withItems(redirectUri, {{QStringLiteral("code"), QString::fromLatin1(code)},
                                   {QStringLiteral("state"), state}});
}

QUrl AppRedirect::withError(const QString &code, const QString &description) const
{
    return withItems(redirectUri, {{QStringLiteral("error"), code},
                                   {QStringLiteral("error_description"), description},
                                   {QStringLiteral("state"), state}});
}

bool isLoopbackRedirectUri(const QUrl &uri)
{
    const QString host = uri.host();
    const QString path = uri.path();
    return uri.isValid() && uri.scheme() == QLatin1String("http") &&
           (host == QLatin1String("127.0.0.1") || host == QLatin1String("::1")) &&
           uri.port() >= 1 && uri.port() <= 65535 && uri.userInfo().isEmpty() && !uri.hasQuery() &&
           !uri.hasFragment() && (path.isEmpty() || path.startsWith(QLatin1Char('/')));
}

std::variant<std::monostate, AppRedirect, OAuthError> appRedirectFrom(const QUrlQuery &query)
{
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QString redirect = value("redirect_uri");
    if (!query.hasQueryItem(QStringLiteral("redirect_uri"))) {
        return std::monostate();
    }
    const QUrl uri(redirect, QUrl::StrictMode);
    if (redirect.size() > kMaxRedirectUriLength || !isLoopbackRedirectUri(uri)) {
        return invalidRequest(
            QStringLiteral("redirect_uri must be http://127.0.0.1:<port>/... or "
                           "http://[::1]:<port>/... (the app's loopback address)."));
    }
    if (value("code_challenge_method") != QLatin1String("S256")) {
        return invalidRequest(QStringLiteral("code_challenge_method must be S256."));
    }
    static const QRegularExpression challenge(
        QStringLiteral("^[A-Za-z0-9_-]{%1}$").arg(transcendence::oauth::pkce::kChallengeLength));
    const QString codeChallenge = value("code_challenge");
    if (!challenge.match(codeChallenge).hasMatch()) {
        return invalidRequest(
            QStringLiteral("code_challenge must be the S256 challenge of a PKCE verifier."));
    }
    static const QRegularExpression stateFormat(QStringLiteral("^[A-Za-z0-9._~-]{16,256}$"));
    const QString state = value("state");
    if (!stateFormat.match(state).hasMatch()) {
        return invalidRequest(
            QStringLiteral("state must be 16 to 256 unreserved characters (letters, digits, "
                           "- . _ ~)."));
    }
    return AppRedirect{uri, codeChallenge.toLatin1(), state};
}

} // namespace transcendence::server::oauth
