#include "network/HealthAnswer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace transcendence::client {

HealthAnswer readHealthAnswer(int httpStatus, const QByteArray &body)
{
    if (httpStatus != 200) {
        return {false,
                {},
                QCoreApplication::translate("HealthAnswer", "The server answered HTTP %1.")
                    .arg(httpStatus)};
    }
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    if (!document.isObject() ||
        object.value(QLatin1String("status")).toString() != QLatin1String("ok")) {
        return {false,
                {},
                QCoreApplication::translate("HealthAnswer",
                                            "This address does not answer like a Transcendence "
                                            "server.")};
    }
    return {true, object.value(QLatin1String("version")).toString(), {}};
}

} // namespace transcendence::client
