#include "tournaments/TournamentRoutes.h"

#include "db/DatabaseWorkers.h"
#include "http/RequestParameters.h"
#include "http/Router.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

#include <cmath>

namespace transcendence::server {
namespace {

// Tournaments a player may create in an hour: each is a lobby others see and join.
constexpr RateLimiter::Rule kTournamentsPerUser{10, 3600};

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;
namespace store = tournament_store;

const QStringList kStatuses{QStringLiteral("open"), QStringLiteral("running"),
                            QStringLiteral("finished"), QStringLiteral("cancelled")};

ApiError notFound()
{
    return {
        Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such tournament"), {}};
}

// A name or alias: trimmed, 1..maxLength characters, no control characters.
// The API's wording of the shared name rules (common/tournament/Names.h).
FieldProblem problemText(tournament::NameProblem problem, int maxLength)
{
    switch (problem) {
    case tournament::NameProblem::None:
        return {};
    case tournament::NameProblem::Empty:
        return {QStringLiteral("empty"), QStringLiteral("must not be empty"), {}};
    case tournament::NameProblem::TooLong:
        return FieldProblem::tooLong(maxLength);
    case tournament::NameProblem::ControlCharacter:
        return {QStringLiteral("control_character"),
                QStringLiteral("must not contain control characters"),
                {}};
    case tournament::NameProblem::Repeated:
        return {
            QStringLiteral("repeated"), QStringLiteral("is used twice (aliases ignore case)"), {}};
    }
    return {};
}

FieldProblem nameProblem(const QString &text, int maxLength)
{
    return problemText(tournament::nameProblem(text, maxLength), maxLength);
}

// An optional integer field in [minimum, maximum].
int integerField(const QJsonObject &body, const QString &field, FieldErrors &errors, int minimum,
                 int maximum, int fallback)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        return fallback;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || number < minimum || number > maximum) {
        errors.add(field,
                   FieldProblem{
                       QStringLiteral("out_of_range"),
                       QStringLiteral("must be an integer from %1 to %2").arg(minimum).arg(maximum),
                       {{QStringLiteral("min"), minimum}, {QStringLiteral("max"), maximum}}});
        return fallback;
    }
    return int(number);
}

} // namespace

