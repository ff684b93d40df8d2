#include "replay/InputLog.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace transcendence::replay {
namespace {

constexpr char kMagic[3] = {'T', 'I', 'L'};
constexpr int kMaxPlayers = 4;
// A varint of a 64-bit value takes at most 10 bytes.
constexpr int kMaxVarintBytes = 10;

void putVarint(QByteArray &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.append(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(static_cast<char>(value));
}

// Reads unsigned LEB128 values; refuses truncated, overlong and over-wide ones.
class VarintReader {
public:
    explicit VarintReader(const QByteArray &bytes, qsizetype offset)
        : m_bytes(bytes)
        , m_offset(offset)
    {}

    std::variant<std::uint64_t, QString> next()
    {
        std::uint64_t value = 0;
        for (int index = 0; index < kMaxVarintBytes; ++index) {
            if (m_offset >= m_bytes.size()) {
                return QStringLiteral("the log ends in the middle of a number");
            }
            const auto byte = static_cast<std::uint8_t>(m_bytes.at(m_offset++));
            const std::uint64_t bits = byte & 0x7fu;
            if (index == kMaxVarintBytes - 1 && bits > 1) {
                return QStringLiteral("a number in the log does not fit in 64 bits");
            }
            value |= bits << (7 * index);
            if ((byte & 0x80u) == 0) {
                if (byte == 0 && index > 0) {
                    return QStringLiteral("a number in the log is not in its shortest form");
                }
                return value;
            }
        }
        return QStringLiteral("a number in the log does not fit in 64 bits");
    }

    qsizetype remaining() const { return m_bytes.size() - m_offset; }

private:
    const QByteArray &m_bytes;
    qsizetype m_offset;
};

// A JSON number that is a whole number from minimum to maximum.
std::optional<std::int64_t> wholeNumber(const QJsonValue &value, std::int64_t minimum,
                                        std::int64_t maximum)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < double(minimum) ||
        number > double(maximum)) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(number);
}

QString playerCountError(int playerCount)
{
    return playerCount >= 1 && playerCount <= kMaxPlayers
               ? QString()
               : QStringLiteral("the player count must be from 1 to %1").arg(kMaxPlayers);
}

} // namespace

InputLog::InputLog(int playerCount)
    : m_playerCount(std::clamp(playerCount, 1, kMaxPlayers))
    , m_held(std::size_t(m_playerCount), engine::Input::None)
{}

bool InputLog::record(std::int64_t step, int player, engine::Input input)
{
    if (step < 0 || step >= kMaxSteps || player < 0 || player >= m_playerCount ||
        (!m_changes.empty() && step < m_changes.back().step)) {
        return false;
    }
    // Changes of this step sit at the end, ordered by player.
    auto position = m_changes.end();
    while (position != m_changes.begin() && std::prev(position)->step == step &&
           std::prev(position)->player >= player) {
        --position;
    }
    const bool replaces =
        position != m_changes.end() && position->step == step && position->player == player;
    if (replaces) {
        // What the player held before this step decides whether a change remains.
        engine::Input before = engine::Input::None;
        for (auto earlier = position; earlier != m_changes.begin();) {
            --earlier;
            if (earlier->player == player) {
                before = earlier->input;
                break;
            }
        }
        if (input == before) {
            m_changes.erase(position);
        } else {
            position->input = input;
        }
    } else if (input != m_held[std::size_t(player)]) {
        m_changes.insert(position, InputChange{step, player, input});
    }
    m_held[std::size_t(player)] = input;
    return true;
}

bool InputLog::finish(std::int64_t endStep)
{
    if (endStep < 0 || endStep > kMaxSteps) {
        return false;
    }
    m_endStep = endStep;
    std::erase_if(m_changes,
                  [endStep](const InputChange &change) { return change.step >= endStep; });
    std::fill(m_held.begin(), m_held.end(), engine::Input::None);
    for (const InputChange &change : m_changes) {
        m_held[std::size_t(change.player)] = change.input;
    }
    return true;
}

