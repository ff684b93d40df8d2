#pragma once

#include <QObject>

class TokenStoreTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void theFileIsTheOwnersOnly();
    void withoutAKeychainAutoFallsBackToTheFileAndSaysSo();
    void anExplicitKeychainNeverFallsBack();
    void aFileOthersCanReadIsNotTrusted();
    void modeComesFromTheEnvironment();
};