std::variant<store::NewTournament, ApiError>
TournamentRoutes::newTournamentFrom(const QJsonObject &body)
{
    FieldErrors errors;
    store::NewTournament result;
    result.kind = stringField(body, QStringLiteral("kind"), errors, true, 16);
    if (!errors.has(QStringLiteral("kind")) && result.kind != QLatin1String("local") &&
        result.kind != QLatin1String("online")) {
        errors.add(QStringLiteral("kind"), QStringLiteral("one_of"),
                   QStringLiteral("must be local or online"));
    }
    result.name = stringField(body, QStringLiteral("name"), errors, true, 1000);
    if (!errors.has(QStringLiteral("name"))) {
        const FieldProblem problem = nameProblem(result.name, store::kMaxNameLength);
        if (!problem.isEmpty()) {
            errors.add(QStringLiteral("name"), problem);
        }
    }
    const QJsonValue config = body.value(QStringLiteral("config"));
    if (config.isObject()) {
        auto parsed = engine::MatchConfig::fromJson(config.toObject());
        if (const auto *problems = std::get_if<engine::FieldErrors>(&parsed)) {
            for (auto it = problems->cbegin(); it != problems->cend(); ++it) {
                errors.add(QStringLiteral("config.") + it.key(), FieldProblem::invalid(it.value()));
            }
        } else {
            result.config = std::get<engine::MatchConfig>(parsed);
            if (result.config.mode != engine::GameMode::OneVsOne) {
                errors.add(QStringLiteral("config.mode"), QStringLiteral("one_vs_one_only"),
                           QStringLiteral("tournament matches are one_vs_one"));
            }
        }
    } else if (!config.isUndefined() && !config.isNull()) {
        errors.add(QStringLiteral("config"),
                   FieldProblem::invalid(QStringLiteral("must be a match configuration")));
    }
    const int limit = TournamentBracket::kMaxEntries;
    if (result.kind == QLatin1String("local")) {
        const QJsonValue aliases = body.value(QStringLiteral("aliases"));
        const QJsonArray list = aliases.toArray();
        if (!aliases.isArray() || list.size() < TournamentBracket::kMinEntries ||
            list.size() > limit) {
            errors.add(QStringLiteral("aliases"),
                       FieldProblem{QStringLiteral("alias_count"),
                                    QStringLiteral("must list %1 to %2 aliases")
                                        .arg(TournamentBracket::kMinEntries)
                                        .arg(limit),
                                    {{QStringLiteral("min"), TournamentBracket::kMinEntries},
                                     {QStringLiteral("max"), limit}}});
        } else {
            QStringList names;
            for (const QJsonValue &alias : list) {
                names << alias.toString();
            }
            const std::vector<tournament::NameProblem> problems = tournament::aliasProblems(names);
            for (int i = 0; i < list.size(); ++i) {
                const FieldProblem problem =
                    list[i].isString()
                        ? problemText(problems[std::size_t(i)], store::kMaxAliasLength)
                        : FieldProblem::notString();
                if (!problem.isEmpty()) {
                    errors.add(QStringLiteral("aliases[%1]").arg(i), problem);
                }
                result.aliases << names[i].trimmed();
            }
        }
        for (const char *field : {"minPlayers", "maxPlayers"}) {
            if (body.contains(QLatin1String(field))) {
                errors.add(QLatin1String(field), QStringLiteral("not_allowed"),
                           QStringLiteral("a local tournament has as many players as aliases"));
            }
        }
    } else if (result.kind == QLatin1String("online")) {
        if (body.contains(QStringLiteral("aliases"))) {
            errors.add(QStringLiteral("aliases"), QStringLiteral("not_allowed"),
                       QStringLiteral("players join an online tournament themselves"));
        }
        result.minPlayers =
            integerField(body, QStringLiteral("minPlayers"), errors, TournamentBracket::kMinEntries,
                         limit, TournamentBracket::kMinEntries);
        result.maxPlayers = integerField(body, QStringLiteral("maxPlayers"), errors,
                                         TournamentBracket::kMinEntries, limit, limit);
        if (!errors.has(QStringLiteral("minPlayers")) &&
            !errors.has(QStringLiteral("maxPlayers")) && result.maxPlayers < result.minPlayers) {
            errors.add(QStringLiteral("maxPlayers"), QStringLiteral("below_min_players"),
                       QStringLiteral("must be at least minPlayers"));
        }
    }
    if (!errors.isEmpty()) {
        return errors.toError();
    }
    return result;
}

TournamentRoutes::TournamentRoutes(const FeatureContext &context,
                                   std::function<void(const store::Changed &)> changed,
                                   QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_changed(std::move(changed))
{}

void TournamentRoutes::registerRoutes(Router &router)
{
    const BodyRule none = BodyRule::none();
    const Access user = Access::SignedIn;
    router.add(this, {
                         {Method::Get, QStringLiteral("/api/tournaments"), user, none,
                          &TournamentRoutes::handleList},
                         {Method::Post, QStringLiteral("/api/tournaments"), user, BodyRule::json(),
                          &TournamentRoutes::handleCreate},
                         {Method::Get, QStringLiteral("/api/tournaments/<arg>"), user, none,
                          &TournamentRoutes::handleOne},
                     });
    // The actions on one tournament: POST, answered with the tournament as it now is.
    const auto action = [&](const QString &path, BodyRule body, Action work) {
        router.add(Route{Method::Post, path, user, body,
                         [this, work = std::move(work)](const RouteCall &call) {
                             runAction(call, work);
                         }});
    };
    // An empty body is an empty object; anything else must be JSON.
    action(QStringLiteral("/api/tournaments/<arg>/join"), BodyRule::optionalJson(),
           [](QSqlDatabase &db, qint64 tournamentId, qint64 userId, const QJsonObject &body) {
               return store::join(db, tournamentId, userId,
                                  body.value(QStringLiteral("alias")).toString());
           });
    action(QStringLiteral("/api/tournaments/<arg>/leave"), none,
           [](QSqlDatabase &db, qint64 tournamentId, qint64 userId, const QJsonObject &) {
               return store::leave(db, tournamentId, userId);
           });
    action(QStringLiteral("/api/tournaments/<arg>/start"), none,
           [](QSqlDatabase &db, qint64 tournamentId, qint64 userId, const QJsonObject &) {
               return store::start(db, tournamentId, userId);
           });
    action(QStringLiteral("/api/tournaments/<arg>/cancel"), none,
           [](QSqlDatabase &db, qint64 tournamentId, qint64 userId, const QJsonObject &) {
               return store::cancel(db, tournamentId, userId);
           });
}

void TournamentRoutes::handleList(const RouteCall &call)
{
    const QUrlQuery &query = call.query;
    FieldErrors errors;
    const int limit =
        integerParameter(query, QStringLiteral("limit"), errors, 1, kMaxLimit, kDefaultLimit);
    const int offset = integerParameter(query, QStringLiteral("offset"), errors, 0, kMaxOffset, 0);
    QStringList statuses;
    if (query.hasQueryItem(QStringLiteral("status"))) {
        statuses = query.queryItemValue(QStringLiteral("status")).split(QLatin1Char(','));
        for (const QString &status : std::as_const(statuses)) {
            if (!kStatuses.contains(status)) {
                errors.add(QStringLiteral("status"), QStringLiteral("one_of"),
                           QStringLiteral("must be a comma-separated list of open, running, "
                                          "finished, cancelled"));
                break;
            }
        }
    }
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    using Result = std::variant<store::Page, DomainError>;
    m_context.workers.run<Result>(
        this,
        [userId = call.user.id, statuses, limit, offset](QSqlDatabase &db) {
            return store::list(db, userId, statuses, limit, offset);
        },
        answer<store::Page, DomainError>(call.reply, [limit, offset](const store::Page &page) {
            QJsonArray items;
            for (const auto &t : page.items) {
                items.append(t.summaryJson());
            }
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("tournaments"), items},
                            {QStringLiteral("limit"), limit},
                            {QStringLiteral("offset"), offset},
                            {QStringLiteral("total"), page.total},
                            {QStringLiteral("hasMore"), offset + items.size() < page.total}});
        }));
}