QString InputLog::append(const InputChange &change)
{
    if (change.step < 0 || change.step >= m_endStep) {
        return QStringLiteral("a change at step %1 is outside the match (0 to %2)")
            .arg(change.step)
            .arg(m_endStep - 1);
    }
    if (change.player < 0 || change.player >= m_playerCount) {
        return QStringLiteral("a change names player %1 of a %2-player match")
            .arg(change.player)
            .arg(m_playerCount);
    }
    if (!m_changes.empty()) {
        const InputChange &last = m_changes.back();
        if (change.step < last.step || (change.step == last.step && change.player <= last.player)) {
            return QStringLiteral("changes must be in step order, at most one per player and "
                                  "step (step %1)")
                .arg(change.step);
        }
    }
    if (change.input == m_held[std::size_t(change.player)]) {
        return QStringLiteral("a change at step %1 repeats the key player %2 already holds")
            .arg(change.step)
            .arg(change.player);
    }
    m_changes.push_back(change);
    m_held[std::size_t(change.player)] = change.input;
    return {};
}

QByteArray InputLog::encode() const
{
    QByteArray out;
    out.reserve(qsizetype(16 + m_changes.size() * 2));
    out.append(kMagic, sizeof(kMagic));
    out.append(static_cast<char>(kFormatVersion));
    out.append(static_cast<char>(m_playerCount));
    putVarint(out, std::uint64_t(m_endStep));
    putVarint(out, std::uint64_t(m_changes.size()));
    std::int64_t previous = 0;
    for (const InputChange &change : m_changes) {
        const auto delta = std::uint64_t(change.step - previous);
        putVarint(out,
                  (delta << 4) | (std::uint64_t(change.player) << 2) | std::uint64_t(change.input));
        previous = change.step;
    }
    return out;
}

std::variant<InputLog, QString> InputLog::decode(const QByteArray &bytes)
{
    constexpr qsizetype kHeaderSize = sizeof(kMagic) + 2;
    if (bytes.size() < kHeaderSize || !bytes.startsWith(QByteArray(kMagic, sizeof(kMagic)))) {
        return QStringLiteral("not an input log (it must start with \"TIL\")");
    }
    if (bytes.at(3) != kFormatVersion) {
        return QStringLiteral("input log format %1 is not supported (only %2)")
            .arg(int(static_cast<std::uint8_t>(bytes.at(3))))
            .arg(kFormatVersion);
    }
    const int playerCount = static_cast<std::uint8_t>(bytes.at(4));
    if (const QString error = playerCountError(playerCount); !error.isEmpty()) {
        return error;
    }
    InputLog log(playerCount);
    VarintReader reader(bytes, kHeaderSize);
    const auto endStep = reader.next();
    if (const auto *error = std::get_if<QString>(&endStep)) {
        return *error;
    }
    if (std::get<std::uint64_t>(endStep) > std::uint64_t(kMaxSteps)) {
        return QStringLiteral("the match is longer than %1 steps").arg(kMaxSteps);
    }
    log.m_endStep = std::int64_t(std::get<std::uint64_t>(endStep));
    const auto count = reader.next();
    if (const auto *error = std::get_if<QString>(&count)) {
        return *error;
    }
    // Each change takes at least one byte: a larger count is a lie, not a reason to allocate.
    if (std::get<std::uint64_t>(count) > std::uint64_t(reader.remaining())) {
        return QStringLiteral("the log announces more changes than it holds");
    }
    log.m_changes.reserve(std::size_t(std::get<std::uint64_t>(count)));
    std::int64_t step = 0;
    for (std::uint64_t index = 0; index < std::get<std::uint64_t>(count); ++index) {
        const auto packed = reader.next();
        if (const auto *error = std::get_if<QString>(&packed)) {
            return *error;
        }
        const std::uint64_t value = std::get<std::uint64_t>(packed);
        const std::uint64_t delta = value >> 4;
        if ((value & 3u) > 2u) {
            return QStringLiteral("change %1 holds an unknown key").arg(index);
        }
        if (delta > std::uint64_t(kMaxSteps)) {
            return QStringLiteral("change %1 is beyond the end of the match").arg(index);
        }
        step += std::int64_t(delta);
        const QString error = log.append(
            InputChange{step, int((value >> 2) & 3u), static_cast<engine::Input>(value & 3u)});
        if (!error.isEmpty()) {
            return error;
        }
    }
    if (reader.remaining() != 0) {
        return QStringLiteral("%1 stray bytes follow the log").arg(reader.remaining());
    }
    return log;
}

