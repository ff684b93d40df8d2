#pragma once

#include "core/DomainError.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>
#include <variant>

namespace transcendence::server::status_store {

// SQL for the status page (sql/0015). Worker threads only.

struct Figures {
    qint64 playersOnline = 0; // distinct signed-in users with a live connection, every instance
    QJsonObject incident;     // the open note, or empty
};
std::variant<Figures, DomainError> figures(QSqlDatabase &db, int presenceStaleSeconds);

// Posts a note (resolving the open one) / resolves the open one; each with its audit entry, in
// one transaction. resolve answers false when no note was open.
std::variant<QJsonObject, DomainError>
postIncident(QSqlDatabase &db, qint64 adminId, const QString &message, const QString &severity);
std::variant<bool, DomainError> resolveIncident(QSqlDatabase &db, qint64 adminId);

} // namespace transcendence::server::status_store
