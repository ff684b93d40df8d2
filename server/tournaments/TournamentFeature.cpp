#include "tournaments/TournamentFeature.h"

#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "cluster/EventBus.h"
#include "db/DatabaseWorkers.h"
#include "protocol/Envelope.h"
#include "realtime/RealtimeHub.h"
#include "tournaments/TournamentRoutes.h"

#include <QTimer>
#include <QUuid>

namespace transcendence::server {
namespace {

namespace store = tournament_store;
namespace proto = protocol;
using Key = TournamentBracket::Key;
using Result = TournamentBracket::Result;

constexpr int kRetryMs = 5'000; // a player was busy in another match: try the room again
constexpr int kMaxRecordAttempts = 3;
// Several instances: how often each one looks for ready matches whose room is gone (its
// instance died before it wrote a checkpoint), and how old a room named in the bracket must be
// before it may be replaced (the instance that claimed it announces it in Redis just after;
// longer than the directory's 10 s).
constexpr int kSweepMs = 20'000;
constexpr int kClaimFreshSeconds = 15;

QString openingKey(qint64 tournamentId, Key key)
{
    return QStringLiteral("%1/%2/%3").arg(tournamentId).arg(key.round).arg(key.slot);
}

QJsonObject keyJson(qint64 tournamentId, Key key)
{
    return {{QStringLiteral("tournamentId"), tournamentId},
            {QStringLiteral("round"), key.round},
            {QStringLiteral("slot"), key.slot}};
}

} // namespace

void registerTournamentFeature(const FeatureContext &context)
{
    RoomService *rooms = RoomService::find(context.owner);
    if (!rooms) {
        StructuredLog::warning(
            QStringLiteral("tournaments_without_rooms"),
            {{QStringLiteral("problem"), QStringLiteral("the play feature offers no RoomService: "
                                                        "tournament matches cannot be played")}});
    }
    auto *feature = new TournamentFeature(context, rooms, &context.owner);
    auto *routes = new TournamentRoutes(
        context, [feature](const store::Changed &changed) { feature->applyChange(changed); },
        feature);
    routes->registerRoutes(context.router);
}

TournamentFeature::TournamentFeature(const FeatureContext &context, RoomService *rooms,
                                     QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_rooms(rooms)
{
    if (m_rooms) {
        connect(m_rooms, &RoomService::roomFinished, this, &TournamentFeature::onRoomFinished);
    }
    m_context.hub.registerHandler(
        proto::message_type::PlayTournamentMatch, RealtimeHub::HandlerAccess::SignedInOnly,
        [this](RealtimeSession *session, const proto::Envelope &envelope) {
            onPlayTournamentMatch(session, envelope);
        });
    connect(&m_context.hub, &RealtimeHub::authenticatedSessionReady, this,
            &TournamentFeature::onSessionReady);
    // Once the event loop runs (the database is migrated by then).
    QTimer::singleShot(0, this, &TournamentFeature::resumeRunning);
    if (EventBus *bus = m_context.hub.eventBus(); bus && bus->isShared()) {
        m_sweep.setInterval(kSweepMs);
        connect(&m_sweep, &QTimer::timeout, this, &TournamentFeature::sweep);
        m_sweep.start();
    }
}

void TournamentFeature::sweep()
{
    using Running = std::variant<std::vector<store::Tournament>, DomainError>;
    m_context.workers.run<Running>(
        this, [](QSqlDatabase &db) { return store::running(db); },
        [this](Running result) {
            if (const auto *tournaments = std::get_if<std::vector<store::Tournament>>(&result)) {
                for (const store::Tournament &tournament : *tournaments) {
                    openRooms(tournament);
                }
            }
        });
}

void TournamentFeature::resumeRunning()
{
    using Running = std::variant<std::vector<store::Tournament>, DomainError>;
    m_context.workers.run<Running>(
        this, [](QSqlDatabase &db) { return store::running(db); },
        [this](Running result) {
            if (const auto *error = std::get_if<DomainError>(&result)) {
                StructuredLog::error(QStringLiteral("tournaments_not_resumed"),
                                     {{QStringLiteral("problem"), error->message}});
                QTimer::singleShot(kRetryMs, this, &TournamentFeature::resumeRunning);
                return;
            }
            const auto &tournaments = std::get<std::vector<store::Tournament>>(result);
            StructuredLog::info(QStringLiteral("tournaments_resumed"),
                                {{QStringLiteral("running"), qint64(tournaments.size())}});
            for (const store::Tournament &tournament : tournaments) {
                openRooms(tournament);
            }
        });
}

void TournamentFeature::reload(qint64 tournamentId, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, tournamentId] {
        using Loaded = std::variant<store::Tournament, DomainError>;
        m_context.workers.run<Loaded>(
            this,
            [tournamentId](QSqlDatabase &db) {
                auto loaded = store::running(db);
                if (const auto *error = std::get_if<DomainError>(&loaded)) {
                    return Loaded(*error);
                }
                for (auto &t : std::get<std::vector<store::Tournament>>(loaded)) {
                    if (t.id == tournamentId) {
                        return Loaded(std::move(t));
                    }
                }
                return Loaded(DomainError::notFound(QStringLiteral("not running")));
            },
            [this](Loaded result) {
                if (const auto *tournament = std::get_if<store::Tournament>(&result)) {
                    openRooms(*tournament);
                }
            });
    });
}

