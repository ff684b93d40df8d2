#pragma once

#include <QObject>

class TlsTrustTest : public QObject {
    Q_OBJECT

private slots:
    void readsPemCertificates();
    void reportsUnusableFiles();
    void addsTheEnvironmentCaToTheDefaultConfiguration();
};
