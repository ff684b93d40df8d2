#include "core/FieldProblem.h"

namespace transcendence::server {

QJsonObject FieldProblem::toJson() const
{
    QJsonObject problem{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        problem.insert(it.key(), it.value());
    }
    return problem;
}

FieldProblem FieldProblem::required()
{
    return {QStringLiteral("required"), QStringLiteral("is required"), {}};
}

FieldProblem FieldProblem::tooLong(int max)
{
    return {QStringLiteral("too_long"),
            QStringLiteral("must be at most %1 characters").arg(max),
            {{QStringLiteral("max"), max}}};
}

FieldProblem FieldProblem::tooShort(int min)
{
    return {QStringLiteral("too_short"),
            QStringLiteral("must be at least %1 characters").arg(min),
            {{QStringLiteral("min"), min}}};
}

FieldProblem FieldProblem::notString()
{
    return {QStringLiteral("not_string"), QStringLiteral("must be a string"), {}};
}

FieldProblem FieldProblem::taken()
{
    return {QStringLiteral("taken"), QStringLiteral("is already taken"), {}};
}

FieldProblem FieldProblem::invalid(const QString &message)
{
    return {QStringLiteral("invalid"), message, {}};
}

} // namespace transcendence::server