void TournamentFeature::applyChange(const store::Changed &changed)
{
    notify(changed);
    openRooms(changed.tournament);
}

bool TournamentFeature::hasRoom(qint64 tournamentId, std::optional<Key> key) const
{
    for (const OpenRoom &room : m_open) {
        if (room.tournamentId == tournamentId && (!key || room.key == *key)) {
            return true;
        }
    }
    return false;
}

QJsonObject TournamentFeature::tagOf(const OpenRoom &room)
{
    return {{QStringLiteral("round"), room.key.round},
            {QStringLiteral("slot"), room.key.slot},
            {QStringLiteral("entries"), QJsonArray{room.entries[0], room.entries[1]}},
            {QStringLiteral("local"), room.local}};
}

// The bracket match a room decides, from its tag (the room may have been opened by another
// instance, which died).
std::optional<TournamentFeature::OpenRoom> TournamentFeature::roomOf(const RoomOutcome &outcome)
{
    const QJsonObject &tag = outcome.tag;
    const QJsonArray entries = tag.value(QStringLiteral("entries")).toArray();
    if (!outcome.tournamentId || entries.size() != 2) {
        return std::nullopt;
    }
    OpenRoom room;
    room.tournamentId = *outcome.tournamentId;
    room.key.round = tag.value(QStringLiteral("round")).toInt();
    room.key.slot = tag.value(QStringLiteral("slot")).toInt();
    room.entries[0] = entries.at(0).toInteger();
    room.entries[1] = entries.at(1).toInteger();
    room.local = tag.value(QStringLiteral("local")).toBool();
    return room;
}

void TournamentFeature::openRooms(const store::Tournament &tournament)
{
    if (tournament.isLocal() || tournament.status != QLatin1String("running") ||
        !tournament.bracket) {
        return;
    }
    for (const Key key : tournament.bracket->readyMatches()) {
        const auto details = tournament.details.find(key);
        const QString previous =
            details == tournament.details.end() ? QString() : details->second.roomId;
        const QString opening = openingKey(tournament.id, key);
        if (hasRoom(tournament.id, key) || m_opening.contains(opening) ||
            m_deciding.contains(previous)) {
            continue;
        }
        if (previous.isEmpty() || !m_rooms) {
            openOnlineRoom(tournament, key, previous);
            continue;
        }
        // Its room may live on: here, on another instance, or in a checkpoint that another
        // instance is taking over after its host died (it then decides the match there).
        m_opening.insert(opening);
        QPointer<TournamentFeature> self(this);
        m_rooms->findRoom(
            previous, [self, tournament, key, previous, opening](std::optional<bool> lives) {
                if (!self) {
                    return;
                }
                self->m_opening.remove(opening);
                if (!lives.value_or(true)) {
                    self->openOnlineRoom(tournament, key, previous);
                    return;
                }
                QJsonObject fields = keyJson(tournament.id, key);
                fields.insert(QStringLiteral("roomId"), previous);
                fields.insert(QStringLiteral("known"), lives.has_value());
                StructuredLog::info(QStringLiteral("tournament_room_alive"), fields);
                if (!lives) {
                    self->reload(tournament.id, kRetryMs); // Redis could not say: ask again
                }
            });
    }
}

