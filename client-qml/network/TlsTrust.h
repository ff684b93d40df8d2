#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

// Trusting one extra certificate authority, e.g. the self-signed certificate of a development or
// test platform, without ever ignoring TLS errors.
namespace transcendence::client {

// Name of the environment variable holding the path of a PEM file with extra CA certificates.
inline constexpr char kCaFileVariable[] = "TRANSCENDENCE_CA_FILE";

struct CertificateAuthorityFile {
    QList<QSslCertificate> certificates;
    QString problem; // empty when at least one certificate was read
};

CertificateAuthorityFile readCertificateAuthorityFile(const QString &path);

// Adds the certificates named by TRANSCENDENCE_CA_FILE to the application-wide default
// QSslConfiguration, which every QNetworkAccessManager request and every QWebSocket created
// afterwards starts from. Returns a problem to report, or an empty string (also when the
// variable is unset).
QString trustCertificateAuthorityFromEnvironment();

} // namespace transcendence::client
