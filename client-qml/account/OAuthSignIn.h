#pragma once

#include "account/AccountSession.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QTcpSocket;

namespace transcendence::client {

// "Sign in with 42" (or another provider the server lists) as RFC 8252 says a native app should:
// in the system browser, never in a web view. The app listens on a loopback port
// (http://127.0.0.1:<random port>/oauth, a one-shot HTTP responder), opens the server's start
// URL with that redirect URI, a PKCE challenge and a state of its own; when the provider has
// sent the browser back to the server, the server sends it on to the loopback address with a
// one-time code, which the session exchanges with the PKCE verifier for app tokens
// (AccountSession::completeOAuthSignIn). Answers whose state is not ours are refused and the
// wait goes on; the wait ends after kTimeoutMs, on cancel(), or with the first real answer.
class OAuthSignIn : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // [{id, name}] from GET /api/auth/oauth/providers; empty when the server offers none.
    Q_PROPERTY(QVariantList providers READ providers NOTIFY providersChanged)
    // The browser is out: waiting for it to come back to the loopback address.
    Q_PROPERTY(bool waiting READ isWaiting NOTIFY waitingChanged)
    // Where the browser was sent (shown, so it can be opened by hand if no browser started).
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl NOTIFY waitingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    static constexpr int kTimeoutMs = 5 * 60 * 1000;

    explicit OAuthSignIn(QObject *parent = nullptr);
    ~OAuthSignIn() override;

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QVariantList providers() const { return m_providers; }
    bool isWaiting() const { return m_listener.isListening(); }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void loadProviders();
    // Opens the system browser; false (with errorMessage) when the sign-in could not start.
    Q_INVOKABLE bool start(const QString &providerId);
    Q_INVOKABLE void cancel();

signals:
    void sessionChanged();
    void providersChanged();
    void waitingChanged();
    void errorMessageChanged();

private:
    void onConnection();
    void onRequest(QTcpSocket *socket);
    void answerBrowser(QTcpSocket *socket, int status, const QString &heading, const QString &text);
    void stopListening();
    void fail(const QString &message);
    static QString describeError(const QString &code, const QString &description);

    QPointer<AccountSession> m_session;
    QVariantList m_providers;
    QTcpServer m_listener;
    QTimer m_timeout;
    QByteArray m_verifier;
    QString m_state;
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    QString m_errorMessage;
};

} // namespace transcendence::client
