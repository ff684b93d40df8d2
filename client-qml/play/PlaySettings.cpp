#include "play/PlaySettings.h"

#include "engine/AiDifficulty.h"
#include "engine/MatchConfig.h"
#include "engine/PowerUpKind.h"

#include <QInputDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace transcendence::client {
namespace {

const QString kSettingsKey = QStringLiteral("play/settings");
const QString kDifficultyKey = QStringLiteral("play/difficulty");
const QString kTouchControlsKey = QStringLiteral("play/touchControls");
const QString kSoundsKey = QStringLiteral("play/sounds");

bool touchFirstDevice()
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return true;
#else
    const auto devices = QInputDevice::devices();
    return std::any_of(devices.begin(), devices.end(), [](const QInputDevice *device) {
        return device->type() == QInputDevice::DeviceType::TouchScreen;
    });
#endif
}

QString numberText(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

PlaySettings::PlaySettings(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    const QJsonObject saved =
        QJsonDocument::fromJson(settings.value(kSettingsKey).toByteArray()).object();
    const auto parsed = engine::MatchConfig::fromJson(saved);
    m_current = std::holds_alternative<engine::MatchConfig>(parsed)
                    ? std::get<engine::MatchConfig>(parsed).toJson().toVariantMap()
                    : classic();
    const QString difficulty = settings.value(kDifficultyKey).toString();
    if (engine::aiDifficultyFromName(difficulty)) {
        m_difficulty = difficulty;
    }
    m_touchControls = settings.value(kTouchControlsKey, touchFirstDevice()).toBool();
    m_sounds = settings.value(kSoundsKey, true).toBool();
}

void PlaySettings::setSounds(bool on)
{
    if (on != m_sounds) {
        m_sounds = on;
        QSettings().setValue(kSoundsKey, on);
        emit soundsChanged();
    }
}

void PlaySettings::setTouchControls(bool on)
{
    if (on != m_touchControls) {
        m_touchControls = on;
        QSettings().setValue(kTouchControlsKey, on);
        emit touchControlsChanged();
    }
}

PlaySettings *PlaySettings::create(QQmlEngine *, QJSEngine *)
{
    return new PlaySettings;
}

bool PlaySettings::setCurrent(const QVariantMap &config)
{
    const auto parsed = engine::MatchConfig::fromJson(QJsonObject::fromVariantMap(config));
    if (!std::holds_alternative<engine::MatchConfig>(parsed)) {
        return false;
    }
    const QJsonObject json = std::get<engine::MatchConfig>(parsed).toJson();
    if (json.toVariantMap() != m_current) {
        m_current = json.toVariantMap();
        QSettings().setValue(kSettingsKey, QJsonDocument(json).toJson(QJsonDocument::Compact));
        emit currentChanged();
    }
    return true;
}

void PlaySettings::setDifficulty(const QString &difficulty)
{
    if (difficulty != m_difficulty && engine::aiDifficultyFromName(difficulty)) {
        m_difficulty = difficulty;
        QSettings().setValue(kDifficultyKey, difficulty);
        emit difficultyChanged();
    }
}

QStringList PlaySettings::maps()
{
    return {engine::mapName(engine::MapId::Classic), engine::mapName(engine::MapId::Pillars),
            engine::mapName(engine::MapId::Crossroads)};
}

QStringList PlaySettings::powerUpKinds()
{
    QStringList kinds;
    for (engine::PowerUpKind kind : engine::kAllPowerUpKinds) {
        kinds << engine::powerUpKindName(kind);
    }
    return kinds;
}

QStringList PlaySettings::difficulties()
{
    return {engine::aiDifficultyName(engine::AiDifficulty::Easy),
            engine::aiDifficultyName(engine::AiDifficulty::Normal),
            engine::aiDifficultyName(engine::AiDifficulty::Hard)};
}

QVariantMap PlaySettings::classic(const QString &mode)
{
    engine::MatchConfig config;
    if (mode == engine::gameModeName(engine::GameMode::FourPlayers)) {
        config.mode = engine::GameMode::FourPlayers;
    }
    return config.toJson().toVariantMap();
}

QVariantMap PlaySettings::withMode(const QVariantMap &config, const QString &mode)
{
    QVariantMap copy = config;
    copy.insert(QStringLiteral("mode"), mode);
    return copy;
}

QVariantMap PlaySettings::limits()
{
    QVariantMap limits;
    for (const engine::NumericFieldLimit &limit : engine::numericFieldLimits()) {
        limits.insert(limit.name, QVariantMap{{QStringLiteral("min"), limit.min},
                                              {QStringLiteral("max"), limit.max},
                                              {QStringLiteral("integer"), limit.integer}});
    }
    return limits;
}

QVariantMap PlaySettings::problems(const QVariantMap &config)
{
    const auto parsed = engine::MatchConfig::fromJson(QJsonObject::fromVariantMap(config));
    const auto *errors = std::get_if<engine::FieldErrors>(&parsed);
    if (!errors) {
        return {};
    }
    QVariantMap problems;
    const std::vector<engine::NumericFieldLimit> limits = engine::numericFieldLimits();
    for (auto it = errors->begin(); it != errors->end(); ++it) {
        const QString &field = it.key();
        const auto limit = std::find_if(limits.begin(), limits.end(),
                                        [&field](const auto &l) { return l.name == field; });
        const QVariant value = config.value(field);
        QString message;
        if (field == QLatin1String("ballMaxSpeed") && it.value().contains(QLatin1String("least"))) {
            message = tr("Must be at least the ball speed.");
        } else if (limit != limits.end()) {
            const double number = value.toDouble();
            const bool inRange = number >= limit->min && number <= limit->max;
            message = limit->integer && inRange && std::trunc(number) != number
                          ? tr("Enter a whole number.")
                          : tr("Enter a number from %1 to %2.")
                                .arg(numberText(limit->min), numberText(limit->max));
        } else {
            message = tr("This value is not valid.");
        }
        problems.insert(field, message);
    }
    return problems;
}

QString PlaySettings::summary(const QVariantMap &config)
{
    const auto parsed = engine::MatchConfig::fromJson(QJsonObject::fromVariantMap(config));
    if (!std::holds_alternative<engine::MatchConfig>(parsed)) {
        return tr("Some settings need your attention.");
    }
    const engine::MatchConfig &c = std::get<engine::MatchConfig>(parsed);
    const bool four = c.mode == engine::GameMode::FourPlayers;
    QStringList parts;
    parts << (four ? tr("4 players") : tr("1 vs 1"));
    parts << tr("map %1").arg(mapLabel(engine::mapName(c.map)));
    if (four) {
        parts << tr("%n lives", nullptr, c.lives);
    } else if (c.winByTwo) {
        parts << tr("first to %1, by two clear points").arg(c.scoreLimit);
    } else {
        parts << tr("first to %1").arg(c.scoreLimit);
    }
    parts << tr("ball speed %1").arg(numberText(c.ballSpeed));
    parts << tr("paddle %1").arg(numberText(c.paddleLength));
    if (c.powerUps.empty()) {
        parts << tr("no power-ups");
    } else {
        QStringList kinds;
        for (engine::PowerUpKind kind : c.powerUps) {
            kinds << powerUpLabel(engine::powerUpKindName(kind));
        }
        parts << tr("power-ups: %1").arg(kinds.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" · "));
}

QString PlaySettings::mapLabel(const QString &map)
{
    if (map == QLatin1String("classic")) {
        return tr("Classic");
    }
    if (map == QLatin1String("pillars")) {
        return tr("Pillars");
    }
    if (map == QLatin1String("crossroads")) {
        return tr("Crossroads");
    }
    return map;
}

QString PlaySettings::powerUpLabel(const QString &kind)
{
    if (kind == QLatin1String("bigger_paddle")) {
        return tr("Bigger paddle");
    }
    if (kind == QLatin1String("smaller_opponent_paddle")) {
        return tr("Smaller opponent paddles");
    }
    if (kind == QLatin1String("faster_ball")) {
        return tr("Faster ball");
    }
    if (kind == QLatin1String("multi_ball")) {
        return tr("Multi-ball");
    }
    return kind;
}

QString PlaySettings::difficultyLabel(const QString &difficulty)
{
    if (difficulty == QLatin1String("easy")) {
        return tr("Easy");
    }
    if (difficulty == QLatin1String("normal")) {
        return tr("Normal");
    }
    if (difficulty == QLatin1String("hard")) {
        return tr("Hard");
    }
    return difficulty;
}

QString PlaySettings::fieldLabel(const QString &field)
{
    static const char *const kLabels[][2] = {
        {"ballSpeed", QT_TR_NOOP("Ball speed (serve)")},
        {"ballSpeedIncrement", QT_TR_NOOP("Speed added per hit")},
        {"ballMaxSpeed", QT_TR_NOOP("Maximum ball speed")},
        {"paddleLength", QT_TR_NOOP("Paddle size")},
        {"paddleSpeed", QT_TR_NOOP("Paddle speed")},
        {"scoreLimit", QT_TR_NOOP("Points to win")},
        {"lives", QT_TR_NOOP("Lives")},
        {"serveDelay", QT_TR_NOOP("Seconds before a serve")},
        {"powerUpSpawnInterval", QT_TR_NOOP("Seconds between power-ups")},
        {"powerUpLifetime", QT_TR_NOOP("Seconds a power-up stays")},
        {"powerUpDuration", QT_TR_NOOP("Seconds an effect lasts")},
    };
    for (const auto &label : kLabels) {
        if (field == QLatin1String(label[0])) {
            return tr(label[1]);
        }
    }
    return field;
}

} // namespace transcendence::client
