#include "engine/MatchConfig.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace transcendence::engine {
namespace {

struct DoubleField {
    const char *name;
    double MatchConfig::*member;
    double min;
    double max;
};

struct IntField {
    const char *name;
    int MatchConfig::*member;
    int min;
    int max;
};

// The ranges keep every match playable and keep the ball's travel per step far below the size
// of the smallest obstacle, so the swept collision needs only a few contacts per step.
constexpr DoubleField kDoubleFields[] = {
    {"ballSpeed", &MatchConfig::ballSpeed, 20.0, 240.0},
    {"ballSpeedIncrement", &MatchConfig::ballSpeedIncrement, 0.0, 40.0},
    {"ballMaxSpeed", &MatchConfig::ballMaxSpeed, 20.0, 320.0},
    {"paddleLength", &MatchConfig::paddleLength, 4.0, 48.0},
    {"paddleSpeed", &MatchConfig::paddleSpeed, 20.0, 300.0},
    {"serveDelay", &MatchConfig::serveDelay, 0.0, 5.0},
    {"powerUpSpawnInterval", &MatchConfig::powerUpSpawnInterval, 1.0, 60.0},
    {"powerUpLifetime", &MatchConfig::powerUpLifetime, 1.0, 60.0},
    {"powerUpDuration", &MatchConfig::powerUpDuration, 1.0, 60.0},
};

constexpr IntField kIntFields[] = {
    {"scoreLimit", &MatchConfig::scoreLimit, 1, 50},
    {"lives", &MatchConfig::lives, 1, 20},
};

const QString kMode = QStringLiteral("mode");
const QString kMap = QStringLiteral("map");
const QString kWinByTwo = QStringLiteral("winByTwo");
const QString kPowerUps = QStringLiteral("powerUps");

QString rangeMessage(double min, double max)
{
    return QStringLiteral("must be between %1 and %2").arg(min).arg(max);
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const QString &name, const Enum (&values)[N],
                                 QString (*nameOf)(Enum))
{
    for (Enum value : values) {
        if (nameOf(value) == name) {
            return value;
        }
    }
    return std::nullopt;
}

constexpr GameMode kModes[] = {GameMode::OneVsOne, GameMode::FourPlayers};
constexpr MapId kMaps[] = {MapId::Classic, MapId::Pillars, MapId::Crossroads};

template <typename Range, typename NameOf>
QString choicesMessage(const Range &values, NameOf nameOf)
{
    QStringList names;
    for (auto value : values) {
        names << nameOf(value);
    }
    return QStringLiteral("must be one of: ") + names.join(QStringLiteral(", "));
}

bool isKnownField(const QString &key)
{
    for (const DoubleField &field : kDoubleFields) {
        if (key == QLatin1String(field.name)) {
            return true;
        }
    }
    for (const IntField &field : kIntFields) {
        if (key == QLatin1String(field.name)) {
            return true;
        }
    }
    return key == kMode || key == kMap || key == kWinByTwo || key == kPowerUps;
}

void readPowerUps(const QJsonValue &value, MatchConfig &config, FieldErrors &errors)
{
    const QString message = QStringLiteral("must be an array of distinct power-up names (") +
                            choicesMessage(kAllPowerUpKinds, powerUpKindName) + QStringLiteral(")");
    if (!value.isArray() || value.toArray().size() > qsizetype(kAllPowerUpKinds.size())) {
        errors.insert(kPowerUps, message);
        return;
    }
    config.powerUps.clear();
    for (const QJsonValue &item : value.toArray()) {
        const std::optional<PowerUpKind> kind = powerUpKindFromName(item.toString());
        if (!item.isString() || !kind || config.hasPowerUp(*kind)) {
            errors.insert(kPowerUps, message);
            return;
        }
        config.powerUps.push_back(*kind);
    }
}

void readNumbers(const QJsonObject &object, MatchConfig &config, FieldErrors &errors)
{
    for (const DoubleField &field : kDoubleFields) {
        const QJsonValue value = object.value(QLatin1String(field.name));
        if (value.isUndefined()) {
            continue;
        }
        if (!value.isDouble()) {
            errors.insert(QLatin1String(field.name), QStringLiteral("must be a number"));
            continue;
        }
        config.*field.member = value.toDouble();
    }
    for (const IntField &field : kIntFields) {
        const QJsonValue value = object.value(QLatin1String(field.name));
        if (value.isUndefined()) {
            continue;
        }
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number) {
            errors.insert(QLatin1String(field.name), QStringLiteral("must be an integer"));
        } else if (number < field.min || number > field.max) {
            errors.insert(QLatin1String(field.name), rangeMessage(field.min, field.max));
        } else {
            config.*field.member = static_cast<int>(number);
        }
    }
}

template <typename Enum, std::size_t N>
void readChoice(const QJsonObject &object, const QString &key, const Enum (&values)[N],
                QString (*nameOf)(Enum), Enum &out, FieldErrors &errors)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return;
    }
    const std::optional<Enum> parsed = enumFromName(value.toString(), values, nameOf);
    if (!value.isString() || !parsed) {
        errors.insert(key, choicesMessage(values, nameOf));
        return;
    }
    out = *parsed;
}

} // namespace

