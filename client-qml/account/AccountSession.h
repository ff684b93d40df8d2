#pragma once

#include "network/ApiClient.h"
#include "network/RealtimeClient.h"
#include "shell/JsonListModel.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace transcendence::client {

class TokenStore;

// The signed-in account of the app, for one server: sign-up, sign-in (password, then a TOTP or
// recovery code when the account has two-factor authentication), restoring the session at start
// from the stored refresh token, sign-out, and the account's sessions. Feature controllers reach
// the REST API through api(); the realtime client is given a fresh ticket on every (re)connection
// while signed in, so the WebSocket follows the account.
class AccountSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    // Which remembered sign-in of this server to use: "" for the app's own; a second player on
    // the same device (or a test's second account) uses another name.
    Q_PROPERTY(QString profile READ profile WRITE setProfile NOTIFY profileChanged)
    Q_PROPERTY(RealtimeClient *realtimeClient READ realtimeClient WRITE setRealtimeClient NOTIFY
                   realtimeClientChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QVariantMap user READ user NOTIFY userChanged)
    Q_PROPERTY(qint64 userId READ userId NOTIFY userChanged)
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY userChanged)
    // The last failure, translated, and the server's per-field problems {"password": "..."}.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorChanged)
    // Why the session ended without the user asking (revoked, banned); empty otherwise.
    Q_PROPERTY(QString endedReason READ endedReason NOTIFY endedReasonChanged)
    Q_PROPERTY(QString tokenStorage READ tokenStorage NOTIFY tokenStorageChanged)
    Q_PROPERTY(JsonListModel *sessions READ sessions CONSTANT)
    // Step-up (issue 15): a sensitive change waits until the owner proves who they are again
    // (ReauthenticationDialog asks); proofError says why the last proof was refused.
    Q_PROPERTY(bool proofRequired READ isProofRequired NOTIFY proofRequiredChanged)
    // In the SecondFactor state: "totp" (the authenticator app) or "email" (a code was mailed).
    Q_PROPERTY(QString secondFactorMethod READ secondFactorMethod NOTIFY stateChanged)
    Q_PROPERTY(QString proofError READ proofError NOTIFY proofRequiredChanged)

public:
    enum class State {
        SignedOut,
        Restoring,    // looking for a stored session at start or after a server change
        SecondFactor, // the password was right; a TOTP or recovery code is needed
        SignedIn,
    };
    Q_ENUM(State)

    explicit AccountSession(QObject *parent = nullptr);
    ~AccountSession() override;

    QUrl serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QUrl &serverUrl);
    QString profile() const { return m_profile; }
    void setProfile(const QString &profile);
    RealtimeClient *realtimeClient() const { return m_realtime; }
    void setRealtimeClient(RealtimeClient *client);

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    bool isBusy() const { return m_busy; }
    QVariantMap user() const { return m_user; }
    qint64 userId() const { return m_user.value(QStringLiteral("id")).toLongLong(); }
    bool isAdmin() const { return m_user.value(QStringLiteral("role")) == QLatin1String("admin"); }
    QString errorMessage() const { return m_errorMessage; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    QString endedReason() const { return m_endedReason; }
    QString tokenStorage() const;
    JsonListModel *sessions() const { return m_sessions; }
    bool isProofRequired() const { return m_proofRequired; }
    QString secondFactorMethod() const { return m_secondFactorMethod; }
    QString proofError() const { return m_proofError; }

    // The REST client of this server; null before a server URL is set.
    ApiClient *api() const { return m_api.get(); }

    Q_INVOKABLE void signIn(const QString &login, const QString &password);
    // A 6-digit TOTP code, or a recovery code (anything else).
    Q_INVOKABLE void submitSecondFactor(const QString &code);
    Q_INVOKABLE void cancelSecondFactor();
    Q_INVOKABLE void signUp(const QString &username, const QString &email, const QString &password,
                            const QString &displayName);
    // The end of a provider sign-in in the system browser (OAuthSignIn): exchanges the one-time
    // code from the loopback redirect, with the PKCE verifier, for this app's session.
    void completeOAuthSignIn(const QString &code, const QString &codeVerifier,
                             const QUrl &redirectUri);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void clearError();
    // Reloads the account (after a profile change elsewhere in the app).
    Q_INVOKABLE void reloadUser();
    Q_INVOKABLE void loadSessions();
    Q_INVOKABLE void revokeSession(const QString &sessionId);
    // kind: "password", "code" (authenticator app) or "recoveryCode".
    Q_INVOKABLE void submitProof(const QString &kind, const QString &value);
    Q_INVOKABLE void cancelProof();

    // The message to show for a failed API answer (translated where the code is known).
    static QString describe(const ApiAnswer &answer);

signals:
    void serverUrlChanged();
    void profileChanged();
    void realtimeClientChanged();
    void stateChanged();
    void busyChanged();
    void userChanged();
    void errorChanged();
    void endedReasonChanged();
    void tokenStorageChanged();
    void proofRequiredChanged();

private:
    void openServer();
    void restore();
    // A sign-in's first answer: a session, or a challenge for the second factor.
    void onFirstFactorAnswer(const ApiAnswer &answer);
    void onAnswer(const ApiAnswer &answer);
    void becomeSignedIn();
    void becomeSignedOut(const QString &endedReason);
    void setState(State state);
    void setBusy(bool busy);
    void setUser(const QVariantMap &user);
    void setError(const ApiAnswer &answer);
    void setEndedReason(const QString &reason);
    void attachRealtime();

    QUrl m_serverUrl;
    QString m_profile;
    QPointer<RealtimeClient> m_realtime;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ApiClient> m_api;
    State m_state = State::SignedOut;
    bool m_busy = false;
    QVariantMap m_user;
    QString m_errorMessage;
    QVariantMap m_fieldErrors;
    QString m_endedReason;
    QString m_challenge;
    QString m_secondFactorMethod;
    bool m_proofRequired = false;
    QString m_proofError;
    JsonListModel *m_sessions;
    int m_generation = 0; // answers for an earlier server URL are ignored
};

} // namespace transcendence::client
