#include "account/AccountSession.h"

#include "account/TokenStore.h"
#include "network/FieldMessages.h"
#include "network/RealtimeClient.h"
#include "network/ServerUrl.h"
#include "shell/JsonListModel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace transcendence::client {
namespace {

// One stored session per server and profile: signing in to a test server never replaces the
// real one.
QString tokenDirectoryFor(const QUrl &serverUrl, const QString &profile)
{
    const QString name =
        serverUrl.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char('\n') + profile;
    const QByteArray key = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sessions/") + QString::fromLatin1(key.toHex().left(16)));
}

QString keychainServiceFor(const QUrl &serverUrl, const QString &profile)
{
    const QString server = serverUrl.adjusted(QUrl::StripTrailingSlash).toString();
    return profile.isEmpty()
               ? QStringLiteral("Transcendence refresh token for %1").arg(server)
               : QStringLiteral("Transcendence refresh token for %1 (%2)").arg(server, profile);
}

} // namespace

AccountSession::AccountSession(QObject *parent)
    : QObject(parent)
    , m_sessions(new JsonListModel({QStringLiteral("id"), QStringLiteral("client"),
                                    QStringLiteral("userAgent"), QStringLiteral("ipAddress"),
                                    QStringLiteral("createdAt"), QStringLiteral("lastSeenAt"),
                                    QStringLiteral("current")},
                                   this))
{}

AccountSession::~AccountSession()
{
    if (m_realtime) {
        m_realtime->setTicketProvider({});
    }
}

void AccountSession::setServerUrl(const QUrl &serverUrl)
{
    if (serverUrl == m_serverUrl) {
        return;
    }
    m_serverUrl = serverUrl;
    emit serverUrlChanged();
    openServer();
}

void AccountSession::setProfile(const QString &profile)
{
    if (profile == m_profile) {
        return;
    }
    m_profile = profile;
    emit profileChanged();
    openServer();
}

void AccountSession::openServer()
{
    ++m_generation;
    m_challenge.clear();
    m_sessions->clear();
    setUser({});
    setBusy(false);
    clearError();
    m_api.reset();
    m_tokens.reset();
    if (!checkServerUrl(m_serverUrl.toString()).isValid()) {
        setState(State::SignedOut);
        attachRealtime();
        emit tokenStorageChanged();
        return;
    }
    m_tokens = std::make_unique<TokenStore>(keychainServiceFor(m_serverUrl, m_profile),
                                            tokenDirectoryFor(m_serverUrl, m_profile),
                                            TokenStore::modeFromEnvironment());
    connect(m_tokens.get(), &TokenStore::fellBackToFile, this,
            &AccountSession::tokenStorageChanged);
    m_api = std::make_unique<ApiClient>(m_tokens.get());
    m_api->setBaseUrl(m_serverUrl);
    connect(m_api.get(), &ApiClient::reauthenticationRequired, this, [this] {
        m_proofRequired = true;
        m_proofError.clear();
        emit proofRequiredChanged();
    });
    connect(m_api.get(), &ApiClient::sessionEnded, this, [this] {
        becomeSignedOut(tr("Your session has ended: it was signed out from another device, or "
                           "the account was suspended."));
    });
    emit tokenStorageChanged();
    restore();
}

void AccountSession::setRealtimeClient(RealtimeClient *client)
{
    if (client == m_realtime) {
        return;
    }
    if (m_realtime) {
        m_realtime->setTicketProvider({});
    }
    m_realtime = client;
    emit realtimeClientChanged();
    attachRealtime();
}

QString AccountSession::tokenStorage() const
{
    if (!m_tokens) {
        return {};
    }
    return m_tokens->backend() == TokenStore::Backend::Keychain ? QStringLiteral("keychain")
                                                                : QStringLiteral("file");
}

