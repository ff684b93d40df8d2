#pragma once

#include "http/ApiError.h"

#include <QHttpServerRequest>
#include <QJsonObject>

#include <variant>

namespace transcendence::server {

// Per-field validation problems, answered as 422 validation_failed with "fields".
class FieldErrors {
public:
    void add(const QString &field, const FieldProblem &problem);
    void add(const QString &field, const QString &code, const QString &message)
    {
        add(field, FieldProblem{code, message, {}});
    }
    bool has(const QString &field) const { return m_fields.contains(field); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    ApiError toError() const;
    // The same refusal in a store's words (validation_failed with the fields).
    DomainError toDomainError() const;

private:
    QJsonObject m_fields;
};

// The request body as a JSON object: 415 unless the Content-Type is JSON, 400 invalid_json
// unless the body is one JSON object.
std::variant<QJsonObject, ApiError> readJsonObject(const QHttpServerRequest &request);
std::variant<QJsonObject, ApiError> parseJsonObject(const QByteArray &contentType,
                                                    const QByteArray &body);

// A string field: absent → fallback (or "is required" when required); not a string, or longer
// than maxLength characters → a field error. Never trims: callers decide.
QString stringField(const QJsonObject &body, const QString &field, FieldErrors &errors,
                    bool required, int maxLength, const QString &fallback = {});

} // namespace transcendence::server
