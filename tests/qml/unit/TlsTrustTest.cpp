#include "TlsTrustTest.h"

#include "network/TlsTrust.h"

#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace transcendence::client;

namespace {

// A self-signed certificate used only as test data (no key is kept anywhere).
const QByteArray kTestCaPem = "-----BEGIN CERTIFICATE-----\n"
                              "MIIBmDCCAT2gAwIBAgIUHXrmIZnNrg66UBP7DdXMWN2GoAwwCgYIKoZIzj0EAwIw\n"
                              "IDEeMBwGA1UEAwwVdHJhbnNjZW5kZW5jZS10ZXN0LWNhMCAXDTI2MTEyMTE5NDIw\n"
                              "MloYDzIxMjYxMDI4MTk0MjAyWjAgMR4wHAYDVQQDDBV0cmFuc2NlbmRlbmNlLXRl\n"
                              "c3QtY2EwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATrpsix/USBcIcUl4JGFK27\n"
                              "Trx3oltBjDs59+HFAkXXIYEpIWBy+RlpxzvgDy8RNmhetLDfDX8/g3en/VPecihe\n"
                              "o1MwUTAdBgNVHQ4EFgQUsgX6i/VukL0lPqJnwwXsDn1at0swHwYDVR0jBBgwFoAU\n"
                              "sgX6i/VukL0lPqJnwwXsDn1at0swDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD\n"
                              "AgNJADBGAiEAxJgMm2nAUUtwgi6QfOQUIVOYOnb92Bdd1r25aJh2RmECIQDjNpEn\n"
                              "oazYoxSaH4opV4ofWLoYKNrKgjQsJo1ctlWVhA==\n"
                              "-----END CERTIFICATE-----\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return file.fileName();
}

} // namespace

void TlsTrustTest::readsPemCertificates()
{
    QTemporaryDir dir;
    const auto file =
        readCertificateAuthorityFile(writeFile(dir, QStringLiteral("ca.pem"), kTestCaPem));
    QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
    QCOMPARE(file.certificates.size(), 1);
    QCOMPARE(file.certificates.first().subjectInfo(QSslCertificate::CommonName).value(0),
             QStringLiteral("transcendence-test-ca"));
}

void TlsTrustTest::reportsUnusableFiles()
{
    QTemporaryDir dir;
    QVERIFY(!readCertificateAuthorityFile(dir.filePath(QStringLiteral("missing.pem")))
                 .problem.isEmpty());
    const QString garbage = writeFile(dir, QStringLiteral("garbage.pem"), "not a certificate\n");
    const auto file = readCertificateAuthorityFile(garbage);
    QVERIFY(!file.problem.isEmpty());
    QVERIFY(file.certificates.isEmpty());
}

void TlsTrustTest::addsTheEnvironmentCaToTheDefaultConfiguration()
{
    QTemporaryDir dir;
    const QByteArray path = writeFile(dir, QStringLiteral("ca.pem"), kTestCaPem).toLocal8Bit();
    const int systemAuthorities = int(QSslConfiguration::systemCaCertificates().size());
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();

    qputenv(kCaFileVariable, path);
    const QString problem = trustCertificateAuthorityFromEnvironment();
    qunsetenv(kCaFileVariable);

    const QList<QSslCertificate> trusted =
        QSslConfiguration::defaultConfiguration().caCertificates();
    QSslConfiguration::setDefaultConfiguration(original);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(trusted.contains(QSslCertificate::fromData(kTestCaPem).first()));
    // The system store stays trusted next to the extra authority.
    QCOMPARE(trusted.size(), systemAuthorities + 1);
}
