#include "network/FieldMessages.h"

namespace transcendence::client {

QString FieldMessages::describe(const QJsonValue &value)
{
    if (!value.isObject()) {
        return value.toString();
    }
    const QJsonObject problem = value.toObject();
    const QString code = problem.value(QStringLiteral("code")).toString();
    const int min = problem.value(QStringLiteral("min")).toInt();
    const int max = problem.value(QStringLiteral("max")).toInt();
    if (code == QLatin1String("required") || code == QLatin1String("empty")) {
        return tr("This field is required.");
    }
    if (code == QLatin1String("not_string")) {
        return tr("This value is not valid.");
    }
    if (code == QLatin1String("too_long")) {
        return tr("Use at most %n character(s).", nullptr, max);
    }
    if (code == QLatin1String("too_short")) {
        return tr("Use at least %n character(s).", nullptr, min);
    }
    if (code == QLatin1String("length")) {
        return tr("Use %1 to %2 characters.").arg(min).arg(max);
    }
    if (code == QLatin1String("out_of_range")) {
        return tr("Enter a whole number from %1 to %2.").arg(min).arg(max);
    }
    if (code == QLatin1String("taken")) {
        return tr("This is already taken. Choose another.");
    }
    if (code == QLatin1String("has_account")) {
        return tr("This e-mail address already has an account.");
    }
    if (code == QLatin1String("username_format")) {
        return tr("Use 3 to 20 letters (a-z), digits or underscores.");
    }
    if (code == QLatin1String("email_format")) {
        return tr("Enter an e-mail address.");
    }
    if (code == QLatin1String("display_name_characters")) {
        return tr("Use only letters, digits, spaces and _ - . '");
    }
    if (code == QLatin1String("common_password")) {
        return tr("This password is one of the most common ones. Choose another.");
    }
    if (code == QLatin1String("same_as_identity")) {
        return tr("The password must not be your user name or e-mail address.");
    }
    if (code == QLatin1String("nul_character")) {
        return tr("This text holds a character that cannot be saved.");
    }
    if (code == QLatin1String("language_format")) {
        return tr("Choose a language from the list.");
    }
    if (code == QLatin1String("wrong_password")) {
        return tr("This is not your password.");
    }
    if (code == QLatin1String("wrong_code")) {
        return tr("This code is not valid.");
    }
    if (code == QLatin1String("just_used")) {
        return tr("This code was just used. Wait for the next one in your app.");
    }
    if (code == QLatin1String("control_character")) {
        return tr("Remove the control characters.");
    }
    if (code == QLatin1String("repeated")) {
        return tr("This name is used twice (names ignore case).");
    }
    if (code == QLatin1String("alias_count")) {
        return tr("List %1 to %2 players.").arg(min).arg(max);
    }
    if (code == QLatin1String("display_name_used")) {
        return tr("Another player uses your display name here: choose an alias.");
    }
    if (code == QLatin1String("below_min_players")) {
        return tr("Must be at least the minimum number of players.");
    }
    if (code == QLatin1String("self")) {
        return tr("You cannot choose yourself.");
    }
    return problem.value(QStringLiteral("message")).toString();
}

QVariantMap FieldMessages::describeAll(const QJsonObject &fields)
{
    QVariantMap texts;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        texts.insert(it.key(), describe(it.value()));
    }
    return texts;
}

} // namespace transcendence::client
