#include "network/ApiClient.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>

namespace transcendence::client {
namespace {

constexpr int kRequestTimeoutMs = 15'000;

ApiAnswer answerFrom(QNetworkReply *reply)
{
    ApiAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    answer.body = QJsonDocument::fromJson(bytes);
    answer.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    if (answer.status == 0) {
        answer.errorCode = QStringLiteral("network_error");
        answer.errorMessage = reply->errorString();
    } else if (!answer.ok()) {
        const QJsonObject error = answer.body.object().value(QStringLiteral("error")).toObject();
        answer.errorCode = error.value(QStringLiteral("code")).toString();
        answer.errorMessage = error.value(QStringLiteral("message")).toString();
        answer.errorFields = error.value(QStringLiteral("fields")).toObject();
        if (answer.errorCode.isEmpty()) {
            answer.errorCode = QStringLiteral("unexpected_response");
            answer.errorMessage = QStringLiteral("HTTP %1").arg(answer.status);
        }
    }
    return answer;
}

} // namespace

ApiClient::ApiClient(TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
{}

ApiClient::Payload ApiClient::jsonPayload(const QJsonObject &body)
{
    if (body.isEmpty()) {
        return {};
    }
    return {QJsonDocument(body).toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json")};
}

void ApiClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                     bool auth, Callback done)
{
    sendPayload(method, path, jsonPayload(body), auth, std::move(done));
}

void ApiClient::sendPayload(const QByteArray &method, const QString &path, const Payload &payload,
                            bool auth, Callback done)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kRequestTimeoutMs);
    if (auth && !m_accessToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    }
    if (!payload.contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, payload.contentType);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload.bytes);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(answerFrom(reply));
    });
}

void ApiClient::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                        Callback done, bool auth)
{
    requestPayload(method, path, jsonPayload(body), std::move(done), auth);
}

void ApiClient::requestBytes(const QByteArray &method, const QString &path, const QByteArray &bytes,
                             const QByteArray &contentType, Callback done)
{
    requestPayload(method, path, {bytes, contentType}, std::move(done), true);
}

void ApiClient::requestPayload(const QByteArray &method, const QString &path,
                               const Payload &payload, Callback done, bool auth)
{
    // A sensitive change without a recent proof of the owner (403 reauthentication_required)
    // waits for one: reauthenticationRequired, then reauthenticate() sends it again, or
    // cancelReauthentication() hands it the refusal.
    Callback deliver = [this, method, path, payload, auth, done](const ApiAnswer &answer) {
        if (auth && answer.status == 403 &&
            answer.errorCode == QLatin1String("reauthentication_required") && signedIn()) {
            m_awaitingProof.push_back({method, path, payload, done, answer});
            if (m_awaitingProof.size() == 1) {
                emit reauthenticationRequired();
            }
            return;
        }
        done(answer);
    };
    sendPayload(method, path, payload, auth,
                [this, method, path, payload, auth, deliver](const ApiAnswer &answer) {
                    if (!auth || answer.status != 401 || !signedIn()) {
                        deliver(answer);
                        return;
                    }
                    // Expired (or revoked): renew once, then try again.
                    refresh([this, method, path, payload, deliver, answer](bool renewed) {
                        if (!renewed) {
                            deliver(answer);
                            return;
                        }
                        sendPayload(method, path, payload, true, deliver);
                    });
                });
}

void ApiClient::reauthenticate(const QJsonObject &proof, Callback done)
{
    requestPayload(
        "POST", QStringLiteral("/api/auth/reauthenticate"), jsonPayload(proof),
        [this, done = std::move(done)](const ApiAnswer &answer) {
            if (answer.ok()) {
                // Proven: what waited goes again (a second refusal reaches its caller as is).
                auto waiting = std::move(m_awaitingProof);
                m_awaitingProof.clear();
                for (const AwaitingProof &request : waiting) {
                    sendPayload(request.method, request.path, request.payload, true, request.done);
                }
            }
            done(answer);
        },
        true);
}

void ApiClient::cancelReauthentication()
{
    auto waiting = std::move(m_awaitingProof);
    m_awaitingProof.clear();
    for (const AwaitingProof &request : waiting) {
        request.done(request.refusal);
    }
}

void ApiClient::refresh(std::function<void(bool)> done)
{
    m_waitingForRefresh.push_back(std::move(done));
    if (m_refreshing) {
        return; // one renewal for everyone who waits
    }
    m_refreshing = true;
    const auto finish = [this](bool renewed) {
        m_refreshing = false;
        auto waiting = std::move(m_waitingForRefresh);
        m_waitingForRefresh.clear();
        for (auto &callback : waiting) {
            callback(renewed);
        }
    };
    if (!m_tokens) {
        finish(false);
        return;
    }
    m_tokens->load([this, finish](std::optional<QString> token) {
        if (!token) {
            finish(false);
            return;
        }
        send("POST", QStringLiteral("/api/auth/refresh"),
             {{QStringLiteral("refreshToken"), *token}}, false,
             [this, finish](const ApiAnswer &answer) {
                 if (answer.ok()) {
                     adopt(answer.object(), [finish] { finish(true); });
                     return;
                 }
                 if (answer.status == 401 || answer.status == 403) {
                     const bool wasSignedIn = signedIn();
                     forget();
                     if (wasSignedIn) {
                         emit sessionEnded();
                     }
                 }
                 finish(false); // unreachable or busy: keep the token for later
             });
    });
}

