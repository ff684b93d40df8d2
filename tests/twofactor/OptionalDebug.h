#pragma once

// Lets QCOMPARE print std::optional values (Qt 6.4's QDebug has no operator for them), so a
// failing comparison shows "std::nullopt" or the value instead of nothing.
#include <QDebug>

#include <optional>

inline QDebug operator<<(QDebug debug, std::nullopt_t)
{
    return debug << "std::nullopt";
}

template <typename T>
QDebug operator<<(QDebug debug, const std::optional<T> &value)
{
    if (!value) {
        return debug << std::nullopt;
    }
    return debug << *value;
}
