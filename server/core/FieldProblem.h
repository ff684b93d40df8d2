#pragma once

#include <QJsonObject>
#include <QString>

namespace transcendence::server {

// One problem of one request field: a stable machine code the clients translate ("taken",
// "too_long", ...; docs/api/openapi.yaml lists them), the server's English sentence for clients
// that do not know the code, and the numbers a translation needs ({"max": 20}).
struct FieldProblem {
    QString code;
    QString message;
    QJsonObject limits;

    bool isEmpty() const { return code.isEmpty(); }
    QJsonObject toJson() const;

    static FieldProblem required();
    static FieldProblem tooLong(int max);
    static FieldProblem tooShort(int min);
    static FieldProblem notString();
    static FieldProblem taken();
    // A problem without a more specific code: clients show the message.
    static FieldProblem invalid(const QString &message);
};

} // namespace transcendence::server