void ApiClient::restore(std::function<void(bool)> done)
{
    refresh(std::move(done));
}

void ApiClient::signIn(const QString &login, const QString &password, Callback done)
{
    QJsonObject body{{QStringLiteral("login"), login},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("client"), QStringLiteral("app")}};
    // This device signed in before: wrong passwords typed elsewhere do not lock it out.
    if (const QString device = deviceToken(); !device.isEmpty()) {
        body.insert(QStringLiteral("deviceToken"), device);
    }
    send("POST", QStringLiteral("/api/auth/login"), body, false,
         [this, done = std::move(done)](const ApiAnswer &answer) {
             if (answer.ok() &&
                 !answer.object().value(QStringLiteral("twoFactorRequired")).toBool()) {
                 adopt(answer.object(), [done, answer] { done(answer); });
                 return;
             }
             done(answer);
         });
}

void ApiClient::completeSecondFactor(const QString &challenge, const QJsonObject &factor,
                                     Callback done)
{
    QJsonObject body = factor;
    body.insert(QStringLiteral("challenge"), challenge);
    send("POST", QStringLiteral("/api/auth/login/2fa"), body, false,
         [this, done = std::move(done)](const ApiAnswer &answer) {
             if (answer.ok()) {
                 adopt(answer.object(), [done, answer] { done(answer); });
                 return;
             }
             done(answer);
         });
}

void ApiClient::registerAccount(const QJsonObject &fields, Callback done)
{
    QJsonObject body = fields;
    body.insert(QStringLiteral("client"), QStringLiteral("app"));
    send("POST", QStringLiteral("/api/auth/register"), body, false,
         [this, done = std::move(done)](const ApiAnswer &answer) {
             if (answer.ok()) {
                 adopt(answer.object(), [done, answer] { done(answer); });
                 return;
             }
             done(answer);
         });
}

void ApiClient::exchangeOAuthCode(const QString &code, const QString &codeVerifier,
                                  const QUrl &redirectUri, Callback done)
{
    send("POST", QStringLiteral("/api/auth/oauth/app-token"),
         {{QStringLiteral("code"), code},
          {QStringLiteral("codeVerifier"), codeVerifier},
          {QStringLiteral("redirectUri"), redirectUri.toString(QUrl::FullyEncoded)}},
         false, [this, done = std::move(done)](const ApiAnswer &answer) {
             // An account with two-factor sign-in answers with a challenge, as after a password.
             if (answer.ok() &&
                 !answer.object().value(QStringLiteral("twoFactorRequired")).toBool()) {
                 adopt(answer.object(), [done, answer] { done(answer); });
                 return;
             }
             done(answer);
         });
}

void ApiClient::signOut(std::function<void()> done)
{
    if (!signedIn()) {
        forget();
        done();
        return;
    }
    send("POST", QStringLiteral("/api/auth/logout"), {}, true,
         [this, done = std::move(done)](const ApiAnswer &) {
             forget();
             done();
         });
}

void ApiClient::adopt(const QJsonObject &session, std::function<void()> stored)
{
    const bool changed = !signedIn();
    m_accessToken = session.value(QStringLiteral("accessToken")).toString();
    if (session.contains(QStringLiteral("user"))) {
        m_user = session.value(QStringLiteral("user")).toObject();
    }
    if (changed) {
        emit signedInChanged();
    }
    if (const QString device = session.value(QStringLiteral("deviceToken")).toString();
        !device.isEmpty()) {
        QSettings().setValue(deviceTokenKey(), device);
    }
    const QString refreshToken = session.value(QStringLiteral("refreshToken")).toString();
    if (!m_tokens || refreshToken.isEmpty()) {
        stored();
        return;
    }
    // The answer is handed on once the rotated token is safe: a crash right after must not
    // leave only the spent one behind.
    m_tokens->save(refreshToken, [stored = std::move(stored)](bool) { stored(); });
}

QString ApiClient::deviceTokenKey() const
{
    // One per server: another server's token means nothing there.
    return QStringLiteral("deviceTokens/") +
           QString::fromLatin1(
               m_baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery)
                   .toEncoded()
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ApiClient::deviceToken() const
{
    return QSettings().value(deviceTokenKey()).toString();
}

void ApiClient::forget()
{
    const bool changed = signedIn();
    cancelReauthentication();
    m_accessToken.clear();
    m_user = {};
    if (m_tokens) {
        m_tokens->clear([](bool) {});
    }
    if (changed) {
        emit signedInChanged();
    }
}

} // namespace transcendence::client
