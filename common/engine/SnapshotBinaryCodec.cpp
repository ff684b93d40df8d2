#include "engine/SnapshotCodec.h"

#include <bit>
#include <type_traits>

namespace transcendence::engine {
namespace {

constexpr char kMagic[2] = {'T', 'S'};
constexpr std::uint8_t kFormatVersion = 1;

// The unsigned integer with the same width as T, to move T's bits byte by byte.
template <std::size_t Size>
using UnsignedOfSize = std::conditional_t<
    Size == 8, std::uint64_t,
    std::conditional_t<Size == 4, std::uint32_t,
                       std::conditional_t<Size == 2, std::uint16_t, std::uint8_t>>>;

class ByteWriter {
public:
    explicit ByteWriter(QByteArray &out)
        : m_out(out)
    {}

    template <typename T>
    void put(T value)
    {
        using Bits = UnsignedOfSize<sizeof(T)>;
        Bits bits = std::bit_cast<Bits>(value);
        for (std::size_t i = 0; i < sizeof(T); ++i) {
            m_out.append(static_cast<char>(bits & 0xffu));
            bits = static_cast<Bits>(bits >> 8);
        }
    }
    void put(Vec2 v)
    {
        put(v.x);
        put(v.y);
    }

private:
    QByteArray &m_out;
};

// Reads little-endian values; after the first short read every value is zero and ok() is false.
class ByteReader {
public:
    explicit ByteReader(const QByteArray &in)
        : m_in(in)
    {}

