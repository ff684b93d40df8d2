#pragma once

#include "core/DomainError.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <variant>

namespace transcendence::server::deploy_store {

// SQL for webhook deliveries (sql/0014). Worker threads only.

struct Delivery {
    QString id;
    QString event;
    QString ref;
    QString headCommit;
    QString result;
};

// Records a delivery; false when that delivery id was recorded before (a redelivery).
std::variant<bool, DomainError> recordDelivery(QSqlDatabase &db, const Delivery &delivery);
// Sets a delivery's result (running, succeeded, failed, superseded) and what its command said.
std::optional<DomainError> finishDelivery(QSqlDatabase &db, const QString &deliveryId,
                                          const QString &result, std::optional<int> exitCode,
                                          const QString &outputTail);
// The newest deliveries, for admins.
std::variant<QJsonArray, DomainError> recentDeliveries(QSqlDatabase &db, int limit);

} // namespace transcendence::server::deploy_store