void TournamentFeature::openOnlineRoom(const store::Tournament &tournament, Key key,
                                       const QString &previous)
{
    const TournamentBracket::Match *match = tournament.bracket->match(key);
    const store::Entry *entries[2] = {tournament.entry(*match->sides[0]),
                                      tournament.entry(*match->sides[1])};
    for (const store::Entry *entry : entries) {
        if (entry && !entry->userId) {
            // The account was erased: nobody can take this seat.
            withdrawErased(tournament.id, entry->id);
            return;
        }
    }
    if (!entries[0] || !entries[1] || !m_rooms) {
        return;
    }
    // Claimed in PostgreSQL first: of two instances opening the same match, one gets it.
    const QString roomId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime deadline =
        QDateTime::currentDateTimeUtc().addMSecs(qint64(m_context.config.showUpSeconds) * 1000);
    EventBus *bus = m_context.hub.eventBus();
    const int minAge = bus && bus->isShared() ? kClaimFreshSeconds : 0;
    const qint64 tournamentId = tournament.id;
    const QString opening = openingKey(tournamentId, key);
    m_opening.insert(opening);
    using Claimed = std::variant<store::Claimed, DomainError>;
    m_context.workers.run<Claimed>(
        this,
        [tournamentId, key, previous, roomId, deadline, minAge](QSqlDatabase &db) {
            return store::claimRoom(db, tournamentId, key, previous, roomId, deadline, minAge);
        },
        [this, tournament, key, roomId, deadline, previous, opening](Claimed claimed) {
            m_opening.remove(opening);
            QJsonObject fields = keyJson(tournament.id, key);
            fields.insert(QStringLiteral("previousRoomId"), previous);
            if (const auto *error = std::get_if<DomainError>(&claimed)) {
                fields.insert(QStringLiteral("problem"), error->message);
                StructuredLog::warning(QStringLiteral("tournament_room_not_opened"), fields);
                reload(tournament.id, kRetryMs);
                return;
            }
            switch (std::get<store::Claimed>(claimed)) {
            case store::Claimed::Claimed:
                launchOnlineRoom(tournament, key, roomId, deadline);
                return;
            case store::Claimed::Lost:
                // Another instance (or this one, a moment ago) opened it, or it was decided.
                StructuredLog::info(QStringLiteral("tournament_room_claimed_elsewhere"), fields);
                return;
            case store::Claimed::HasResult:
                // Its match is stored with a winner: decided from that (when the instance that
                // stored it is still on its way to do so, one of the two decisions is refused).
                StructuredLog::info(QStringLiteral("tournament_room_has_result"), fields);
                decideFromStoredMatch(tournament.id, key, previous);
                return;
            }
        });
}

void TournamentFeature::decideFromStoredMatch(qint64 tournamentId, Key key, const QString &roomId)
{
    if (m_deciding.contains(roomId)) {
        return; // this instance is recording that room's result already
    }
    m_deciding.insert(roomId);
    using Recorded = std::variant<store::Changed, DomainError>;
    m_context.workers.run<Recorded>(
        this,
        [tournamentId, key, roomId](QSqlDatabase &db) {
            return store::recordStoredResult(db, tournamentId, key, roomId);
        },
        [this, tournamentId, key, roomId](Recorded recorded) {
            m_deciding.remove(roomId);
            QJsonObject fields = keyJson(tournamentId, key);
            fields.insert(QStringLiteral("roomId"), roomId);
            fields.insert(QStringLiteral("fromStoredMatch"), true);
            if (const auto *changed = std::get_if<store::Changed>(&recorded)) {
                StructuredLog::info(QStringLiteral("tournament_match_decided"), fields);
                applyChange(*changed);
                return;
            }
            fields.insert(QStringLiteral("problem"), std::get<DomainError>(recorded).message);
            StructuredLog::warning(QStringLiteral("tournament_result_not_recorded"), fields);
        });
}