bool MatchConfig::hasPowerUp(PowerUpKind kind) const
{
    return std::find(powerUps.begin(), powerUps.end(), kind) != powerUps.end();
}

FieldErrors MatchConfig::validate() const
{
    FieldErrors errors;
    for (const DoubleField &field : kDoubleFields) {
        const double value = this->*field.member;
        if (!std::isfinite(value) || value < field.min || value > field.max) {
            errors.insert(QLatin1String(field.name), rangeMessage(field.min, field.max));
        }
    }
    for (const IntField &field : kIntFields) {
        const int value = this->*field.member;
        if (value < field.min || value > field.max) {
            errors.insert(QLatin1String(field.name), rangeMessage(field.min, field.max));
        }
    }
    // Only when both are in range, so one bad value is reported once.
    if (!errors.contains(QStringLiteral("ballMaxSpeed")) &&
        !errors.contains(QStringLiteral("ballSpeed")) && ballMaxSpeed < ballSpeed) {
        errors.insert(QStringLiteral("ballMaxSpeed"), QStringLiteral("must be at least ballSpeed"));
    }
    if (std::find(std::begin(kModes), std::end(kModes), mode) == std::end(kModes)) {
        errors.insert(kMode, choicesMessage(kModes, gameModeName));
    }
    if (std::find(std::begin(kMaps), std::end(kMaps), map) == std::end(kMaps)) {
        errors.insert(kMap, choicesMessage(kMaps, mapName));
    }
    for (std::size_t i = 0; i < powerUps.size(); ++i) {
        const bool known = powerUps[i] <= PowerUpKind::MultiBall;
        const bool repeated = std::find(powerUps.begin(), powerUps.begin() + qsizetype(i),
                                        powerUps[i]) != powerUps.begin() + qsizetype(i);
        if (!known || repeated) {
            errors.insert(kPowerUps, QStringLiteral("must list distinct known power-ups"));
        }
    }
    return errors;
}

QJsonObject MatchConfig::toJson() const
{
    QJsonObject object{{kMode, gameModeName(mode)}, {kMap, mapName(map)}, {kWinByTwo, winByTwo}};
    for (const DoubleField &field : kDoubleFields) {
        object.insert(QLatin1String(field.name), this->*field.member);
    }
    for (const IntField &field : kIntFields) {
        object.insert(QLatin1String(field.name), this->*field.member);
    }
    QJsonArray kinds;
    for (PowerUpKind kind : powerUps) {
        kinds.append(powerUpKindName(kind));
    }
    object.insert(kPowerUps, kinds);
    return object;
}

std::variant<MatchConfig, FieldErrors> MatchConfig::fromJson(const QJsonObject &object)
{
    MatchConfig config;
    FieldErrors errors;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isKnownField(it.key())) {
            errors.insert(it.key(), QStringLiteral("unknown field"));
        }
    }
    readChoice(object, kMode, kModes, gameModeName, config.mode, errors);
    readChoice(object, kMap, kMaps, mapName, config.map, errors);
    readNumbers(object, config, errors);
    if (object.contains(kWinByTwo)) {
        if (object.value(kWinByTwo).isBool()) {
            config.winByTwo = object.value(kWinByTwo).toBool();
        } else {
            errors.insert(kWinByTwo, QStringLiteral("must be true or false"));
        }
    }
    if (object.contains(kPowerUps)) {
        readPowerUps(object.value(kPowerUps), config, errors);
    }
    const FieldErrors rangeErrors = config.validate();
    for (auto it = rangeErrors.begin(); it != rangeErrors.end(); ++it) {
        if (!errors.contains(it.key())) {
            errors.insert(it.key(), it.value());
        }
    }
    if (!errors.isEmpty()) {
        return errors;
    }
    return config;
}

std::vector<NumericFieldLimit> numericFieldLimits()
{
    std::vector<NumericFieldLimit> limits;
    for (const DoubleField &field : kDoubleFields) {
        limits.push_back({QLatin1String(field.name), field.min, field.max, false});
    }
    for (const IntField &field : kIntFields) {
        limits.push_back({QLatin1String(field.name), double(field.min), double(field.max), true});
    }
    return limits;
}

QString gameModeName(GameMode mode)
{
    switch (mode) {
    case GameMode::OneVsOne:
        return QStringLiteral("one_vs_one");
    case GameMode::FourPlayers:
        return QStringLiteral("four_players");
    }
    return {};
}

QString mapName(MapId map)
{
    switch (map) {
    case MapId::Classic:
        return QStringLiteral("classic");
    case MapId::Pillars:
        return QStringLiteral("pillars");
    case MapId::Crossroads:
        return QStringLiteral("crossroads");
    }
    return {};
}

QJsonObject fieldErrorsToJson(const FieldErrors &errors)
{
    QJsonObject object;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

std::int64_t secondsToSteps(double seconds)
{
    return std::llround(seconds * kStepsPerSecond);
}

} // namespace transcendence::engine