void AccountSession::restore()
{
    setState(State::Restoring);
    const int generation = m_generation;
    m_api->restore([this, guard = QPointer<AccountSession>(this), generation](bool restored) {
        if (!guard || generation != m_generation) {
            return;
        }
        if (restored) {
            becomeSignedIn();
        } else {
            setState(State::SignedOut);
        }
    });
}

void AccountSession::signIn(const QString &login, const QString &password)
{
    if (!m_api || m_busy) {
        return;
    }
    clearError();
    setBusy(true);
    const int generation = m_generation;
    m_api->signIn(
        login.trimmed(), password,
        [this, guard = QPointer<AccountSession>(this), generation](const ApiAnswer &answer) {
            if (!guard || generation != m_generation) {
                return;
            }
            setBusy(false);
            onFirstFactorAnswer(answer);
        });
}

void AccountSession::onFirstFactorAnswer(const ApiAnswer &answer)
{
    if (answer.ok() && answer.object().value(QStringLiteral("twoFactorRequired")).toBool()) {
        m_challenge = answer.object().value(QStringLiteral("challenge")).toString();
        m_secondFactorMethod =
            answer.object().value(QStringLiteral("method")).toString() == QLatin1String("email")
                ? QStringLiteral("email")
                : QStringLiteral("totp");
        setState(State::SecondFactor);
        return;
    }
    onAnswer(answer);
}

void AccountSession::submitSecondFactor(const QString &code)
{
    if (!m_api || m_busy || m_state != State::SecondFactor) {
        return;
    }
    clearError();
    setBusy(true);
    const QString trimmed = code.trimmed().remove(QLatin1Char(' '));
    static const QRegularExpression totp(QStringLiteral("^[0-9]{6}$"));
    const QJsonObject factor = totp.match(trimmed).hasMatch()
                                   ? QJsonObject{{QStringLiteral("code"), trimmed}}
                                   : QJsonObject{{QStringLiteral("recoveryCode"), code.trimmed()}};
    const int generation = m_generation;
    m_api->completeSecondFactor(
        m_challenge, factor,
        [this, guard = QPointer<AccountSession>(this), generation](const ApiAnswer &answer) {
            if (!guard || generation != m_generation) {
                return;
            }
            setBusy(false);
            // A spent or expired challenge cannot be retried: back to the password.
            if (answer.status == 401 &&
                answer.errorCode != QLatin1String("invalid_second_factor")) {
                m_challenge.clear();
                setState(State::SignedOut);
            }
            onAnswer(answer);
        });
}

void AccountSession::cancelSecondFactor()
{
    m_challenge.clear();
    clearError();
    if (m_state == State::SecondFactor) {
        setState(State::SignedOut);
    }
}

void AccountSession::signUp(const QString &username, const QString &email, const QString &password,
                            const QString &displayName)
{
    if (!m_api || m_busy) {
        return;
    }
    clearError();
    setBusy(true);
    QJsonObject fields{{QStringLiteral("username"), username.trimmed()},
                       {QStringLiteral("email"), email.trimmed()},
                       {QStringLiteral("password"), password}};
    if (!displayName.trimmed().isEmpty()) {
        fields.insert(QStringLiteral("displayName"), displayName.trimmed());
    }
    const int generation = m_generation;
    m_api->registerAccount(fields, [this, guard = QPointer<AccountSession>(this),
                                    generation](const ApiAnswer &answer) {
        if (!guard || generation != m_generation) {
            return;
        }
        setBusy(false);
        onAnswer(answer);
    });
}

void AccountSession::completeOAuthSignIn(const QString &code, const QString &codeVerifier,
                                         const QUrl &redirectUri)
{
    if (!m_api || m_busy) {
        return;
    }
    clearError();
    setBusy(true);
    const int generation = m_generation;
    m_api->exchangeOAuthCode(
        code, codeVerifier, redirectUri,
        [this, guard = QPointer<AccountSession>(this), generation](const ApiAnswer &answer) {
            if (!guard || generation != m_generation) {
                return;
            }
            setBusy(false);
            // With two-factor sign-in on, the provider was only the first step.
            onFirstFactorAnswer(answer);
        });
}