void TournamentFeature::launchOnlineRoom(const store::Tournament &tournament, Key key,
                                         const QString &roomId, const QDateTime &deadline)
{
    const TournamentBracket::Match *match = tournament.bracket->match(key);
    const store::Entry *entries[2] = {tournament.entry(*match->sides[0]),
                                      tournament.entry(*match->sides[1])};
    OpenRoom room;
    room.tournamentId = tournament.id;
    room.key = key;
    room.entries[0] = entries[0]->id;
    room.entries[1] = entries[1]->id;
    RoomRequest request;
    request.recordKind = MatchKind::Tournament;
    request.config = tournament.config;
    request.tournamentId = tournament.id;
    request.showUpMs =
        int(std::max<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(deadline)));
    request.roomId = roomId;
    request.tag = tagOf(room);
    for (int seat = 0; seat < 2; ++seat) {
        MatchSeat matchSeat;
        matchSeat.seat = seat;
        matchSeat.kind = SeatKind::User;
        matchSeat.userId = *entries[seat]->userId;
        matchSeat.label = entries[seat]->label;
        request.seats.push_back(matchSeat);
    }
    if (!m_rooms) {
        return;
    }
    const auto opened = m_rooms->openRoom(request);
    if (const auto *error = std::get_if<ApiError>(&opened)) {
        QJsonObject fields = keyJson(tournament.id, key);
        fields.insert(QStringLiteral("problem"), error->code);
        StructuredLog::warning(QStringLiteral("tournament_room_not_opened"), fields);
        // A player still in another match (409): the claim goes, and the room is tried again a
        // little later.
        const qint64 tournamentId = tournament.id;
        using Released = std::variant<bool, DomainError>;
        m_context.workers.run<Released>(
            this,
            [tournamentId, key, roomId](QSqlDatabase &db) {
                return store::releaseRoom(db, tournamentId, key, roomId);
            },
            [this, tournamentId](Released) { reload(tournamentId, kRetryMs); });
        return;
    }
    for (int seat = 0; seat < 2; ++seat) {
        proto::TournamentMatchReady ready;
        ready.tournamentId = tournament.id;
        ready.roomId = roomId;
        ready.round = key.round;
        ready.slot = key.slot;
        ready.you = tournament.player(entries[seat]->id);
        ready.opponent = tournament.player(entries[1 - seat]->id);
        ready.deadline = deadline;
        QJsonObject message = ready.toJson();
        m_context.hub.deliverToUser(*entries[seat]->userId, message);
        emit onlineMatchReady(*entries[seat]->userId, message);
        message.insert(QStringLiteral("_userId"), *entries[seat]->userId);
        room.readyMessages.push_back(message);
    }
    m_open.insert(roomId, room);
    QJsonObject fields = keyJson(tournament.id, key);
    fields.insert(QStringLiteral("roomId"), roomId);
    StructuredLog::info(QStringLiteral("tournament_room_opened"), fields);
}

void TournamentFeature::withdrawErased(qint64 tournamentId, qint64 entryId)
{
    using Withdrawn = std::variant<store::Changed, DomainError>;
    m_context.workers.run<Withdrawn>(
        this,
        [tournamentId, entryId](QSqlDatabase &db) {
            return store::withdrawEntry(db, tournamentId, entryId);
        },
        [this](Withdrawn result) {
            if (const auto *changed = std::get_if<store::Changed>(&result)) {
                applyChange(*changed);
            }
        });
}

void TournamentFeature::onPlayTournamentMatch(RealtimeSession *session,
                                              const proto::Envelope &envelope)
{
    const auto parsed = proto::PlayTournamentMatch::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const qint64 tournamentId = std::get<proto::PlayTournamentMatch>(parsed).tournamentId;
    const qint64 userId = session->identity()->userId;
    const QString connectionId = session->connectionId();
    using Loaded = std::variant<store::Tournament, DomainError>;
    m_context.workers.run<Loaded>(
        this,
        [tournamentId, userId](QSqlDatabase &db) { return store::load(db, tournamentId, userId); },
        [this, connectionId, userId](Loaded result) {
            RealtimeSession *live = m_context.hub.session(connectionId);
            if (!live) {
                return;
            }
            const QString type = proto::message_type::PlayTournamentMatch;
            const auto *tournament = std::get_if<store::Tournament>(&result);
            if (!tournament) {
                const DomainError &error = std::get<DomainError>(result);
                live->sendError(error.code == QLatin1String("not_found")
                                    ? proto::error_code::TournamentNotFound
                                    : error.code,
                                error.message, type);
                return;
            }
            if (!tournament->isLocal() || tournament->ownerId != userId) {
                live->sendError(proto::error_code::NotTournamentOwner,
                                QStringLiteral("only the owner of a local tournament plays "
                                               "its matches from their keyboard"),
                                type);
                return;
            }
            openLocalRoom(connectionId, userId, *tournament);
        });
}

