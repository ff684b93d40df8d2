#include "network/TlsTrust.h"

#include <QFile>
#include <QSslConfiguration>

namespace transcendence::client {

CertificateAuthorityFile readCertificateAuthorityFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return {{}, QStringLiteral("%1 holds no PEM certificate").arg(path)};
    }
    return {certificates, {}};
}

QString trustCertificateAuthorityFromEnvironment()
{
    const QString path = qEnvironmentVariable(kCaFileVariable);
    if (path.isEmpty()) {
        return {};
    }
    const CertificateAuthorityFile file = readCertificateAuthorityFile(path);
    if (!file.problem.isEmpty()) {
        return QStringLiteral("%1: %2").arg(QLatin1String(kCaFileVariable), file.problem);
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Setting CA certificates turns off Qt's on-demand loading of the system store, so the
    // system authorities are added explicitly: real servers must stay trusted.
    QList<QSslCertificate> authorities = configuration.caCertificates();
    if (authorities.isEmpty()) {
        authorities = QSslConfiguration::systemCaCertificates();
    }
    configuration.setCaCertificates(authorities + file.certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return {};
}

} // namespace transcendence::client