void AccountSession::signOut()
{
    if (!m_api) {
        return;
    }
    setBusy(true);
    const int generation = m_generation;
    m_api->signOut([this, guard = QPointer<AccountSession>(this), generation] {
        if (!guard || generation != m_generation) {
            return;
        }
        setBusy(false);
        becomeSignedOut({});
    });
}

void AccountSession::submitProof(const QString &kind, const QString &value)
{
    if (!m_api || !m_proofRequired || m_busy) {
        return;
    }
    if (kind != QLatin1String("password") && kind != QLatin1String("code") &&
        kind != QLatin1String("recoveryCode")) {
        return;
    }
    setBusy(true);
    const QString proof = kind == QLatin1String("password") ? value : value.trimmed();
    m_api->reauthenticate({{kind, proof}},
                          [this, guard = QPointer<AccountSession>(this)](const ApiAnswer &answer) {
                              if (!guard) {
                                  return;
                              }
                              setBusy(false);
                              if (answer.ok()) {
                                  m_proofRequired = false;
                                  m_proofError.clear();
                              } else if (answer.errorCode == QLatin1String("validation_failed")) {
                                  m_proofError = tr("That is not right. Try again.");
                              } else {
                                  m_proofError = describe(answer);
                              }
                              emit proofRequiredChanged();
                          });
}

void AccountSession::cancelProof()
{
    if (!m_proofRequired) {
        return;
    }
    m_proofRequired = false;
    m_proofError.clear();
    emit proofRequiredChanged();
    if (m_api) {
        m_api->cancelReauthentication();
    }
}

void AccountSession::clearError()
{
    if (m_errorMessage.isEmpty() && m_fieldErrors.isEmpty()) {
        return;
    }
    m_errorMessage.clear();
    m_fieldErrors.clear();
    emit errorChanged();
}

void AccountSession::reloadUser()
{
    if (!m_api || !isSignedIn()) {
        return;
    }
    m_api->request("GET", QStringLiteral("/api/users/me"), {},
                   [this, guard = QPointer<AccountSession>(this)](const ApiAnswer &answer) {
                       if (guard && answer.ok() && isSignedIn()) {
                           setUser(answer.object().toVariantMap());
                       }
                   });
}

void AccountSession::loadSessions()
{
    if (!m_api || !isSignedIn()) {
        return;
    }
    m_api->request("GET", QStringLiteral("/api/auth/sessions"), {},
                   [this, guard = QPointer<AccountSession>(this)](const ApiAnswer &answer) {
                       if (!guard) {
                           return;
                       }
                       if (!answer.ok()) {
                           setError(answer);
                           return;
                       }
                       m_sessions->setItems(
                           answer.object().value(QStringLiteral("sessions")).toArray());
                   });
}

void AccountSession::revokeSession(const QString &sessionId)
{
    if (!m_api || !isSignedIn()) {
        return;
    }
    m_api->request("DELETE", QStringLiteral("/api/auth/sessions/") + sessionId, {},
                   [this, guard = QPointer<AccountSession>(this)](const ApiAnswer &answer) {
                       if (!guard) {
                           return;
                       }
                       if (!answer.ok()) {
                           setError(answer);
                       }
                       loadSessions();
                   });
}

