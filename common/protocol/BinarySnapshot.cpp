#include "protocol/BinarySnapshot.h"

#include "engine/PowerUpKind.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace transcendence::protocol {
namespace {

// Up to 2^53: lastInputSeq + 1 for any seq of the protocol, and exact in a JavaScript number.
constexpr qint64 kMaxVarint = qint64(1) << 53;
constexpr double kUnitsScale = 256.0;       // positions: 1/256 of an arena unit
constexpr double kDirectionScale = 32767.0; // unit vectors' components: signed 16 bits
constexpr int kMaxEvents = 4096;

// Phase byte: room phase (bits 0-1), engine phase (2-3), phaseEndsInMs follows (4),
// winner + 1 (5-7). Seats byte: missing seats (bits 0-3), receiver (4-5).
constexpr std::uint8_t kHasPhaseEnd = 1u << 4;
// Player flags: input (bits 0-1), eliminated (2), bigger paddle (3), smaller paddle (4).
constexpr std::uint8_t kEliminated = 1u << 2;
constexpr std::uint8_t kBiggerPaddle = 1u << 3;
constexpr std::uint8_t kSmallerPaddle = 1u << 4;
// Event fields present: player, ballId, pickupId, kind, position.
constexpr std::uint8_t kEventPlayer = 1u << 0;
constexpr std::uint8_t kEventBall = 1u << 1;
constexpr std::uint8_t kEventPickup = 1u << 2;
constexpr std::uint8_t kEventKind = 1u << 3;
constexpr std::uint8_t kEventPosition = 1u << 4;

bool hasKind(engine::MatchEvent::Type type)
{
    using Type = engine::MatchEvent::Type;
    return type == Type::PowerUpSpawned || type == Type::PowerUpTaken ||
           type == Type::PowerUpVanished || type == Type::PowerUpExpired;
}

class Writer {
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    {}
    void u8(unsigned value) { m_out.append(char(value & 0xffu)); }
    void u16(unsigned value)
    {
        u8(value);
        u8(value >> 8);
    }
    void u32(std::uint32_t value)
    {
        u16(value & 0xffffu);
        u16(value >> 16);
    }
    // Unsigned LEB128: 7 bits a byte, low first, high bit set on every byte but the last.
    void varint(qint64 value)
    {
        auto rest = std::uint64_t(std::clamp<qint64>(value, 0, kMaxVarint));
        while (rest >= 0x80) {
            u8(unsigned(rest & 0x7f) | 0x80u);
            rest >>= 7;
        }
        u8(unsigned(rest));
    }
    void units(double value)
    {
        const double scaled = std::isfinite(value) ? std::round(value * kUnitsScale) : 0.0;
        u16(unsigned(std::clamp(scaled, 0.0, 65535.0)));
    }
    void direction(double component)
    {
        const double scaled =
            std::isfinite(component) ? std::round(component * kDirectionScale) : 0.0;
        u16(unsigned(std::uint16_t(std::int16_t(std::clamp(scaled, -32767.0, 32767.0)))));
    }

private:
    QByteArray &m_out;
};

// After the first short or bad read every value is zero and ok() is false.
class Reader {
public:
    explicit Reader(const QByteArray &in)
        : m_in(in)
    {}
    unsigned u8()
    {
        if (!m_ok || m_offset >= m_in.size()) {
            m_ok = false;
            return 0;
        }
        return unsigned(static_cast<std::uint8_t>(m_in[m_offset++]));
    }
    unsigned u16()
    {
        const unsigned low = u8();
        return low | (u8() << 8);
    }
    std::uint32_t u32()
    {
        const std::uint32_t low = u16();
        return low | (std::uint32_t(u16()) << 16);
    }
    qint64 varint()
    {
        std::uint64_t value = 0;
        for (int shift = 0; m_ok; shift += 7) {
            const unsigned byte = u8();
            if (shift == 49 && byte > 0x10) {
                m_ok = false; // beyond 2^53, or longer than 8 bytes
                break;
            }
            value |= std::uint64_t(byte & 0x7fu) << shift;
            if ((byte & 0x80u) == 0) {
                if (value > std::uint64_t(kMaxVarint)) {
                    m_ok = false;
                    break;
                }
                return qint64(value);
            }
        }
        return 0;
    }
    double units() { return double(u16()) / kUnitsScale; }
    double direction() { return double(std::int16_t(std::uint16_t(u16()))) / kDirectionScale; }
    void fail() { m_ok = false; }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_offset == m_in.size(); }

private:
    const QByteArray &m_in;
    qsizetype m_offset = 0;
    bool m_ok = true;
};

