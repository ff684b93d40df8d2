#pragma once

#include <QObject>

class ServerUrlTest : public QObject {
    Q_OBJECT

private slots:
    void acceptsHttpAndHttpsUrls_data();
    void acceptsHttpAndHttpsUrls();
    void refusesOtherInput_data();
    void refusesOtherInput();
    void derivesEndpoints_data();
    void derivesEndpoints();
};