QString AccountSession::describe(const ApiAnswer &answer)
{
    if (answer.ok()) {
        return {};
    }
    if (answer.status == 0) {
        return tr("The server cannot be reached. Check the server address and your connection.");
    }
    if (answer.status == 429) {
        return answer.retryAfterSeconds > 0 ? tr("Too many attempts. Try again in %n second(s).",
                                                 nullptr, answer.retryAfterSeconds)
                                            : tr("Too many attempts. Try again later.");
    }
    const QString &code = answer.errorCode;
    if (code == QLatin1String("invalid_credentials")) {
        return tr("Wrong user name, e-mail address or password.");
    }
    if (code == QLatin1String("invalid_second_factor")) {
        // The code that turned two-factor sign-in on a moment ago: valid, but spent.
        if (answer.errorFields.value(QStringLiteral("code"))
                .toObject()
                .value(QStringLiteral("code"))
                .toString() == QLatin1String("just_used")) {
            return FieldMessages::describe(answer.errorFields.value(QStringLiteral("code")));
        }
        return tr("That code is not valid. Try the current code, or a recovery code.");
    }
    if (code == QLatin1String("invalid_challenge")) {
        return tr("This sign-in step has expired. Sign in again.");
    }
    if (code == QLatin1String("account_banned")) {
        return tr("This account is suspended.");
    }
    if (code == QLatin1String("invalid_grant")) {
        return tr("This sign-in has expired or was already used. Sign in again.");
    }
    if (code == QLatin1String("validation_failed")) {
        return tr("Some fields need attention.");
    }
    if (code == QLatin1String("conflict")) {
        return tr("That user name, e-mail address or display name is already taken.");
    }
    if (code == QLatin1String("reauthentication_required")) {
        return tr("Confirm it is you (your password or a code) to make this change.");
    }
    if (code == QLatin1String("forbidden")) {
        return tr("You are not allowed to do this.");
    }
    if (answer.status >= 500) {
        return tr("The server had a problem. Try again in a moment.");
    }
    // The server's own English sentence is better than nothing for codes this app predates.
    return answer.errorMessage.isEmpty() ? code : answer.errorMessage;
}

void AccountSession::onAnswer(const ApiAnswer &answer)
{
    if (answer.ok()) {
        becomeSignedIn();
        return;
    }
    setError(answer);
}

void AccountSession::becomeSignedIn()
{
    m_challenge.clear();
    setEndedReason({});
    setUser(m_api->user().toVariantMap());
    setState(State::SignedIn);
    attachRealtime();
    if (m_user.value(QStringLiteral("username")).toString().isEmpty()) {
        reloadUser(); // a renewed session's answer may not carry the account
    }
}

void AccountSession::becomeSignedOut(const QString &endedReason)
{
    m_challenge.clear();
    cancelProof();
    m_sessions->clear();
    setUser({});
    setEndedReason(endedReason);
    setState(State::SignedOut);
    attachRealtime();
}

void AccountSession::attachRealtime()
{
    if (!m_realtime) {
        return;
    }
    if (!isSignedIn() || !m_api) {
        m_realtime->setTicketProvider({});
    } else {
        m_realtime->setTicketProvider(
            [api = QPointer<ApiClient>(m_api.get())](std::function<void(const QString &)> give) {
                if (!api || !api->signedIn()) {
                    give({});
                    return;
                }
                api->request("POST", QStringLiteral("/api/auth/ws-ticket"), {},
                             [give](const ApiAnswer &answer) {
                                 give(answer.object().value(QStringLiteral("ticket")).toString());
                             });
            });
    }
    // The connection must now say hello as this account (or as a guest).
    if (m_realtime->userId() != userId()) {
        m_realtime->reconnectNow();
    }
}

void AccountSession::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged();
    }
}

void AccountSession::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void AccountSession::setUser(const QVariantMap &user)
{
    if (m_user != user) {
        m_user = user;
        emit userChanged();
    }
}

void AccountSession::setError(const ApiAnswer &answer)
{
    m_errorMessage = describe(answer);
    m_fieldErrors = FieldMessages::describeAll(answer.errorFields);
    emit errorChanged();
}

void AccountSession::setEndedReason(const QString &reason)
{
    if (m_endedReason != reason) {
        m_endedReason = reason;
        emit endedReasonChanged();
    }
}

} // namespace transcendence::client
