#include "play/MatchCheckpoint.h"

#include "engine/AiDifficulty.h"
#include "play/MatchRoom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace transcendence::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int kCheckpointVersion = 1;

QJsonArray flags(const std::vector<bool> &values)
{
    QJsonArray out;
    for (bool value : values) {
        out.append(value);
    }
    return out;
}

std::vector<bool> flagsFrom(const QJsonArray &array, std::size_t size)
{
    std::vector<bool> out(size, false);
    for (std::size_t i = 0; i < size && i < std::size_t(array.size()); ++i) {
        out[i] = array.at(qsizetype(i)).toBool();
    }
    return out;
}

std::optional<SeatKind> seatKindFrom(const QString &name)
{
    for (const SeatKind kind : {SeatKind::User, SeatKind::Guest, SeatKind::Ai}) {
        if (seatKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace

QByteArray encodeCheckpoint(const MatchRoomSetup &setup, const MatchResume &resume)
{
    QJsonArray seats;
    for (const MatchSeat &seat : setup.seats) {
        seats.append(QJsonObject{{u"seat"_s, seat.seat},
                                 {u"kind"_s, seatKindName(seat.kind)},
                                 {u"userId"_s, seat.userId},
                                 {u"label"_s, seat.label}});
    }
    QJsonArray owners;
    for (qint64 owner : setup.owners) {
        owners.append(owner);
    }
    QJsonArray eliminated;
    for (int seat : resume.eliminationOrder) {
        eliminated.append(seat);
    }
    QJsonObject object{
        {u"version"_s, kCheckpointVersion},
        {u"roomId"_s, setup.roomId},
        {u"kind"_s, protocol::roomKindName(setup.kind)},
        {u"recordKind"_s, matchKindName(setup.recordKind)},
        {u"config"_s, setup.config.toJson()},
        {u"seed"_s, QString::number(setup.seed, 16)},
        {u"difficulty"_s, engine::aiDifficultyName(setup.difficulty)},
        {u"seats"_s, seats},
        {u"owners"_s, owners},
        {u"countdownMs"_s, setup.countdownMs},
        {u"step"_s, qint64(resume.step)},
        {u"stateHash"_s, QString::number(resume.stateHash, 16)},
        {u"inputs"_s, QString::fromLatin1(resume.log.encode().toBase64())},
        {u"forfeited"_s, flags(resume.forfeited)},
        {u"everEntered"_s, flags(resume.everEntered)},
        {u"eliminated"_s, eliminated},
        {u"startedAt"_s, resume.startedAt.toString(Qt::ISODateWithMs)},
        {u"everRan"_s, resume.everRan},
    };
    QJsonArray held;
    for (const engine::Input key : resume.held) {
        held.append(engine::inputName(key));
    }
    object.insert(u"held"_s, held);
    if (resume.showUpBy.isValid()) {
        object.insert(u"showUpBy"_s, resume.showUpBy.toString(Qt::ISODateWithMs));
    }
    if (setup.tournamentId) {
        object.insert(u"tournamentId"_s, *setup.tournamentId);
    }
    if (setup.requested) { // the instance that takes it over tells its requester how it ends
        object.insert(u"requested"_s, true);
        object.insert(u"requesterTag"_s, setup.requesterTag);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString decodeCheckpoint(const QByteArray &bytes, MatchRoomSetup &setup)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (object.value(u"version"_s).toInt() != kCheckpointVersion) {
        return u"not a checkpoint of this version"_s;
    }
    const auto config = engine::MatchConfig::fromJson(object.value(u"config"_s).toObject());
    const auto kind = protocol::roomKindFromName(object.value(u"kind"_s).toString());
    const auto recordKind = matchKindFromName(object.value(u"recordKind"_s).toString());
    const auto difficulty = engine::aiDifficultyFromName(object.value(u"difficulty"_s).toString());
    bool seedOk = false;
    bool hashOk = false;
    const std::uint64_t seed = object.value(u"seed"_s).toString().toULongLong(&seedOk, 16);
    const std::uint64_t hash = object.value(u"stateHash"_s).toString().toULongLong(&hashOk, 16);
    const auto log = replay::InputLog::decode(
        QByteArray::fromBase64(object.value(u"inputs"_s).toString().toLatin1()));
    if (!std::holds_alternative<engine::MatchConfig>(config) || !kind || !recordKind ||
        !difficulty || !seedOk || !hashOk || !std::holds_alternative<replay::InputLog>(log)) {
        return u"a field is missing or unreadable"_s;
    }
    setup = MatchRoomSetup{};
    setup.roomId = object.value(u"roomId"_s).toString();
    setup.kind = *kind;
    setup.recordKind = *recordKind;
    setup.config = std::get<engine::MatchConfig>(config);
    setup.seed = seed;
    setup.difficulty = *difficulty;
    const auto players = std::size_t(setup.config.playerCount());
    for (const QJsonValue &value : object.value(u"seats"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto seatKind = seatKindFrom(entry.value(u"kind"_s).toString());
        const int seat = entry.value(u"seat"_s).toInt(-1);
        if (!seatKind || seat < 0 || seat >= int(players)) {
            return u"a seat is unreadable"_s;
        }
        MatchSeat matchSeat;
        matchSeat.seat = seat;
        matchSeat.kind = *seatKind;
        matchSeat.userId = entry.value(u"userId"_s).toInteger();
        matchSeat.label = entry.value(u"label"_s).toString();
        setup.seats.push_back(matchSeat);
    }
    for (const QJsonValue &owner : object.value(u"owners"_s).toArray()) {
        setup.owners.push_back(owner.toInteger());
    }
    if (setup.roomId.isEmpty() || setup.seats.size() != players || setup.owners.size() != players) {
        return u"the seats do not match the configuration"_s;
    }
    if (object.contains(u"tournamentId"_s)) {
        setup.tournamentId = object.value(u"tournamentId"_s).toInteger();
    }
    setup.requested = object.value(u"requested"_s).toBool();
    setup.requesterTag = object.value(u"requesterTag"_s).toObject();
    setup.countdownMs = object.value(u"countdownMs"_s).toInt(setup.countdownMs);
    setup.controllers.assign(players, QString());

    MatchResume resume;
    resume.log = std::get<replay::InputLog>(log);
    resume.step = object.value(u"step"_s).toInteger();
    resume.stateHash = hash;
    if (resume.log.playerCount() != int(players) || resume.step != resume.log.endStep()) {
        return u"the input log does not match the match"_s;
    }
    resume.forfeited = flagsFrom(object.value(u"forfeited"_s).toArray(), players);
    resume.everEntered = flagsFrom(object.value(u"everEntered"_s).toArray(), players);
    for (const QJsonValue &seat : object.value(u"eliminated"_s).toArray()) {
        resume.eliminationOrder.push_back(seat.toInt());
    }
    resume.startedAt =
        QDateTime::fromString(object.value(u"startedAt"_s).toString(), Qt::ISODateWithMs);
    resume.everRan = object.value(u"everRan"_s).toBool(true);
    for (const QJsonValue &key : object.value(u"held"_s).toArray()) {
        const auto input = engine::inputFromName(key.toString());
        if (!input || resume.held.size() >= players) {
            return u"a held key is unreadable"_s;
        }
        resume.held.push_back(*input);
    }
    resume.showUpBy =
        QDateTime::fromString(object.value(u"showUpBy"_s).toString(), Qt::ISODateWithMs);
    setup.resume = std::move(resume);
    return {};
}

} // namespace transcendence::server
