#pragma once

// Time-based one-time passwords (TOTP, RFC 6238) as authenticator apps compute them.
//
// Algorithm. A TOTP code is an HOTP code (RFC 4226) whose counter is the current time step:
//   step = floor(unixTime / 30)
//   mac  = HMAC-SHA1(secret, step as 8 big-endian bytes)
//   code = (31 low bits of the 4 bytes of mac at offset mac[19] & 0xF) mod 10^6, zero-padded
// ("dynamic truncation"). SHA-1, 6 digits and 30 s are what every authenticator app supports;
// HMAC-SHA1 remains sound here (HMAC does not rely on SHA-1's collision resistance). The
// secret is 20 random bytes (160 bits, RFC 4226's recommended length) from the operating
// system's generator, shown to the user in base32 (Base32.h, OtpauthUri.h).
//
// Verification accepts the codes of the current step and of one step either side, so a phone
// clock off by up to ~30 s and the time a person needs to type still work. Presented codes
// must be exactly 6 ASCII digits once spaces are removed ("123 456" as apps display it is
// fine); they are compared in constant time.
//
// Replay protection contract. verify() returns the time step the code matched. The caller
// stores it per user (e.g. users.totp_last_step, initially kNoStepUsedYet) in the same
// transaction that accepts the login, and passes it back next time: verify() refuses every
// step <= lastUsedStep, so an accepted code — or an older one still inside the drift window —
// can never be used a second time, even by someone who watched it being typed. Two logins
// racing with the same code must be serialised by the caller (e.g. UPDATE ... SET
// totp_last_step = :step WHERE id = :id AND totp_last_step < :step, and accept only if one
// row changed). Rate limiting failed attempts (10^6 codes, 3 accepted per check) is the
// caller's job too.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace transcendence::server::twofactor::totp {

inline constexpr int kSecretBytes = 20;
inline constexpr int kDigits = 6;
inline constexpr int kPeriodSeconds = 30;
inline constexpr int kAcceptedDriftSteps = 1; // steps accepted on each side of the current one
inline constexpr qint64 kNoStepUsedYet = -1;  // lastUsedStep for a user who never used a code

// kSecretBytes bytes from QRandomGenerator::system().
QByteArray generateSecret();

// RFC 4226 HOTP value of a counter, zero-padded to `digits` (6 to 8). Empty for other digits.
QString hotp(QByteArrayView secret, quint64 counter, int digits = kDigits);

// The RFC 6238 time step containing unixTime (seconds since 1970-01-01T00:00:00Z).
qint64 timeStep(qint64 unixTime, int periodSeconds = kPeriodSeconds);

// The TOTP code at unixTime. Empty when unixTime < 0, periodSeconds <= 0 or digits is not 6-8.
QString code(QByteArrayView secret, qint64 unixTime, int digits = kDigits,
             int periodSeconds = kPeriodSeconds);

// What a person typed, reduced to its digits: spaces (and tabs) removed, then exactly `digits`
// ASCII digits or std::nullopt.
std::optional<QString> normalizeCode(QStringView presented, int digits = kDigits);

// The time step (within ±kAcceptedDriftSteps of unixTime's) whose 6-digit, 30 s code equals
// presentedCode and that is later than lastUsedStep; std::nullopt when there is none, when the
// code is malformed or when the secret is empty. Pure: the caller supplies the clock
// (QDateTime::currentSecsSinceEpoch()) and stores the result (see the contract above).
std::optional<qint64> verify(QByteArrayView secret, QStringView presentedCode, qint64 unixTime,
                             qint64 lastUsedStep);

} // namespace transcendence::server::twofactor::totp
