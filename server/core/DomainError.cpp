#include "core/DomainError.h"

namespace transcendence::server {

DomainError DomainError::notFound(const QString &message)
{
    return {domain_error::NotFound, message, {}};
}

DomainError DomainError::conflict(const QString &message, const QJsonObject &fields)
{
    return {domain_error::Conflict, message, fields};
}

DomainError DomainError::forbidden(const QString &message)
{
    return {domain_error::Forbidden, message, {}};
}

DomainError DomainError::unavailable()
{
    return {domain_error::Unavailable,
            QStringLiteral("the service is temporarily unavailable; try again shortly"),
            {}};
}

} // namespace transcendence::server
