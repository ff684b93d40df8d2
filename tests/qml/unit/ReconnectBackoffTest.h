#pragma once

#include <QObject>

class ReconnectBackoffTest : public QObject {
    Q_OBJECT

private slots:
    void ceilingDoublesUpToTheCap();
    void delaysStayBetweenHalfAndFullCeiling();
    void jitterSpreadsClients();
    void resetStartsOver();
};
