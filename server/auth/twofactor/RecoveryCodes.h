#pragma once

// Single-use recovery codes: the way back in when the authenticator is lost.
//
// Format. Each code is 12 symbols of Crockford's base32 alphabet (0-9 a-z without i l o u),
// shown in lower case as three groups of four: "7kq2-m9xd-3hvt". 12 symbols x 5 bits = 60
// bits from QRandomGenerator::system(), each symbol drawn uniformly. Input is forgiving:
// case, dashes and spaces do not matter, and the letters people confuse with digits are read
// as those digits (o -> 0, i and l -> 1), as Crockford's alphabet intends.
//
// Storage. Only hashes are stored. Unlike passwords, these codes are random and long (60
// bits), so no dictionary or brute-force attack on a leaked hash is feasible and a slow
// password hash (Argon2) would only cost CPU on every check. A keyed hash is still used —
// HMAC-SHA256 with a server pepper (the server's secret key, never stored in the database) —
// so a database dump alone does not even allow offline guessing. The message carries a
// domain prefix, so these hashes cannot be mistaken for any other HMAC made with the same key.
//
// Use. Generate kCount codes, show them once, store hash() of each. On login, find() returns
// the index of the stored hash the presented code matches (every hash is compared, in
// constant time); the caller then deletes or marks that hash used in the same transaction, so
// each code works once. Regenerating replaces the whole set.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace transcendence::server::twofactor::recoverycodes {

inline constexpr int kCount = 10;
inline constexpr int kGroups = 3;
inline constexpr int kGroupLength = 4;
inline constexpr int kSymbols = kGroups * kGroupLength;
inline constexpr int kEntropyBits = kSymbols * 5;

// `count` distinct codes in display form, "xxxx-xxxx-xxxx".
QStringList generate(int count = kCount);

// The canonical form hash() uses (12 lower-case symbols, no dashes), or std::nullopt when the
// input is not a recovery code.
std::optional<QString> normalize(QStringView presented);

// HMAC-SHA256 of the normalized code, keyed with the pepper: 32 raw bytes (store as BYTEA, or
// hex). Empty when the code is not a recovery code or the pepper is empty; an empty hash
// never matches.
QByteArray hash(QStringView code, QByteArrayView pepper);

// The index in storedHashes of the hash the presented code matches, or std::nullopt.
std::optional<qsizetype> find(QStringView presented, const QList<QByteArray> &storedHashes,
                              QByteArrayView pepper);

} // namespace transcendence::server::twofactor::recoverycodes