void TournamentFeature::openLocalRoom(const QString &connectionId, qint64 userId,
                                      const store::Tournament &tournament)
{
    RealtimeSession *session = m_context.hub.session(connectionId);
    const QString type = proto::message_type::PlayTournamentMatch;
    const auto next = tournament.nextMatch();
    if (!next) {
        session->sendError(proto::error_code::NoTournamentMatch,
                           tournament.status == QLatin1String("running")
                               ? QStringLiteral("no match is ready")
                               : QStringLiteral("the tournament is over"),
                           type);
        return;
    }
    if (hasRoom(tournament.id, std::nullopt) || !m_rooms) {
        session->sendError(QStringLiteral("already_playing"),
                           QStringLiteral("a match of this tournament is being played"), type);
        return;
    }
    const TournamentBracket::Match *match = tournament.bracket->match(*next);
    RoomRequest request;
    request.recordKind = MatchKind::Tournament;
    request.config = tournament.config;
    request.tournamentId = tournament.id;
    request.localConnectionId = connectionId;
    {
        OpenRoom tagged;
        tagged.key = *next;
        tagged.entries[0] = *match->sides[0];
        tagged.entries[1] = *match->sides[1];
        tagged.local = true;
        request.tag = tagOf(tagged);
    }
    for (int seat = 0; seat < 2; ++seat) {
        MatchSeat matchSeat;
        matchSeat.seat = seat;
        matchSeat.kind = SeatKind::Guest;
        matchSeat.label = tournament.player(*match->sides[seat]).label;
        request.seats.push_back(matchSeat);
    }
    const auto opened = m_rooms->openRoom(request);
    if (const auto *error = std::get_if<ApiError>(&opened)) {
        session->sendError(error->code, error->message, type);
        return;
    }
    const QString roomId = std::get<QString>(opened);
    OpenRoom room;
    room.tournamentId = tournament.id;
    room.key = *next;
    room.entries[0] = *match->sides[0];
    room.entries[1] = *match->sides[1];
    room.local = true;
    m_open.insert(roomId, room);
    QJsonObject fields = keyJson(tournament.id, *next);
    fields.insert(QStringLiteral("roomId"), roomId);
    fields.insert(QStringLiteral("userId"), userId);
    StructuredLog::info(QStringLiteral("tournament_room_opened"), fields);
    const qint64 tournamentId = tournament.id;
    const Key key = *next;
    using Marked = std::variant<bool, DomainError>;
    m_context.workers.run<Marked>(
        this,
        [tournamentId, key, roomId](QSqlDatabase &db) {
            return store::markRoomOpened(db, tournamentId, key, roomId, QDateTime());
        },
        [](Marked) {});
}

void TournamentFeature::onRoomFinished(const RoomOutcome &outcome)
{
    m_open.remove(outcome.roomId);
    // Opened here or on an instance that died (its tag came with the checkpoint): either way
    // PostgreSQL decides whether this room still decides its match (recordResult).
    const std::optional<OpenRoom> decided = roomOf(outcome);
    if (!decided) {
        return; // not a tournament room
    }
    const OpenRoom &room = *decided;
    const auto entryAt = [&room](int seat) {
        return seat == 0 || seat == 1 ? std::optional<qint64>(room.entries[seat]) : std::nullopt;
    };
    if (outcome.walkover) {
        record(outcome.roomId, room, Result::Walkover, entryAt(outcome.winnerSeat),
               outcome.matchId);
        return;
    }
    if (outcome.endReason == MatchEndReason::Abandoned || outcome.winnerSeat < 0) {
        // Nobody won a match that was under way (everyone left, the server stopped): it was
        // never decided, so it is played again (online: a new room and a new deadline).
        QJsonObject fields = keyJson(room.tournamentId, room.key);
        fields.insert(QStringLiteral("roomId"), outcome.roomId);
        StructuredLog::info(QStringLiteral("tournament_match_undecided"), fields);
        if (!room.local) {
            reload(room.tournamentId, 0);
        }
        return;
    }
    record(outcome.roomId, room,
           outcome.endReason == MatchEndReason::Forfeit ? Result::Forfeit : Result::Played,
           entryAt(outcome.winnerSeat), outcome.matchId);
}

