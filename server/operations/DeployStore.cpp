#include "operations/DeployStore.h"

#include "auth/AccountStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server::deploy_store {
namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

DomainError failed(const QSqlQuery &query)
{
    return DomainError{domain_error::DatabaseError,
                       QStringLiteral("could not record the delivery: %1")
                           .arg(query.lastError().databaseText().left(200)),
                       {}};
}

} // namespace

std::variant<bool, DomainError> recordDelivery(QSqlDatabase &db, const Delivery &delivery)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO webhook_deliveries (delivery_id, event, ref, head_commit, result) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (delivery_id) DO NOTHING RETURNING 1"));
    insert.addBindValue(delivery.id);
    insert.addBindValue(delivery.event);
    insert.addBindValue(textOrNull(delivery.ref));
    insert.addBindValue(textOrNull(delivery.headCommit));
    insert.addBindValue(delivery.result);
    if (!insert.exec()) {
        return failed(insert);
    }
    return insert.next();
}

std::optional<DomainError> finishDelivery(QSqlDatabase &db, const QString &deliveryId,
                                          const QString &result, std::optional<int> exitCode,
                                          const QString &outputTail)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE webhook_deliveries SET result = ?, exit_code = ?, output_tail = ?, "
        "finished_at = CASE WHEN ? THEN now() END WHERE delivery_id = ? "
        // Updates run on any worker thread: "running" never overwrites a final result.
        "AND (? <> 'running' OR result = 'queued')"));
    update.addBindValue(result);
    update.addBindValue(exitCode ? QVariant(*exitCode) : QVariant(QMetaType::fromType<int>()));
    update.addBindValue(textOrNull(outputTail.right(8000)));
    update.addBindValue(result != QLatin1String("running"));
    update.addBindValue(deliveryId);
    update.addBindValue(result);
    if (!update.exec()) {
        return failed(update);
    }
    return std::nullopt;
}

std::variant<QJsonArray, DomainError> recentDeliveries(QSqlDatabase &db, int limit)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT delivery_id, event, ref, head_commit, result, exit_code, output_tail, "
        "received_at, finished_at FROM webhook_deliveries ORDER BY received_at DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        return failed(query);
    }
    QJsonArray rows;
    const auto iso = [](const QVariant &value) {
        return value.isNull() ? QJsonValue()
                              : QJsonValue(value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    };
    while (query.next()) {
        rows.append(
            QJsonObject{{QStringLiteral("deliveryId"), query.value(0).toString()},
                        {QStringLiteral("event"), query.value(1).toString()},
                        {QStringLiteral("ref"),
                         query.value(2).isNull() ? QJsonValue() : query.value(2).toString()},
                        {QStringLiteral("headCommit"),
                         query.value(3).isNull() ? QJsonValue() : query.value(3).toString()},
                        {QStringLiteral("result"), query.value(4).toString()},
                        {QStringLiteral("exitCode"),
                         query.value(5).isNull() ? QJsonValue() : query.value(5).toInt()},
                        {QStringLiteral("outputTail"), query.value(6).toString()},
                        {QStringLiteral("receivedAt"), iso(query.value(7))},
                        {QStringLiteral("finishedAt"), iso(query.value(8))}});
    }
    return rows;
}

} // namespace transcendence::server::deploy_store
