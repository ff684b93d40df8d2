#include "http/JsonBody.h"

#include <QJsonDocument>

namespace transcendence::server {

void FieldErrors::add(const QString &field, const FieldProblem &problem)
{
    if (!m_fields.contains(field)) {
        m_fields.insert(field,
                        problem.toJson()); // the first problem of a field is the one to fix first
    }
}

ApiError FieldErrors::toError() const
{
    return ApiError::from(toDomainError()); // 422
}

DomainError FieldErrors::toDomainError() const
{
    return {QStringLiteral("validation_failed"), QStringLiteral("some fields are invalid"),
            m_fields};
}

std::variant<QJsonObject, ApiError> readJsonObject(const QHttpServerRequest &request)
{
    return parseJsonObject(request.value("Content-Type"), request.body());
}

std::variant<QJsonObject, ApiError> parseJsonObject(const QByteArray &contentType,
                                                    const QByteArray &body)
{
    if (!contentType.toLower().startsWith("application/json")) {
        return ApiError{QHttpServerResponder::StatusCode::UnsupportedMediaType,
                        QStringLiteral("unsupported_media_type"),
                        QStringLiteral("send a JSON body with Content-Type: application/json"),
                        {}};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return ApiError{QHttpServerResponder::StatusCode::BadRequest,
                        QStringLiteral("invalid_json"),
                        QStringLiteral("the body must be one JSON object"),
                        {}};
    }
    return document.object();
}

QString stringField(const QJsonObject &body, const QString &field, FieldErrors &errors,
                    bool required, int maxLength, const QString &fallback)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            errors.add(field, FieldProblem::required());
        }
        return fallback;
    }
    if (!value.isString()) {
        errors.add(field, FieldProblem::notString());
        return fallback;
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        errors.add(field, FieldProblem::tooLong(maxLength));
        return fallback;
    }
    return text;
}

} // namespace transcendence::server