void writeEvent(Writer &w, const engine::MatchEvent &event)
{
    const bool kind = hasKind(event.type);
    const bool position = event.position.x != 0.0 || event.position.y != 0.0;
    const std::uint8_t fields = (event.player >= 0 ? kEventPlayer : 0) |
                                (event.ballId >= 0 ? kEventBall : 0) |
                                (event.pickupId >= 0 ? kEventPickup : 0) | (kind ? kEventKind : 0) |
                                (position ? kEventPosition : 0);
    w.u8(unsigned(event.type));
    w.u8(fields);
    if (event.player >= 0) {
        w.u8(unsigned(event.player));
    }
    if (event.ballId >= 0) {
        w.varint(event.ballId);
    }
    if (event.pickupId >= 0) {
        w.varint(event.pickupId);
    }
    if (kind) {
        w.u8(unsigned(event.kind));
    }
    if (position) {
        w.units(event.position.x);
        w.units(event.position.y);
    }
}

std::optional<engine::MatchEvent> readEvent(Reader &r, int players)
{
    engine::MatchEvent event;
    const unsigned type = r.u8();
    const unsigned fields = r.u8();
    if (type > unsigned(engine::MatchEvent::Type::PowerUpExpired) || fields > 0x1f) {
        return std::nullopt;
    }
    event.type = engine::MatchEvent::Type(type);
    if (fields & kEventPlayer) {
        event.player = int(r.u8());
        if (event.player >= players) {
            return std::nullopt;
        }
    }
    if (fields & kEventBall) {
        event.ballId = int(std::min<qint64>(r.varint(), INT32_MAX));
    }
    if (fields & kEventPickup) {
        event.pickupId = int(std::min<qint64>(r.varint(), INT32_MAX));
    }
    if (((fields & kEventKind) != 0) != hasKind(event.type)) {
        return std::nullopt;
    }
    if (fields & kEventKind) {
        const unsigned kind = r.u8();
        if (kind > unsigned(engine::PowerUpKind::MultiBall)) {
            return std::nullopt;
        }
        event.kind = engine::PowerUpKind(kind);
    }
    if (fields & kEventPosition) {
        event.position.x = r.units();
        event.position.y = r.units();
    }
    return event;
}

} // namespace

std::uint32_t binaryRoomTag(const QString &roomId)
{
    std::uint32_t hash = 2166136261u;
    for (const char byte : roomId.toUtf8()) {
        hash ^= std::uint8_t(byte);
        hash *= 16777619u;
    }
    return hash;
}

QByteArray encodeBinarySnapshotBody(const MatchSnapshot &snapshot,
                                    const std::vector<engine::MatchEvent> &events)
{
    const engine::Snapshot &state = snapshot.state;
    QByteArray out;
    out.reserve(40 + qsizetype(state.players.size()) * 8 + qsizetype(events.size()) * 10);
    Writer w(out);
    w.u32(binaryRoomTag(snapshot.roomId));
    w.varint(snapshot.tick);
    const unsigned winner = unsigned(std::clamp(state.winner + 1, 0, 4));
    w.u8(unsigned(snapshot.phase) | (unsigned(state.phase) << 2) |
         (snapshot.phaseEndsInMs ? kHasPhaseEnd : 0u) | (winner << 5));
    unsigned missing = 0;
    for (int seat : snapshot.missingSeats) {
        missing |= (seat >= 0 && seat < 4) ? 1u << seat : 0u;
    }
    w.u8(missing | (unsigned(std::clamp(state.receiver, 0, 3)) << 4));
    if (snapshot.phaseEndsInMs) {
        w.varint(*snapshot.phaseEndsInMs);
    }
    w.u8(unsigned(state.players.size()));
    for (const engine::PlayerState &player : state.players) {
        w.u8(unsigned(player.input) | (player.eliminated ? kEliminated : 0u) |
             (player.biggerPaddleUntil > 0 ? kBiggerPaddle : 0u) |
             (player.smallerPaddleUntil > 0 ? kSmallerPaddle : 0u));
        w.units(player.paddlePosition);
        w.units(player.paddleLength);
        w.varint(player.score);
        w.varint(player.lives);
    }
    w.u8(unsigned(state.balls.size()));
    for (const engine::BallState &ball : state.balls) {
        w.varint(ball.id);
        w.units(ball.position.x);
        w.units(ball.position.y);
        w.direction(ball.direction.x);
        w.direction(ball.direction.y);
    }
    w.u8(unsigned(state.pickups.size()));
    for (const engine::PickupState &pickup : state.pickups) {
        w.varint(pickup.id);
        w.u8(unsigned(pickup.kind));
        w.units(pickup.position.x);
        w.units(pickup.position.y);
    }
    const auto eventCount = std::min<std::size_t>(events.size(), kMaxEvents);
    w.varint(qint64(eventCount));
    for (std::size_t i = 0; i < eventCount; ++i) {
        writeEvent(w, events[i]);
    }
    return out;
}