void TournamentRoutes::handleCreate(const RouteCall &call)
{
    auto fields = newTournamentFrom(call.json);
    if (const auto *error = std::get_if<ApiError>(&fields)) {
        call.fail(*error);
        return;
    }
    const auto tournament = std::get<store::NewTournament>(std::move(fields));
    m_limits.check(
        {{QStringLiteral("tournaments-created:%1").arg(call.user.id), kTournamentsPerUser}},
        [this, call, tournament](int retryAfter) {
            if (retryAfter > 0) {
                call.send(RateLimiter::tooManyRequests(retryAfter));
                return;
            }
            using Result = std::variant<store::Tournament, DomainError>;
            m_context.workers.run<Result>(
                this,
                [userId = call.user.id, tournament](QSqlDatabase &db) {
                    return store::create(db, userId, tournament);
                },
                answer<store::Tournament, DomainError>(
                    call.reply, [this](const store::Tournament &created) {
                        m_changed(store::Changed{created, {}, true});
                        return QHttpServerResponse(created.toJson(), Status::Created);
                    }));
        });
}

void TournamentRoutes::handleOne(const RouteCall &call)
{
    const auto tournamentId = positiveIdFrom(call.arg());
    if (!tournamentId) {
        call.fail(notFound());
        return;
    }
    using Result = std::variant<store::Tournament, DomainError>;
    m_context.workers.run<Result>(
        this,
        [tournamentId, userId = call.user.id](QSqlDatabase &db) {
            return store::load(db, *tournamentId, userId);
        },
        answer<store::Tournament, DomainError>(call.reply, [](const store::Tournament &tournament) {
            return QHttpServerResponse(tournament.toJson());
        }));
}

void TournamentRoutes::runAction(const RouteCall &call, const Action &action)
{
    const QJsonObject &fields = call.json;
    FieldErrors errors;
    const QString alias = stringField(fields, QStringLiteral("alias"), errors, false, 1000);
    if (!errors.has(QStringLiteral("alias")) && !alias.isNull()) {
        const FieldProblem problem = nameProblem(alias, store::kMaxAliasLength);
        if (!problem.isEmpty()) {
            errors.add(QStringLiteral("alias"), problem);
        }
    }
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    const auto tournamentId = positiveIdFrom(call.arg());
    if (!tournamentId) {
        call.fail(notFound());
        return;
    }
    using Result = std::variant<store::Changed, DomainError>;
    m_context.workers.run<Result>(
        this,
        [action, tournamentId, userId = call.user.id, fields](QSqlDatabase &db) {
            return action(db, *tournamentId, userId, fields);
        },
        answer<store::Changed, DomainError>(call.reply, [this](const store::Changed &changed) {
            m_changed(changed);
            return QHttpServerResponse(changed.tournament.toJson());
        }));
}

} // namespace transcendence::server
