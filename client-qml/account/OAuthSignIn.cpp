#include "account/OAuthSignIn.h"

#include "oauth/Pkce.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace transcendence::client {
namespace {

constexpr qsizetype kMaxRequestBytes = 8 * 1024;
constexpr int kRequestTimeoutMs = 10'000;
const QString kCallbackPath = QStringLiteral("/oauth");

QString queryValue(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

OAuthSignIn::OAuthSignIn(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        stopListening();
        fail(tr("The sign-in took too long. Try again."));
    });
    connect(&m_listener, &QTcpServer::newConnection, this, &OAuthSignIn::onConnection);
}

OAuthSignIn::~OAuthSignIn()
{
    m_listener.close();
}

void OAuthSignIn::setSession(AccountSession *session)
{
    if (session == m_session) {
        return;
    }
    if (m_session) {
        m_session->disconnect(this);
    }
    cancel();
    m_session = session;
    emit sessionChanged();
    if (m_session) {
        // Another server: its own providers, and no sign-in started at the previous one.
        connect(m_session, &AccountSession::serverUrlChanged, this, [this] {
            cancel();
            loadProviders();
        });
    }
    loadProviders();
}

void OAuthSignIn::loadProviders()
{
    ApiClient *api = m_session ? m_session->api() : nullptr;
    if (!api) {
        if (!m_providers.isEmpty()) {
            m_providers.clear();
            emit providersChanged();
        }
        return;
    }
    api->request(
        "GET", QStringLiteral("/api/auth/oauth/providers"), {},
        [this, guard = QPointer<OAuthSignIn>(this),
         asked = QPointer<ApiClient>(api)](const ApiAnswer &answer) {
            if (!guard || !m_session || m_session->api() != asked) {
                return;
            }
            QVariantList providers;
            for (const QJsonValue &provider :
                 answer.object().value(QStringLiteral("providers")).toArray()) {
                const QJsonObject object = provider.toObject();
                providers.append(QVariantMap{
                    {QStringLiteral("id"), object.value(QStringLiteral("id")).toString()},
                    {QStringLiteral("name"), object.value(QStringLiteral("name")).toString()}});
            }
            if (providers != m_providers) {
                m_providers = providers;
                emit providersChanged();
            }
        },
        false);
}

bool OAuthSignIn::start(const QString &providerId)
{
    cancel();
    if (!m_session || !m_session->api()) {
        fail(tr("Choose a server first."));
        return false;
    }
    // 127.0.0.1, not "localhost": a name could resolve elsewhere (RFC 8252 section 8.3).
    if (!m_listener.listen(QHostAddress::LocalHost, 0)) {
        fail(tr("The app could not listen for the browser's answer: %1")
                 .arg(m_listener.errorString()));
        return false;
    }
    m_verifier = oauth::pkce::generateVerifier();
    m_state = QString::fromLatin1(oauth::pkce::generateVerifier()); // 384 random bits too
    m_redirectUri = QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(m_listener.serverPort()).arg(kCallbackPath));
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("code_challenge"),
        QString::fromLatin1(oauth::pkce::challengeS256(m_verifier)));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    add(QStringLiteral("state"), m_state);
    m_authorizationUrl = m_session->serverUrl().resolved(
        QUrl(QStringLiteral("/api/auth/oauth/%1/start")
                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(providerId)))));
    m_authorizationUrl.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_timeout.start(kTimeoutMs);
    if (!m_errorMessage.isEmpty()) {
        m_errorMessage.clear();
        emit errorMessageChanged();
    }
    m_session->clearError();
    emit waitingChanged();
    if (!QDesktopServices::openUrl(m_authorizationUrl)) {
        // Still waiting: the address is shown and can be opened by hand.
        m_errorMessage = tr("No web browser could be opened. Open the address below in one.");
        emit errorMessageChanged();
    }
    return true;
}

void OAuthSignIn::cancel()
{
    stopListening();
}

void OAuthSignIn::stopListening()
{
    m_timeout.stop();
    const bool wasWaiting = m_listener.isListening();
    m_listener.close();
    if (wasWaiting) {
        emit waitingChanged();
    }
}

void OAuthSignIn::fail(const QString &message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

void OAuthSignIn::onConnection()
{
    while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (buffer->contains("\r\n\r\n")) {
                socket->setProperty("request", *buffer);
                buffer->clear();
                socket->disconnect(this);
                onRequest(socket);
            } else if (buffer->size() > kMaxRequestBytes) {
                socket->disconnect(this);
                socket->abort();
            }
        });
        // A connection that never sends a request does not stay open.
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] {
            if (socket->property("request").isNull()) {
                socket->abort();
            }
        });
    }
}

void OAuthSignIn::onRequest(QTcpSocket *socket)
{
    const QByteArray request = socket->property("request").toByteArray();
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    if (line.size() != 3 || line.at(0) != "GET") {
        answerBrowser(socket, 405, tr("Not here"), tr("This address only takes the sign-in."));
        return;
    }
    const QUrl target(QString::fromLatin1(line.at(1)), QUrl::StrictMode);
    if (target.path() != kCallbackPath) {
        answerBrowser(socket, 404, tr("Not here"), tr("This address only takes the sign-in."));
        return;
    }
    const QUrlQuery query(target);
    if (queryValue(query, "state") != m_state || m_state.isEmpty() || !isWaiting()) {
        // Not the answer to our request (forged, or for an earlier attempt): keep waiting.
        answerBrowser(socket, 400, tr("Sign-in not recognised"),
                      tr("This answer does not belong to the sign-in the app is waiting for."));
        return;
    }
    const QString code = queryValue(query, "code");
    const QString error = queryValue(query, "error");
    stopListening();
    m_state.clear();
    if (code.isEmpty()) {
        const QString message = describeError(error, queryValue(query, "error_description"));
        answerBrowser(socket, 200, tr("Sign-in failed"),
                      message + QLatin1Char(' ') + tr("You can close this page."));
        fail(message);
        return;
    }
    answerBrowser(socket, 200, tr("Signed in"),
                  tr("You can close this page and go back to Transcendence."));
    if (m_session) {
        m_session->completeOAuthSignIn(code, QString::fromLatin1(m_verifier), m_redirectUri);
    }
    m_verifier.clear();
}

void OAuthSignIn::answerBrowser(QTcpSocket *socket, int status, const QString &heading,
                                const QString &text)
{
    const QString html =
        QStringLiteral("<!doctype html>\n<html><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>Transcendence</title></head>\n<body><main><h1>%1</h1><p>%2</p>"
                       "</main></body></html>\n")
            .arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
    const QByteArray body = html.toUtf8();
    const QByteArray reason = status == 200   ? "OK"
                              : status == 400 ? "Bad Request"
                              : status == 404 ? "Not Found"
                                              : "Method Not Allowed";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(body.size()) +
                  "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer"
                  "\r\nConnection: close\r\n\r\n" +
                  body);
    socket->disconnectFromHost(); // after the answer is written
}

QString OAuthSignIn::describeError(const QString &code, const QString &description)
{
    if (code == QLatin1String("provider_error")) {
        return tr("The sign-in was cancelled or refused at the provider.");
    }
    if (code == QLatin1String("email_in_use")) {
        return tr("Another account already uses this e-mail address. Sign in with its password, "
                  "then link the provider from your profile.");
    }
    if (code == QLatin1String("account_banned")) {
        return tr("This account is suspended.");
    }
    return tr("The sign-in did not complete: %1")
        .arg(description.isEmpty() ? code : description.left(300));
}

} // namespace transcendence::client