    template <typename T>
    T get()
    {
        using Bits = UnsignedOfSize<sizeof(T)>;
        if (!m_ok || m_in.size() - m_offset < qsizetype(sizeof(T))) {
            m_ok = false;
            return T{};
        }
        Bits bits = 0;
        for (std::size_t i = 0; i < sizeof(T); ++i) {
            const auto byte = static_cast<std::uint8_t>(m_in[m_offset + qsizetype(i)]);
            bits = static_cast<Bits>(bits | (static_cast<Bits>(byte) << (8 * i)));
        }
        m_offset += qsizetype(sizeof(T));
        return std::bit_cast<T>(bits);
    }
    Vec2 getVec2()
    {
        const double x = get<double>();
        return {x, get<double>()};
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_offset == m_in.size(); }

private:
    const QByteArray &m_in;
    qsizetype m_offset = 0;
    bool m_ok = true;
};

void writePlayer(ByteWriter &w, const PlayerState &p)
{
    w.put(static_cast<std::uint8_t>(p.input));
    w.put(static_cast<std::uint8_t>(p.eliminated ? 1 : 0));
    w.put(p.paddlePosition);
    w.put(p.paddleLength);
    w.put(p.score);
    w.put(p.lives);
    w.put(p.biggerPaddleUntil);
    w.put(p.smallerPaddleUntil);
}

PlayerState readPlayer(ByteReader &r, QString &error)
{
    PlayerState p;
    const auto input = r.get<std::uint8_t>();
    const auto eliminated = r.get<std::uint8_t>();
    if (input > static_cast<std::uint8_t>(Input::Down) || eliminated > 1) {
        error = QStringLiteral("bad player input or flag");
    }
    p.input = static_cast<Input>(input);
    p.eliminated = eliminated == 1;
    p.paddlePosition = r.get<double>();
    p.paddleLength = r.get<double>();
    p.score = r.get<std::int32_t>();
    p.lives = r.get<std::int32_t>();
    p.biggerPaddleUntil = r.get<std::int64_t>();
    p.smallerPaddleUntil = r.get<std::int64_t>();
    return p;
}

void writeBall(ByteWriter &w, const BallState &b)
{
    w.put(b.id);
    w.put(b.position);
    w.put(b.direction);
    w.put(b.speed);
    w.put(static_cast<std::int8_t>(b.lastHitter));
    w.put(b.expiresAtStep);
}

BallState readBall(ByteReader &r)
{
    BallState b;
    b.id = r.get<std::int32_t>();
    b.position = r.getVec2();
    b.direction = r.getVec2();
    b.speed = r.get<double>();
    b.lastHitter = r.get<std::int8_t>();
    b.expiresAtStep = r.get<std::int64_t>();
    return b;
}

void writePickup(ByteWriter &w, const PickupState &p)
{
    w.put(p.id);
    w.put(static_cast<std::uint8_t>(p.kind));
    w.put(p.position);
    w.put(p.expiresAtStep);
}

PickupState readPickup(ByteReader &r, QString &error)
{
    PickupState p;
    p.id = r.get<std::int32_t>();
    const auto kind = r.get<std::uint8_t>();
    if (kind > static_cast<std::uint8_t>(PowerUpKind::MultiBall)) {
        error = QStringLiteral("bad power-up kind");
    }
    p.kind = static_cast<PowerUpKind>(kind);
    p.position = r.getVec2();
    p.expiresAtStep = r.get<std::int64_t>();
    return p;
}

} // namespace

QByteArray snapshotToBinary(const Snapshot &s)
{
    QByteArray out;
    out.reserve(96 + qsizetype(s.players.size()) * 42 + qsizetype(s.balls.size()) * 53 +
                qsizetype(s.pickups.size()) * 29);
    ByteWriter w(out);
    w.put(kMagic[0]);
    w.put(kMagic[1]);
    w.put(kFormatVersion);
    w.put(s.step);
    w.put(static_cast<std::uint8_t>(s.phase));
    w.put(static_cast<std::int8_t>(s.winner));
    w.put(static_cast<std::uint8_t>(s.receiver));
    w.put(s.serveAtStep);
    w.put(s.fasterBallUntil);
    w.put(s.nextPowerUpStep);
    w.put(s.nextObjectId);
    for (std::uint64_t word : s.randomState) {
        w.put(word);
    }
    w.put(static_cast<std::uint8_t>(s.players.size()));
    for (const PlayerState &player : s.players) {
        writePlayer(w, player);
    }
    w.put(static_cast<std::uint8_t>(s.balls.size()));
    for (const BallState &ball : s.balls) {
        writeBall(w, ball);
    }
    w.put(static_cast<std::uint8_t>(s.pickups.size()));
    for (const PickupState &pickup : s.pickups) {
        writePickup(w, pickup);
    }
    return out;
}

std::variant<Snapshot, QString> snapshotFromBinary(const QByteArray &bytes)
{
    ByteReader r(bytes);
    if (r.get<char>() != kMagic[0] || r.get<char>() != kMagic[1] ||
        r.get<std::uint8_t>() != kFormatVersion) {
        return QStringLiteral("not a snapshot of format version %1").arg(kFormatVersion);
    }
    Snapshot s;
    QString error;
    s.step = r.get<std::int64_t>();
    const auto phase = r.get<std::uint8_t>();
    if (phase > static_cast<std::uint8_t>(MatchPhase::Over)) {
        error = QStringLiteral("bad phase");
    }
    s.phase = static_cast<MatchPhase>(phase);
    s.winner = r.get<std::int8_t>();
    s.receiver = r.get<std::uint8_t>();
    s.serveAtStep = r.get<std::int64_t>();
    s.fasterBallUntil = r.get<std::int64_t>();
    s.nextPowerUpStep = r.get<std::int64_t>();
    s.nextObjectId = r.get<std::int32_t>();
    for (std::uint64_t &word : s.randomState) {
        word = r.get<std::uint64_t>();
    }
    // Counts are bounded by the structure check below; a byte cannot ask for a huge allocation.
    const int playerCount = r.get<std::uint8_t>();
    for (int i = 0; i < playerCount && r.ok(); ++i) {
        s.players.push_back(readPlayer(r, error));
    }
    const int ballCount = r.get<std::uint8_t>();
    for (int i = 0; i < ballCount && r.ok(); ++i) {
        s.balls.push_back(readBall(r));
    }
    const int pickupCount = r.get<std::uint8_t>();
    for (int i = 0; i < pickupCount && r.ok(); ++i) {
        s.pickups.push_back(readPickup(r, error));
    }
    if (!r.ok()) {
        return QStringLiteral("truncated snapshot");
    }
    if (!r.atEnd()) {
        return QStringLiteral("trailing bytes after the snapshot");
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
