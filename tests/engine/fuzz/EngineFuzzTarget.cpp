// libFuzzer entry point for everything the engine decodes from outside: match configurations
// (JSON) and snapshots (JSON and binary). The first byte picks the decoder; the rest is input.
// Whatever decodes must re-encode to the same value, and a decoded snapshot that fits a
// configuration must be playable.
#include "engine/Match.h"
#include "engine/SnapshotCodec.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace transcendence::engine;

namespace {

void require(bool condition)
{
    if (!condition) {
        std::abort(); // libFuzzer and the corpus replayer both report the crashing input
    }
}

void playAFewSteps(const MatchConfig &config, const Snapshot &snapshot)
{
    std::variant<Match, QString> restored = Match::restore(config, snapshot);
    if (Match *match = std::get_if<Match>(&restored)) {
        for (int i = 0; i < 240 && !match->isOver(); ++i) {
            match->setInput(i % config.playerCount(), Input(i % 3));
            match->step();
        }
        require(snapshotStructureError(match->snapshot()).isEmpty());
    }
}

void fuzzConfig(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    const auto parsed = MatchConfig::fromJson(document.object());
    if (const MatchConfig *config = std::get_if<MatchConfig>(&parsed)) {
        require(config->validate().isEmpty());
        const auto again = MatchConfig::fromJson(config->toJson());
        require(std::holds_alternative<MatchConfig>(again) &&
                std::get<MatchConfig>(again) == *config);
        Match match(*config, std::uint64_t(data.size()));
        for (int i = 0; i < 240; ++i) {
            match.step();
        }
    } else {
        require(!std::get<FieldErrors>(parsed).isEmpty());
    }
}

void checkSnapshot(const Snapshot &snapshot)
{
    const auto viaBinary = snapshotFromBinary(snapshotToBinary(snapshot));
    require(std::holds_alternative<Snapshot>(viaBinary) &&
            std::get<Snapshot>(viaBinary) == snapshot);
    const auto viaJson = snapshotFromJson(snapshotToJson(snapshot));
    require(std::holds_alternative<Snapshot>(viaJson) && std::get<Snapshot>(viaJson) == snapshot);
    MatchConfig fourPlayers;
    fourPlayers.mode = GameMode::FourPlayers;
    fourPlayers.powerUps = {kAllPowerUpKinds.begin(), kAllPowerUpKinds.end()};
    playAFewSteps(MatchConfig{}, snapshot);
    playAFewSteps(fourPlayers, snapshot);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0]) {
    case 'c':
        fuzzConfig(input);
        break;
    case 'j': {
        const auto decoded = snapshotFromJson(QJsonDocument::fromJson(input).object());
        if (const Snapshot *snapshot = std::get_if<Snapshot>(&decoded)) {
            checkSnapshot(*snapshot);
        }
        break;
    }
    case 'b': {
        const auto decoded = snapshotFromBinary(input);
        if (const Snapshot *snapshot = std::get_if<Snapshot>(&decoded)) {
            checkSnapshot(*snapshot);
        }
        break;
    }
    default:
        break;
    }
    return 0;
}
