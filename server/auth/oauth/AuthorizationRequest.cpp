#include "auth/oauth/AuthorizationRequest.h"

#include "auth/oauth/FormEncoding.h"
#include "auth/oauth/Pkce.h"

#include <QRegularExpression>

namespace transcendence::server::oauth {
namespace {

constexpr qsizetype kMaxCodeLength = 2048;
constexpr qsizetype kMaxStateLength = 256;

const QStringList &parametersWeSet()
{
    static const QStringList names = {QStringLiteral("response_type"),
                                      QStringLiteral("client_id"),
                                      QStringLiteral("redirect_uri"),
                                      QStringLiteral("scope"),
                                      QStringLiteral("state"),
                                      QStringLiteral("code_challenge"),
                                      QStringLiteral("code_challenge_method")};
    return names;
}

QString queryValue(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

// Provider error codes are ASCII tokens (RFC 6749 section 4.1.2.1); anything else is not echoed.
QString sanitizedErrorCode(const QString &error)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return token.match(error).hasMatch() ? error : QStringLiteral("unknown");
}

OAuthError stateMismatch()
{
    return {QString::fromLatin1(oauth_errors::kStateMismatch),
            QStringLiteral("This sign-in link has expired, was already used, or was started in "
                           "another browser. Please start the sign-in again.")};
}

} // namespace

QUrl authorizationUrl(const OAuthProviderConfig &config, const QByteArray &state,
                      const QByteArray &codeChallenge, const QUrl &redirectUri)
{
    FormFields fields;
    const QUrlQuery existing(config.authorizeUrl);
    for (const auto &[name, value] : existing.queryItems(QUrl::FullyDecoded)) {
        if (!parametersWeSet().contains(name)) {
            fields.append({name, value});
        }
    }
    fields.append({QStringLiteral("response_type"), QStringLiteral("code")});
    fields.append({QStringLiteral("client_id"), config.clientId});
    fields.append({QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)});
    if (!config.scopes.isEmpty()) {
        fields.append({QStringLiteral("scope"), config.scopes.join(QLatin1Char(' '))});
    }
    fields.append({QStringLiteral("state"), QString::fromLatin1(state)});
    fields.append({QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge)});
    fields.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});

    QUrl url = config.authorizeUrl;
    url.setQuery(strictQuery(fields));
    return url;
}

AuthorizationStart beginAuthorization(const OAuthProviderConfig &config,
                                      PendingAuthorizationStore &store, const QUrl &redirectUri,
                                      OAuthFlowPurpose purpose, qint64 linkUserId,
                                      const QString &returnPath, const QDateTime &now,
                                      const std::optional<AppRedirect> &app)
{
    StartedOAuthFlow started = startOAuthFlow(config.id, purpose, linkUserId, returnPath, now);
    started.flow.app = app;
    AuthorizationStart start;
    start.state = started.flow.state;
    start.browserBinding = started.browserBinding;
    start.url = authorizationUrl(config, started.flow.state,
                                 pkce::challengeS256(started.flow.codeVerifier), redirectUri);
    store.put(started.flow);
    return start;
}

std::variant<AuthorizationCallback, OAuthError>
completeAuthorizationCallback(const QString &providerId, const QUrlQuery &callbackQuery,
                              const QByteArray &browserBinding, PendingAuthorizationStore &store,
                              OAuthFlowState *takenFlow)
{
    const QString state = queryValue(callbackQuery, "state");
    if (state.isEmpty() || state.size() > kMaxStateLength) {
        return stateMismatch();
    }
    // Taken before any other check: whatever happens next, this state is spent.
    std::optional<OAuthFlowState> flow = store.take(state.toLatin1());
    if (!flow || flow->providerId != providerId || !flow->isBoundTo(browserBinding)) {
        return stateMismatch();
    }
    if (takenFlow) {
        *takenFlow = *flow;
    }

    const QString error = queryValue(callbackQuery, "error");
    if (!error.isEmpty()) {
        const QString code = sanitizedErrorCode(error);
        const QString message =
            code == QLatin1String("access_denied")
                ? QStringLiteral("The sign-in was cancelled at the provider.")
                : QStringLiteral("The provider refused the sign-in (%1).").arg(code);
        return OAuthError{QString::fromLatin1(oauth_errors::kProviderError), message};
    }
    const QString code = queryValue(callbackQuery, "code");
    if (code.isEmpty() || code.size() > kMaxCodeLength) {
        return OAuthError{QString::fromLatin1(oauth_errors::kInvalidProviderResponse),
                          QStringLiteral("The provider sent no authorization code.")};
    }
    return AuthorizationCallback{std::move(*flow), code};
}

} // namespace transcendence::server::oauth