void TournamentFeature::record(const QString &roomId, OpenRoom room, Result result,
                               std::optional<qint64> winner, std::optional<qint64> matchId)
{
    using Recorded = std::variant<store::Changed, DomainError>;
    const qint64 tournamentId = room.tournamentId;
    const Key key = room.key;
    m_deciding.insert(roomId);
    m_context.workers.run<Recorded>(
        this,
        [tournamentId, key, roomId, result, winner, matchId](QSqlDatabase &db) {
            return store::recordResult(db, tournamentId, key, roomId, result, winner, matchId);
        },
        [this, roomId, room, result, winner, matchId](Recorded recorded) mutable {
            m_deciding.remove(roomId);
            if (const auto *changed = std::get_if<store::Changed>(&recorded)) {
                QJsonObject fields = keyJson(room.tournamentId, room.key);
                fields.insert(QStringLiteral("result"), TournamentBracket::resultName(result));
                fields.insert(QStringLiteral("winnerEntryId"),
                              winner ? QJsonValue(*winner) : QJsonValue());
                fields.insert(QStringLiteral("roomId"), roomId);
                StructuredLog::info(QStringLiteral("tournament_match_decided"), fields);
                applyChange(*changed);
                return;
            }
            const DomainError &error = std::get<DomainError>(recorded);
            QJsonObject fields = keyJson(room.tournamentId, room.key);
            fields.insert(QStringLiteral("problem"), error.message);
            StructuredLog::warning(QStringLiteral("tournament_result_not_recorded"), fields);
            if (error.code == QLatin1String("database_unavailable") &&
                ++room.recordAttempts < kMaxRecordAttempts) {
                m_deciding.insert(roomId);
                QTimer::singleShot(kRetryMs, this, [this, roomId, room, result, winner, matchId] {
                    record(roomId, room, result, winner, matchId);
                });
            }
        });
}

void TournamentFeature::onSessionReady(qint64 userId, const QString &connectionId)
{
    RealtimeSession *session = m_context.hub.session(connectionId);
    if (!session) {
        return;
    }
    // A player who connects after their match was announced still hears about it.
    for (const OpenRoom &room : std::as_const(m_open)) {
        for (QJsonObject message : room.readyMessages) {
            if (message.take(QStringLiteral("_userId")).toInteger() == userId) {
                session->sendJson(message);
            }
        }
    }
}

void TournamentFeature::notify(const store::Changed &changed)
{
    const store::Tournament &t = changed.tournament;
    proto::TournamentUpdate update;
    update.tournamentId = t.id;
    update.status = t.status;
    for (const Key key : changed.matches) {
        update.matches.push_back(t.matchState(key));
    }
    if (const auto next = t.nextMatch()) {
        update.nextMatch = t.matchState(*next);
        update.announcement =
            proto::matchAnnouncement(*update.nextMatch->sides[0], *update.nextMatch->sides[1]);
    }
    const QJsonObject message = update.toJson();
    const bool over = changed.statusChanged && t.status == QLatin1String("finished");
    proto::TournamentOver end{t.id, std::nullopt};
    if (t.winnerEntryId) {
        end.winner = t.player(*t.winnerEntryId);
    }
    for (const qint64 userId : t.audience()) {
        m_context.hub.deliverToUser(userId, message);
        if (over) {
            m_context.hub.deliverToUser(userId, end.toJson());
        }
    }
    if (!t.isLocal()) {
        emit onlineTournamentChanged(t.id);
        QJsonArray decided;
        for (const auto &state : update.matches) {
            if (state.status == QLatin1String("finished")) {
                decided.append(state.toJson());
            }
        }
        if (!decided.isEmpty()) {
            emit onlineMatchesDecided(t.id, decided);
        }
        if (over) {
            emit onlineTournamentOver(t.id, end.winner ? end.winner->toJson() : QJsonObject());
        }
    }
    if (over) {
        StructuredLog::info(QStringLiteral("tournament_finished"),
                            {{QStringLiteral("tournamentId"), t.id},
                             {QStringLiteral("winnerEntryId"),
                              t.winnerEntryId ? QJsonValue(*t.winnerEntryId) : QJsonValue()}});
    }
}

} // namespace transcendence::server
