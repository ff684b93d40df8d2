#pragma once

#include <QObject>

class RealtimeSessionTest : public QObject {
    Q_OBJECT

private slots:
    void saysHelloWithTheProtocolVersion();
    void acceptsAWelcome();
    void signsInWithATicket();
    void refusesAnInvalidWelcome_data();
    void refusesAnInvalidWelcome();
    void requiresAWelcomeFirst();
    void measuresPingFromPong();
    void ignoresUnknownAndForgottenPongs();
    void reportsServerErrors();
    void reportsMalformedFrames();
    void resetForgetsTheConnection();
};
