#include "mail/SmtpClient.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>

#include <cstring>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace transcendence::server {
namespace {

struct Upload {
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t length = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, length);
    upload->offset += qsizetype(length);
    return length;
}

bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

SmtpClient::SmtpClient(SmtpSettings settings)
    : m_settings(std::move(settings))
    , m_loopbackRelay(isLoopbackHost(QUrl(m_settings.url).host()))
{}

void SmtpClient::initializeLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString SmtpClient::send(const MailMessage &message) const
{
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        return QStringLiteral("curl_easy_init failed");
    }
    const QString from = mime::bareAddress(m_settings.from);
    const QByteArray boundary =
        "=_transcendence_" + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    Upload upload{mime::render(message, m_settings.from, QDateTime::currentDateTimeUtc(), boundary,
                               from.section(QLatin1Char('@'), 1)),
                  0};
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray mailFrom = "<" + from.toUtf8() + ">";
    const QByteArray rcpt = "<" + message.recipient.toUtf8() + ">";
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, rcpt.constData()), curl_slist_free_all);
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L); // a worker thread: no SIGALRM
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, long(kConnectTimeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, long(kTransferTimeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     m_loopbackRelay ? long(CURLUSESSL_TRY) : long(CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));
    if (qEnvironmentVariableIsSet("TRANSCENDENCE_SMTP_TRACE")) {
        curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L); // the SMTP dialogue on stderr
    }
    const CURLcode result = curl_easy_perform(handle);
    if (result == CURLE_OK) {
        return {};
    }
    const QString detail = QString::fromUtf8(errorBuffer);
    return QString::fromUtf8(curl_easy_strerror(result)) +
           (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
}

} // namespace transcendence::server