QJsonObject InputLog::toJson() const
{
    QJsonArray changes;
    for (const InputChange &change : m_changes) {
        changes.append(QJsonArray{qint64(change.step), change.player, inputName(change.input)});
    }
    return {{QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("players"), m_playerCount},
            {QStringLiteral("endStep"), qint64(m_endStep)},
            {QStringLiteral("changes"), changes}};
}

std::variant<InputLog, QString> InputLog::fromJson(const QJsonObject &object)
{
    const QStringList known{QStringLiteral("version"), QStringLiteral("players"),
                            QStringLiteral("endStep"), QStringLiteral("changes")};
    for (const QString &key : object.keys()) {
        if (!known.contains(key)) {
            return QStringLiteral("unknown field \"%1\"").arg(key);
        }
    }
    if (wholeNumber(object.value(known[0]), kFormatVersion, kFormatVersion) != kFormatVersion) {
        return QStringLiteral("\"version\" must be %1").arg(kFormatVersion);
    }
    const auto playerCount = wholeNumber(object.value(known[1]), 1, kMaxPlayers);
    if (!playerCount) {
        return QStringLiteral("\"players\" must be a whole number from 1 to %1").arg(kMaxPlayers);
    }
    const auto endStep = wholeNumber(object.value(known[2]), 0, kMaxSteps);
    if (!endStep) {
        return QStringLiteral("\"endStep\" must be a whole number from 0 to %1").arg(kMaxSteps);
    }
    if (!object.value(known[3]).isArray()) {
        return QStringLiteral("\"changes\" must be an array");
    }
    InputLog log(static_cast<int>(*playerCount));
    log.m_endStep = *endStep;
    const QJsonArray changes = object.value(known[3]).toArray();
    for (qsizetype index = 0; index < changes.size(); ++index) {
        const QJsonArray change = changes.at(index).toArray();
        const auto step = wholeNumber(change.at(0), 0, kMaxSteps);
        const auto player = wholeNumber(change.at(1), 0, kMaxPlayers - 1);
        const auto input = engine::inputFromName(change.at(2).toString());
        if (!changes.at(index).isArray() || change.size() != 3 || !step || !player || !input) {
            return QStringLiteral("change %1 must be [step, player, \"none\"|\"up\"|\"down\"]")
                .arg(index);
        }
        const QString error = log.append(InputChange{*step, int(*player), *input});
        if (!error.isEmpty()) {
            return error;
        }
    }
    return log;
}

InputLogPlayer::InputLogPlayer(const InputLog &log)
    : m_log(log)
{}

void InputLogPlayer::applyInputs(engine::Match &match)
{
    const std::vector<InputChange> &changes = m_log.changes();
    // Changes of steps the caller ran without calling this are lost (that replay diverges), but
    // the player does not get stuck behind them.
    while (m_next < changes.size() && changes[m_next].step < match.currentStep()) {
        ++m_next;
    }
    while (m_next < changes.size() && changes[m_next].step == match.currentStep()) {
        match.setInput(changes[m_next].player, changes[m_next].input);
        ++m_next;
    }
}

bool InputLogPlayer::finished(const engine::Match &match) const
{
    // An over match no longer advances: stop there even if the log says it ran longer.
    return match.isOver() || match.currentStep() >= m_log.endStep();
}

std::variant<engine::Match, QString> replayMatch(const engine::MatchConfig &config,
                                                 std::uint64_t seed, const InputLog &log)
{
    if (!config.validate().isEmpty()) {
        return QStringLiteral("the match configuration is invalid");
    }
    if (log.playerCount() != config.playerCount()) {
        return QStringLiteral("the log is for %1 players, the configuration for %2")
            .arg(log.playerCount())
            .arg(config.playerCount());
    }
    engine::Match match(config, seed);
    InputLogPlayer player(log);
    while (!player.finished(match)) {
        player.applyInputs(match);
        match.step();
    }
    return match;
}

} // namespace transcendence::replay
