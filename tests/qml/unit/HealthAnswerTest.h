#pragma once

#include <QObject>

class HealthAnswerTest : public QObject {
    Q_OBJECT

private slots:
    void readsAHealthyAnswer();
    void refusesUnhealthyAnswers_data();
    void refusesUnhealthyAnswers();
};
