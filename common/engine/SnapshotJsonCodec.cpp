#include "engine/SnapshotCodec.h"

#include <QJsonArray>

#include <cmath>

namespace transcendence::engine {
namespace {

// Step counters are integers a JSON double holds exactly.
constexpr double kMaxJsonInteger = 9007199254740991.0;

QString phaseName(MatchPhase phase)
{
    switch (phase) {
    case MatchPhase::Serving:
        return QStringLiteral("serving");
    case MatchPhase::Playing:
        return QStringLiteral("playing");
    case MatchPhase::Over:
        return QStringLiteral("over");
    }
    return {};
}

// Collects the first problem; reads after it are harmless and return defaults.
class JsonReader {
public:
    explicit JsonReader(QString &error)
        : m_error(error)
    {}

    double number(const QJsonObject &object, const char *key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isDouble()) {
            fail(key, "a number");
            return 0.0;
        }
        return value.toDouble();
    }
    std::int64_t integer(const QJsonObject &object, const char *key, double min, double max)
    {
        const double value = number(object, key);
        if (std::trunc(value) != value || value < min || value > max) {
            fail(key, "an integer in range");
            return 0;
        }
        return static_cast<std::int64_t>(value);
    }
    std::int64_t stepValue(const QJsonObject &object, const char *key)
    {
        return integer(object, key, 0.0, kMaxJsonInteger);
    }
    Vec2 vec2(const QJsonObject &object, const char *xKey, const char *yKey)
    {
        const double x = number(object, xKey);
        return {x, number(object, yKey)};
    }
    QString string(const QJsonObject &object, const char *key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString()) {
            fail(key, "a string");
        }
        return value.toString();
    }
    QJsonArray array(const QJsonObject &object, const char *key, qsizetype maxSize)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isArray() || value.toArray().size() > maxSize) {
            fail(key, "a short array");
            return {};
        }
        return value.toArray();
    }
    QJsonObject element(const QJsonValue &value, const char *arrayKey)
    {
        if (!value.isObject()) {
            fail(arrayKey, "an array of objects");
        }
        return value.toObject();
    }
    void fail(const char *key, const char *expected)
    {
        if (m_error.isEmpty()) {
            m_error =
                QStringLiteral("%1 must be %2").arg(QLatin1String(key), QLatin1String(expected));
        }
    }

private:
    QString &m_error;
};

QJsonObject playerToJson(const PlayerState &p)
{
    return {{QStringLiteral("input"), inputName(p.input)},
            {QStringLiteral("paddle"), p.paddlePosition},
            {QStringLiteral("paddleLength"), p.paddleLength},
            {QStringLiteral("score"), p.score},
            {QStringLiteral("lives"), p.lives},
            {QStringLiteral("eliminated"), p.eliminated},
            {QStringLiteral("biggerPaddleUntil"), double(p.biggerPaddleUntil)},
            {QStringLiteral("smallerPaddleUntil"), double(p.smallerPaddleUntil)}};
}

PlayerState playerFromJson(JsonReader &r, const QJsonObject &o)
{
    PlayerState p;
    const std::optional<Input> input = inputFromName(r.string(o, "input"));
    if (!input) {
        r.fail("input", "none, up or down");
    }
    p.input = input.value_or(Input::None);
    p.paddlePosition = r.number(o, "paddle");
    p.paddleLength = r.number(o, "paddleLength");
    p.score = static_cast<std::int32_t>(r.integer(o, "score", 0, 1e6));
    p.lives = static_cast<std::int32_t>(r.integer(o, "lives", 0, 1e6));
    const QJsonValue eliminated = o.value(QStringLiteral("eliminated"));
    if (!eliminated.isBool()) {
        r.fail("eliminated", "true or false");
    }
    p.eliminated = eliminated.toBool();
    p.biggerPaddleUntil = r.stepValue(o, "biggerPaddleUntil");
    p.smallerPaddleUntil = r.stepValue(o, "smallerPaddleUntil");
    return p;
}

QJsonObject ballToJson(const BallState &b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("x"), b.position.x},
            {QStringLiteral("y"), b.position.y},
            {QStringLiteral("dx"), b.direction.x},
            {QStringLiteral("dy"), b.direction.y},
            {QStringLiteral("speed"), b.speed},
            {QStringLiteral("lastHitter"), b.lastHitter},
            {QStringLiteral("expiresAtStep"), double(b.expiresAtStep)}};
}

BallState ballFromJson(JsonReader &r, const QJsonObject &o)
{
    BallState b;
    b.id = static_cast<std::int32_t>(r.integer(o, "id", 0, 2147483647.0));
    b.position = r.vec2(o, "x", "y");
    b.direction = r.vec2(o, "dx", "dy");
    b.speed = r.number(o, "speed");
    b.lastHitter = static_cast<std::int32_t>(r.integer(o, "lastHitter", -1, 3));
    b.expiresAtStep = r.stepValue(o, "expiresAtStep");
    return b;
}