QByteArray binarySnapshotFrame(const QByteArray &body, std::optional<qint64> lastInputSeq)
{
    QByteArray frame;
    frame.reserve(body.size() + 9);
    Writer w(frame);
    w.u8(kBinarySnapshotVersion);
    w.varint(lastInputSeq ? std::min(*lastInputSeq, kMaxVarint - 1) + 1 : 0);
    frame.append(body);
    return frame;
}

std::variant<BinarySnapshot, QString> decodeBinarySnapshot(const QByteArray &frame)
{
    Reader r(frame);
    if (r.u8() != kBinarySnapshotVersion) {
        return QStringLiteral("not a binary snapshot of version %1").arg(kBinarySnapshotVersion);
    }
    BinarySnapshot out;
    MatchSnapshot &snapshot = out.snapshot;
    engine::Snapshot &state = snapshot.state;
    const qint64 seq = r.varint();
    if (seq > 0) {
        snapshot.lastInputSeq = seq - 1;
    }
    out.roomTag = r.u32();
    snapshot.tick = r.varint();
    state.step = snapshot.tick;
    const unsigned phases = r.u8();
    const unsigned enginePhase = (phases >> 2) & 3u;
    const int winner = int(phases >> 5) - 1;
    if (enginePhase > unsigned(engine::MatchPhase::Over) || winner > 3) {
        return QStringLiteral("bad phase byte");
    }
    snapshot.phase = RoomPhase(phases & 3u);
    state.phase = engine::MatchPhase(enginePhase);
    state.winner = winner;
    const unsigned seats = r.u8();
    if ((seats >> 6) != 0) {
        return QStringLiteral("bad seats byte");
    }
    state.receiver = int((seats >> 4) & 3u);
    if (phases & kHasPhaseEnd) {
        snapshot.phaseEndsInMs = r.varint();
    }
    const int players = int(r.u8());
    if (r.ok() && players != 2 && players != 4) {
        return QStringLiteral("a snapshot has 2 or 4 players");
    }
    for (int seat = 0; seat < 4; ++seat) {
        if (seats & (1u << seat)) {
            if (seat >= players) {
                return QStringLiteral("a missing seat is not a player");
            }
            snapshot.missingSeats.push_back(seat);
        }
    }
    if (state.winner >= players || state.receiver >= players) {
        return QStringLiteral("receiver or winner is not a player");
    }
    for (int i = 0; i < players && r.ok(); ++i) {
        engine::PlayerState player;
        const unsigned flags = r.u8();
        if ((flags & 3u) > unsigned(engine::Input::Down) || flags > 0x1f) {
            return QStringLiteral("bad player flags");
        }
        player.input = engine::Input(flags & 3u);
        player.eliminated = (flags & kEliminated) != 0;
        player.biggerPaddleUntil = (flags & kBiggerPaddle) ? state.step + 1 : 0;
        player.smallerPaddleUntil = (flags & kSmallerPaddle) ? state.step + 1 : 0;
        player.paddlePosition = r.units();
        player.paddleLength = r.units();
        player.score = int(std::min<qint64>(r.varint(), 1'000'000));
        player.lives = int(std::min<qint64>(r.varint(), 1'000'000));
        state.players.push_back(player);
    }
    const int balls = int(r.u8());
    if (balls > engine::kMaxBalls) {
        return QStringLiteral("too many balls");
    }
    for (int i = 0; i < balls && r.ok(); ++i) {
        engine::BallState ball;
        ball.id = int(std::min<qint64>(r.varint(), INT32_MAX));
        ball.position.x = r.units();
        ball.position.y = r.units();
        ball.direction.x = r.direction();
        ball.direction.y = r.direction();
        state.balls.push_back(ball);
    }
    const int pickups = int(r.u8());
    if (pickups > engine::kMaxPickupsOnField) {
        return QStringLiteral("too many power-ups");
    }
    for (int i = 0; i < pickups && r.ok(); ++i) {
        engine::PickupState pickup;
        pickup.id = int(std::min<qint64>(r.varint(), INT32_MAX));
        const unsigned kind = r.u8();
        if (kind > unsigned(engine::PowerUpKind::MultiBall)) {
            return QStringLiteral("bad power-up kind");
        }
        pickup.kind = engine::PowerUpKind(kind);
        pickup.position.x = r.units();
        pickup.position.y = r.units();
        state.pickups.push_back(pickup);
    }
    const qint64 events = r.varint();
    if (events > kMaxEvents) {
        return QStringLiteral("too many events");
    }
    for (qint64 i = 0; i < events && r.ok(); ++i) {
        const auto event = readEvent(r, players);
        if (!event) {
            return QStringLiteral("bad event");
        }
        snapshot.events.append(event->toJson());
    }
    if (!r.ok()) {
        return QStringLiteral("truncated binary snapshot");
    }
    if (!r.atEnd()) {
        return QStringLiteral("trailing bytes after the binary snapshot");
    }
    return out;
}

} // namespace transcendence::protocol
