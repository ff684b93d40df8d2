#pragma once

#include "core/FieldProblem.h"

#include <QString>

namespace transcendence::server {

// NIST SP 800-63B style: length 10..128 characters, no composition rules, and none of the ~49k
// most common passwords (the list of @zxcvbn-ts/language-common, compiled in), nor the
// account's own user name or e-mail address.
class PasswordPolicy {
public:
    static constexpr int kMinLength = 10;
    static constexpr int kMaxLength = 128;

    // Empty when the password is acceptable, else the problem of the "password" field.
    static FieldProblem problem(const QString &password, const QString &username = {},
                                const QString &email = {});
    static bool isCommon(const QString &password);
    // Loads the list (at start-up, so a build without it fails at once). False if it is missing.
    static bool load();
};

} // namespace transcendence::server