QJsonObject pickupToJson(const PickupState &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("kind"), powerUpKindName(p.kind)},
            {QStringLiteral("x"), p.position.x},
            {QStringLiteral("y"), p.position.y},
            {QStringLiteral("expiresAtStep"), double(p.expiresAtStep)}};
}

PickupState pickupFromJson(JsonReader &r, const QJsonObject &o)
{
    PickupState p;
    p.id = static_cast<std::int32_t>(r.integer(o, "id", 0, 2147483647.0));
    const std::optional<PowerUpKind> kind = powerUpKindFromName(r.string(o, "kind"));
    if (!kind) {
        r.fail("kind", "a power-up name");
    }
    p.kind = kind.value_or(PowerUpKind::BiggerPaddle);
    p.position = r.vec2(o, "x", "y");
    p.expiresAtStep = r.stepValue(o, "expiresAtStep");
    return p;
}

// 64-bit generator words do not fit a JSON double: they travel as 16 hex digits.
QJsonArray randomStateToJson(const std::array<std::uint64_t, 4> &state)
{
    QJsonArray words;
    for (std::uint64_t word : state) {
        words.append(QStringLiteral("%1").arg(word, 16, 16, QLatin1Char('0')));
    }
    return words;
}

void readRandomState(JsonReader &r, const QJsonObject &o, std::array<std::uint64_t, 4> &out)
{
    const QJsonArray words = r.array(o, "random", 4);
    if (words.size() != 4) {
        r.fail("random", "4 hex strings");
        return;
    }
    for (int i = 0; i < 4; ++i) {
        const QString text = words[i].toString();
        bool ok = false;
        out[std::size_t(i)] = text.toULongLong(&ok, 16);
        if (!ok || text.size() != 16) {
            r.fail("random", "4 strings of 16 hex digits");
        }
    }
}

} // namespace

QJsonObject snapshotToJson(const Snapshot &s)
{
    QJsonArray players;
    for (const PlayerState &player : s.players) {
        players.append(playerToJson(player));
    }
    QJsonArray balls;
    for (const BallState &ball : s.balls) {
        balls.append(ballToJson(ball));
    }
    QJsonArray pickups;
    for (const PickupState &pickup : s.pickups) {
        pickups.append(pickupToJson(pickup));
    }
    return {{QStringLiteral("step"), double(s.step)},
            {QStringLiteral("phase"), phaseName(s.phase)},
            {QStringLiteral("winner"), s.winner},
            {QStringLiteral("receiver"), s.receiver},
            {QStringLiteral("serveAtStep"), double(s.serveAtStep)},
            {QStringLiteral("fasterBallUntil"), double(s.fasterBallUntil)},
            {QStringLiteral("nextPowerUpStep"), double(s.nextPowerUpStep)},
            {QStringLiteral("nextObjectId"), s.nextObjectId},
            {QStringLiteral("random"), randomStateToJson(s.randomState)},
            {QStringLiteral("players"), players},
            {QStringLiteral("balls"), balls},
            {QStringLiteral("pickups"), pickups}};
}

std::variant<Snapshot, QString> snapshotFromJson(const QJsonObject &o)
{
    QString error;
    JsonReader r(error);
    Snapshot s;
    s.step = r.stepValue(o, "step");
    const QString phase = r.string(o, "phase");
    bool knownPhase = false;
    for (MatchPhase candidate : {MatchPhase::Serving, MatchPhase::Playing, MatchPhase::Over}) {
        if (phaseName(candidate) == phase) {
            s.phase = candidate;
            knownPhase = true;
        }
    }
    if (!knownPhase) {
        r.fail("phase", "serving, playing or over");
    }
    s.winner = static_cast<std::int32_t>(r.integer(o, "winner", -1, 3));
    s.receiver = static_cast<std::int32_t>(r.integer(o, "receiver", 0, 3));
    s.serveAtStep = r.stepValue(o, "serveAtStep");
    s.fasterBallUntil = r.stepValue(o, "fasterBallUntil");
    s.nextPowerUpStep = r.stepValue(o, "nextPowerUpStep");
    s.nextObjectId = static_cast<std::int32_t>(r.integer(o, "nextObjectId", 0, 2147483647.0));
    readRandomState(r, o, s.randomState);
    for (const QJsonValue &value : r.array(o, "players", 4)) {
        s.players.push_back(playerFromJson(r, r.element(value, "players")));
    }
    for (const QJsonValue &value : r.array(o, "balls", kMaxBalls)) {
        s.balls.push_back(ballFromJson(r, r.element(value, "balls")));
    }
    for (const QJsonValue &value : r.array(o, "pickups", kMaxPickupsOnField)) {
        s.pickups.push_back(pickupFromJson(r, r.element(value, "pickups")));
    }
    if (error.isEmpty()) {
        error = snapshotStructureError(s);
    }
    if (!error.isEmpty()) {
        return error;
    }
    return s;
}

} // namespace transcendence::engine
