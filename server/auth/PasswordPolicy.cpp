#include "auth/PasswordPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace transcendence::server {
namespace {

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> passwords = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/auth/common-passwords.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return set;
        }
        const QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &value : list) {
            const QString password = value.toString();
            // Shorter ones are refused for their length anyway.
            if (password.size() >= PasswordPolicy::kMinLength) {
                set.insert(password.toCaseFolded());
            }
        }
        return set;
    }();
    return passwords;
}

} // namespace

bool PasswordPolicy::load()
{
    return !commonPasswords().isEmpty();
}

bool PasswordPolicy::isCommon(const QString &password)
{
    return commonPasswords().contains(password.toCaseFolded());
}

FieldProblem PasswordPolicy::problem(const QString &password, const QString &username,
                                     const QString &email)
{
    const qsizetype length = password.toUcs4().size();
    if (length < kMinLength) {
        return FieldProblem::tooShort(kMinLength);
    }
    if (length > kMaxLength) {
        return FieldProblem::tooLong(kMaxLength);
    }
    const QString folded = password.toCaseFolded();
    if ((!username.isEmpty() && folded == username.toCaseFolded()) ||
        (!email.isEmpty() && folded == email.toCaseFolded())) {
        return {QStringLiteral("same_as_identity"),
                QStringLiteral("must not be your user name or e-mail address"),
                {}};
    }
    if (isCommon(password)) {
        return {QStringLiteral("common_password"),
                QStringLiteral("is one of the most common passwords; choose another"),
                {}};
    }
    return {};
}

} // namespace transcendence::server
