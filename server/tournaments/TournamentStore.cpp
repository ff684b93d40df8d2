#include "tournaments/TournamentStore.h"

#include "auth/AccountStore.h"
#include "http/JsonBody.h"
#include "matches/Achievements.h"
#include "replay/InputLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace transcendence::server::tournament_store {
namespace {

using Status = QHttpServerResponder::StatusCode;
using Key = TournamentBracket::Key;

DomainError notFound()
{
    return DomainError::notFound(QStringLiteral("no such tournament"));
}

// A refusal because of the tournament's state, named by its code (409 over HTTP).
DomainError conflict(const QString &code, const QString &message)
{
    return {code, message, {}};
}

DomainError notOwner()
{
    return DomainError::forbidden(QStringLiteral("only the tournament's owner may do this"));
}

// Rolls back the open transaction and passes the error on.
DomainError abandon(QSqlDatabase &db, DomainError error)
{
    db.rollback();
    return error;
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

std::optional<qint64> idOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QDateTime utc(const QVariant &value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

bool exec(QSqlQuery &query)
{
    return query.exec();
}

// The tournament, its entries and its bracket; locked for the transaction when forUpdate.
std::variant<Tournament, DomainError> read(QSqlDatabase &db, qint64 tournamentId, bool forUpdate)
{
    QSqlQuery row(db);
    row.prepare(
        QStringLiteral("SELECT t.id, t.kind, t.name, t.owner_id, coalesce(u.display_name, ''), "
                       "t.status, t.config::text, t.min_players, t.max_players, t.bracket_size, "
                       "t.created_at, t.started_at, t.finished_at, t.winner_entry_id "
                       "FROM tournaments t LEFT JOIN users u ON u.id = t.owner_id WHERE t.id = ?") +
        (forUpdate ? QStringLiteral(" FOR UPDATE OF t") : QString()));
    row.addBindValue(tournamentId);
    if (!exec(row)) {
        return DomainError::unavailable();
    }
    if (!row.next()) {
        return notFound();
    }
    Tournament t;
    t.id = row.value(0).toLongLong();
    t.kind = row.value(1).toString();
    t.name = row.value(2).toString();
    t.ownerId = idOrNone(row.value(3));
    t.ownerName = row.value(4).toString();
    t.status = row.value(5).toString();
    const auto config =
        engine::MatchConfig::fromJson(QJsonDocument::fromJson(row.value(6).toByteArray()).object());
    if (const auto *parsed = std::get_if<engine::MatchConfig>(&config)) {
        t.config = *parsed;
    }
    t.minPlayers = row.value(7).toInt();
    t.maxPlayers = row.value(8).toInt();
    const int bracketSize = row.value(9).isNull() ? 0 : row.value(9).toInt();
    t.createdAt = utc(row.value(10));
    t.startedAt = utc(row.value(11));
    t.finishedAt = utc(row.value(12));
    t.winnerEntryId = idOrNone(row.value(13));

    QSqlQuery entries(db);
    entries.prepare(QStringLiteral(
        "SELECT id, user_id, coalesce(label, ''), coalesce(seed, 0), left_at IS NOT NULL, "
        "eliminated_in FROM tournament_entries WHERE tournament_id = ? "
        "ORDER BY seed NULLS LAST, joined_at, id"));
    entries.addBindValue(tournamentId);
    if (!exec(entries)) {
        return DomainError::unavailable();
    }
    std::set<qint64> left;
    while (entries.next()) {
        Entry entry;
        entry.id = entries.value(0).toLongLong();
        entry.userId = idOrNone(entries.value(1));
        entry.label = entries.value(2).toString();
        entry.seed = entries.value(3).toInt();
        entry.left = entries.value(4).toBool();
        if (!entries.value(5).isNull()) {
            entry.eliminatedIn = entries.value(5).toInt();
        }
        if (entry.left) {
            left.insert(entry.id);
        }
        t.entries.push_back(entry);
    }
    if (bracketSize == 0) {
        return t;
    }
    QSqlQuery matches(db);
    matches.prepare(QStringLiteral(
        "SELECT round, slot, entry_a, entry_b, status, coalesce(result, ''), winner_entry, "
        "match_id, coalesce(room_id, ''), ready_at, deadline, finished_at "
        "FROM tournament_matches WHERE tournament_id = ?"));
    matches.addBindValue(tournamentId);
    if (!exec(matches)) {
        return DomainError::unavailable();
    }
    std::vector<TournamentBracket::Match> bracket;
    while (matches.next()) {
        TournamentBracket::Match match;
        match.round = matches.value(0).toInt();
        match.slot = matches.value(1).toInt();
        match.sides[0] = idOrNone(matches.value(2));
        match.sides[1] = idOrNone(matches.value(3));
        match.status = TournamentBracket::statusFromName(matches.value(4).toString())
                           .value_or(TournamentBracket::Status::Pending);
        match.result = TournamentBracket::resultFromName(matches.value(5).toString())
                           .value_or(TournamentBracket::Result::None);
        match.winner = idOrNone(matches.value(6));
        bracket.push_back(match);
        t.details[{match.round, match.slot}] =
            MatchDetails{idOrNone(matches.value(7)), matches.value(8).toString(),
                         utc(matches.value(9)), utc(matches.value(10)), utc(matches.value(11))};
    }
    t.bracket = TournamentBracket::restored(bracketSize, std::move(bracket), std::move(left));
    if (!t.bracket) {
        return DomainError{QStringLiteral("internal_error"),
                           QStringLiteral("the stored bracket is incomplete"),
                           {}};
    }
    return t;
}

bool writeMatch(QSqlDatabase &db, qint64 tournamentId, const TournamentBracket::Match &match,
                bool insert)
{
    QSqlQuery query(db);
    if (insert) {
        query.prepare(QStringLiteral(
            "INSERT INTO tournament_matches (entry_a, entry_b, status, result, winner_entry, "
            "finished_at, tournament_id, round, slot) "
            "VALUES (?, ?, ?, ?, ?, CASE WHEN ? THEN now() END, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE tournament_matches SET entry_a = ?, entry_b = ?, status = ?, result = ?, "
            "winner_entry = ?, finished_at = CASE WHEN ? THEN coalesce(finished_at, now()) END "
            "WHERE tournament_id = ? AND round = ? AND slot = ?"));
    }
    const bool finished = match.status == TournamentBracket::Status::Finished;
    query.addBindValue(nullableId(match.sides[0]));
    query.addBindValue(nullableId(match.sides[1]));
    query.addBindValue(TournamentBracket::statusName(match.status));
    query.addBindValue(nullableText(TournamentBracket::resultName(match.result)));
    query.addBindValue(nullableId(match.winner));
    query.addBindValue(finished);
    query.addBindValue(tournamentId);
    query.addBindValue(match.round);
    query.addBindValue(match.slot);
    return query.exec() && query.numRowsAffected() == 1;
}

// Writes the matches that changed, who is out, and the end of the tournament once decided.
bool writeBracket(QSqlDatabase &db, Tournament &t, const std::vector<Key> &changed, bool insert)
{
    const TournamentBracket &bracket = *t.bracket;
    if (insert) {
        for (const auto &match : bracket.matches()) {
            if (!writeMatch(db, t.id, match, true)) {
                return false;
            }
        }
    } else {
        for (const Key &key : changed) {
            if (!writeMatch(db, t.id, *bracket.match(key), false)) {
                return false;
            }
        }
    }
    for (Entry &entry : t.entries) {
        const std::optional<int> out = bracket.eliminatedIn(entry.id);
        if (out == entry.eliminatedIn) {
            continue;
        }
        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE tournament_entries SET eliminated_in = ? WHERE id = ?"));
        update.addBindValue(out ? QVariant(*out) : QVariant(QMetaType::fromType<int>()));
        update.addBindValue(entry.id);
        if (!update.exec()) {
            return false;
        }
        entry.eliminatedIn = out;
    }
    if (bracket.isFinished() && t.status == QLatin1String("running")) {
        QSqlQuery finish(db);
        finish.prepare(QStringLiteral(
            "UPDATE tournaments SET status = 'finished', finished_at = now(), winner_entry_id = ? "
            "WHERE id = ? RETURNING finished_at"));
        finish.addBindValue(nullableId(bracket.champion()));
        finish.addBindValue(t.id);
        if (!finish.exec() || !finish.next()) {
            return false;
        }
        t.status = QStringLiteral("finished");
        t.finishedAt = utc(finish.value(0));
        t.winnerEntryId = bracket.champion();
        if (t.winnerEntryId && !achievements::awardTournamentWin(db, *t.winnerEntryId)) {
            return false;
        }
    }
    return true;
}

// Re-reads after the commit, so callers see exactly what is stored (times included).
std::variant<Changed, DomainError> committed(QSqlDatabase &db, qint64 tournamentId,
                                             std::vector<Key> changed, bool statusChanged)
{
    if (!db.commit()) {
        return abandon(db, DomainError::unavailable());
    }
    auto reread = read(db, tournamentId, false);
    if (const auto *error = std::get_if<DomainError>(&reread)) {
        return *error;
    }
    return Changed{std::get<Tournament>(std::move(reread)), std::move(changed), statusChanged};
}

// Starts a transaction and locks the tournament's row.
std::variant<Tournament, DomainError> lock(QSqlDatabase &db, qint64 tournamentId)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    auto t = read(db, tournamentId, true);
    if (const auto *error = std::get_if<DomainError>(&t)) {
        return abandon(db, *error);
    }
    return t;
}

bool visibleTo(const Tournament &t, qint64 viewerId)
{
    return !t.isLocal() || t.ownerId == viewerId;
}

} // namespace

const Entry *Tournament::entry(qint64 entryId) const
{
    for (const Entry &e : entries) {
        if (e.id == entryId) {
            return &e;
        }
    }
    return nullptr;
}

const Entry *Tournament::entryOfUser(qint64 userId) const
{
    for (const Entry &e : entries) {
        if (e.userId == userId) {
            return &e;
        }
    }
    return nullptr;
}

protocol::TournamentPlayer Tournament::player(qint64 entryId) const
{
    const Entry *e = entry(entryId);
    return {entryId, e ? e->label : QString()};
}

protocol::TournamentMatchState Tournament::matchState(Key key) const
{
    protocol::TournamentMatchState state;
    state.round = key.round;
    state.slot = key.slot;
    const TournamentBracket::Match *match = bracket ? bracket->match(key) : nullptr;
    if (!match) {
        return state;
    }
    state.status = TournamentBracket::statusName(match->status);
    state.result = TournamentBracket::resultName(match->result);
    for (int side = 0; side < 2; ++side) {
        if (match->sides[side]) {
            state.sides[side] = player(*match->sides[side]);
        }
    }
    state.winnerEntryId = match->winner;
    const auto found = details.find(key);
    if (found != details.end()) {
        state.matchId = found->second.matchId;
    }
    return state;
}

std::optional<Key> Tournament::nextMatch() const
{
    if (!bracket || status != QLatin1String("running")) {
        return std::nullopt;
    }
    const auto ready = bracket->readyMatches();
    return ready.empty() ? std::nullopt : std::optional<Key>(ready.front());
}

std::vector<qint64> Tournament::audience() const
{
    std::vector<qint64> users;
    if (ownerId) {
        users.push_back(*ownerId);
    }
    for (const Entry &e : entries) {
        if (e.userId && !e.left &&
            std::find(users.begin(), users.end(), *e.userId) == users.end()) {
            users.push_back(*e.userId);
        }
    }
    return users;
}

QJsonObject Tournament::summaryJson() const
{
    QJsonObject winner;
    if (winnerEntryId) {
        winner = player(*winnerEntryId).toJson();
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name},
            {QStringLiteral("owner"),
             ownerId ? QJsonValue(QJsonObject{{QStringLiteral("id"), *ownerId},
                                              {QStringLiteral("displayName"), ownerName}})
                     : QJsonValue()},
            {QStringLiteral("status"), status},
            {QStringLiteral("config"), config.toJson()},
            {QStringLiteral("minPlayers"), minPlayers},
            {QStringLiteral("maxPlayers"), maxPlayers},
            {QStringLiteral("playerCount"), qint64(entries.size())},
            {QStringLiteral("createdAt"), timeJson(createdAt)},
            {QStringLiteral("startedAt"), timeJson(startedAt)},
            {QStringLiteral("finishedAt"), timeJson(finishedAt)},
            {QStringLiteral("winner"), winnerEntryId ? QJsonValue(winner) : QJsonValue()}};
}

QJsonObject Tournament::toJson() const
{
    QJsonObject json = summaryJson();
    QJsonArray entryList;
    for (const Entry &e : entries) {
        entryList.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("userId"), e.userId ? QJsonValue(*e.userId) : QJsonValue()},
            {QStringLiteral("label"), e.label.isEmpty() ? QJsonValue() : QJsonValue(e.label)},
            {QStringLiteral("seed"), e.seed > 0 ? QJsonValue(e.seed) : QJsonValue()},
            {QStringLiteral("left"), e.left},
            {QStringLiteral("eliminatedInRound"),
             e.eliminatedIn ? QJsonValue(*e.eliminatedIn) : QJsonValue()}});
    }
    json.insert(QStringLiteral("entries"), entryList);
    QJsonArray matchList;
    if (bracket) {
        for (const auto &match : bracket->matches()) {
            const Key key{match.round, match.slot};
            QJsonObject state = matchState(key).toJson();
            const auto found = details.find(key);
            const MatchDetails extra = found == details.end() ? MatchDetails{} : found->second;
            const bool open = match.status == TournamentBracket::Status::Ready;
            state.insert(QStringLiteral("roomId"),
                         open && !extra.roomId.isEmpty() ? QJsonValue(extra.roomId) : QJsonValue());
            state.insert(QStringLiteral("readyAt"), timeJson(extra.readyAt));
            state.insert(QStringLiteral("deadline"), timeJson(extra.deadline));
            state.insert(QStringLiteral("finishedAt"), timeJson(extra.finishedAt));
            matchList.append(state);
        }
    }
    json.insert(QStringLiteral("rounds"), bracket ? bracket->rounds() : 0);
    json.insert(QStringLiteral("matches"), matchList);
    const auto next = nextMatch();
    if (next) {
        const auto state = matchState(*next);
        QJsonObject nextJson = state.toJson();
        nextJson.insert(QStringLiteral("announcement"),
                        protocol::matchAnnouncement(*state.sides[0], *state.sides[1]));
        json.insert(QStringLiteral("nextMatch"), nextJson);
    } else {
        json.insert(QStringLiteral("nextMatch"), QJsonValue());
    }
    return json;
}

std::variant<Tournament, DomainError> create(QSqlDatabase &db, qint64 ownerId,
                                             const NewTournament &tournament)
{
    const bool local = tournament.kind == QLatin1String("local");
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    const int players = int(tournament.aliases.size());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO tournaments (kind, name, owner_id, status, config, min_players, max_players, "
        "bracket_size, started_at) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, "
        "CASE WHEN ? THEN now() END) RETURNING id"));
    insert.addBindValue(tournament.kind);
    insert.addBindValue(tournament.name.trimmed());
    insert.addBindValue(ownerId);
    insert.addBindValue(local ? QStringLiteral("running") : QStringLiteral("open"));
    insert.addBindValue(QString::fromUtf8(
        QJsonDocument(tournament.config.toJson()).toJson(QJsonDocument::Compact)));
    insert.addBindValue(local ? players : tournament.minPlayers);
    insert.addBindValue(local ? players : tournament.maxPlayers);
    int size = 4;
    while (size < players) {
        size *= 2;
    }
    insert.addBindValue(local ? QVariant(size) : QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(local);
    if (!insert.exec() || !insert.next()) {
        return abandon(db, DomainError::unavailable());
    }
    const qint64 id = insert.value(0).toLongLong();
    if (local) {
        std::vector<qint64> seeds;
        for (int i = 0; i < players; ++i) {
            QSqlQuery entry(db);
            entry.prepare(QStringLiteral("INSERT INTO tournament_entries (tournament_id, label, "
                                         "seed) VALUES (?, ?, ?) RETURNING id"));
            entry.addBindValue(id);
            entry.addBindValue(tournament.aliases[i].trimmed());
            entry.addBindValue(i + 1);
            if (!entry.exec() || !entry.next()) {
                return abandon(db, DomainError::unavailable());
            }
            seeds.push_back(entry.value(0).toLongLong());
        }
        // Its rows are not all there yet (no bracket): build what writeBracket needs.
        Tournament t;
        t.id = id;
        t.kind = tournament.kind;
        t.status = QStringLiteral("running");
        for (const qint64 entry : seeds) {
            t.entries.push_back(Entry{entry, {}, {}, 0, false, {}});
        }
        t.bracket = TournamentBracket::seeded(seeds);
        if (!t.bracket || !writeBracket(db, t, {}, true)) {
            return abandon(db, DomainError::unavailable());
        }
    }
    if (!db.commit()) {
        return abandon(db, DomainError::unavailable());
    }
    return read(db, id, false);
}

std::variant<Page, DomainError> list(QSqlDatabase &db, qint64 viewerId, const QStringList &statuses,
                                     int limit, int offset)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    const QString filter =
        QStringLiteral("FROM tournaments t LEFT JOIN users u ON u.id = t.owner_id "
                       "WHERE (t.kind = 'online' OR t.owner_id = ?) "
                       "AND (cardinality(?::text[]) = 0 OR t.status = ANY (?::text[]))");
    const QString statusArray = QStringLiteral("{") + statuses.join(QLatin1Char(',')) +
                                QStringLiteral("}"); // names checked by the caller
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) ") + filter);
    count.addBindValue(viewerId);
    count.addBindValue(statusArray);
    count.addBindValue(statusArray);
    if (!count.exec() || !count.next()) {
        return DomainError::unavailable();
    }
    Page page;
    page.total = count.value(0).toLongLong();
    QSqlQuery rows(db);
    rows.prepare(
        QStringLiteral(
            "SELECT t.id, t.kind, t.name, t.owner_id, coalesce(u.display_name, ''), t.status, "
            "t.config::text, t.min_players, t.max_players, t.created_at, t.started_at, "
            "t.finished_at, t.winner_entry_id, (SELECT count(*) FROM tournament_entries e WHERE "
            "e.tournament_id = t.id), (SELECT coalesce(label, '') FROM tournament_entries e "
            "WHERE e.id = t.winner_entry_id) ") +
        filter + QStringLiteral(" ORDER BY t.id DESC LIMIT ? OFFSET ?"));
    rows.addBindValue(viewerId);
    rows.addBindValue(statusArray);
    rows.addBindValue(statusArray);
    rows.addBindValue(limit);
    rows.addBindValue(offset);
    if (!rows.exec()) {
        return DomainError::unavailable();
    }
    while (rows.next()) {
        Tournament t;
        t.id = rows.value(0).toLongLong();
        t.kind = rows.value(1).toString();
        t.name = rows.value(2).toString();
        t.ownerId = idOrNone(rows.value(3));
        t.ownerName = rows.value(4).toString();
        t.status = rows.value(5).toString();
        const auto config = engine::MatchConfig::fromJson(
            QJsonDocument::fromJson(rows.value(6).toByteArray()).object());
        if (const auto *parsed = std::get_if<engine::MatchConfig>(&config)) {
            t.config = *parsed;
        }
        t.minPlayers = rows.value(7).toInt();
        t.maxPlayers = rows.value(8).toInt();
        t.createdAt = utc(rows.value(9));
        t.startedAt = utc(rows.value(10));
        t.finishedAt = utc(rows.value(11));
        t.winnerEntryId = idOrNone(rows.value(12));
        // Only the count and the winner's name are needed for a summary.
        t.entries.resize(std::size_t(rows.value(13).toLongLong()));
        if (t.winnerEntryId) {
            t.entries.front() =
                Entry{*t.winnerEntryId, {}, rows.value(14).toString(), 0, false, {}};
        }
        page.items.push_back(std::move(t));
    }
    return page;
}

std::variant<Tournament, DomainError> load(QSqlDatabase &db, qint64 tournamentId, qint64 viewerId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    auto t = read(db, tournamentId, false);
    if (const auto *found = std::get_if<Tournament>(&t); found && !visibleTo(*found, viewerId)) {
        return notFound();
    }
    return t;
}

std::variant<Changed, DomainError> join(QSqlDatabase &db, qint64 tournamentId, qint64 userId,
                                        const QString &alias)
{
    auto locked = lock(db, tournamentId);
    if (const auto *error = std::get_if<DomainError>(&locked)) {
        return *error;
    }
    const Tournament &t = std::get<Tournament>(locked);
    if (t.isLocal()) {
        return abandon(db, t.ownerId == userId ? conflict(QStringLiteral("tournament_is_local"),
                                                          QStringLiteral("local tournaments take "
                                                                         "aliases, not accounts"))
                                               : notFound());
    }
    if (t.status != QLatin1String("open")) {
        return abandon(db, conflict(QStringLiteral("tournament_not_open"),
                                    QStringLiteral("the tournament no longer takes entries")));
    }
    if (t.entryOfUser(userId)) {
        return abandon(db, conflict(QStringLiteral("already_joined"),
                                    QStringLiteral("you are in this tournament already")));
    }
    if (int(t.entries.size()) >= t.maxPlayers) {
        return abandon(db, conflict(QStringLiteral("tournament_full"),
                                    QStringLiteral("the tournament is full")));
    }
    QSqlQuery name(db);
    name.prepare(QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
    name.addBindValue(userId);
    if (!name.exec() || !name.next()) {
        return abandon(db, DomainError::unavailable());
    }
    const QString label = alias.trimmed().isEmpty() ? name.value(0).toString() : alias.trimmed();
    for (const Entry &e : t.entries) {
        if (!e.label.isEmpty() && e.label.compare(label, Qt::CaseInsensitive) == 0) {
            FieldErrors errors;
            errors.add(QStringLiteral("alias"),
                       alias.trimmed().isEmpty()
                           ? FieldProblem{QStringLiteral("display_name_used"),
                                          QStringLiteral("another player uses your display name "
                                                         "here: choose an alias"),
                                          {}}
                           : FieldProblem{QStringLiteral("taken"),
                                          QStringLiteral("is taken in this tournament"),
                                          {}});
            // validation_failed (422), as for the body.
            return abandon(db, errors.toDomainError());
        }
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO tournament_entries (tournament_id, user_id, label) VALUES (?, ?, ?)"));
    insert.addBindValue(tournamentId);
    insert.addBindValue(userId);
    insert.addBindValue(label.left(kMaxAliasLength));
    if (!insert.exec()) {
        return abandon(db, DomainError::unavailable());
    }
    return committed(db, tournamentId, {}, false);
}

namespace {

// The entry leaves the running tournament, in the open transaction: it forfeits what remains.
std::variant<Changed, DomainError> withdrawLocked(QSqlDatabase &db, Tournament &t, qint64 entryId)
{
    if (t.status != QLatin1String("running") || !t.bracket) {
        return abandon(db, conflict(QStringLiteral("tournament_over"),
                                    QStringLiteral("the tournament is over")));
    }
    const auto changes = t.bracket->withdraw(entryId);
    if (!changes.problem.isEmpty()) {
        return abandon(db, conflict(QStringLiteral("not_joined"), changes.problem));
    }
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE tournament_entries SET left_at = now() WHERE id = ?"));
    mark.addBindValue(entryId);
    if (!mark.exec() || !writeBracket(db, t, changes.matches, false)) {
        return abandon(db, DomainError::unavailable());
    }
    return committed(db, t.id, changes.matches, t.status != QLatin1String("running"));
}

} // namespace

std::variant<Changed, DomainError> leave(QSqlDatabase &db, qint64 tournamentId, qint64 userId)
{
    auto locked = lock(db, tournamentId);
    if (const auto *error = std::get_if<DomainError>(&locked)) {
        return *error;
    }
    Tournament &t = std::get<Tournament>(locked);
    const Entry *entry = t.entryOfUser(userId);
    if (!visibleTo(t, userId)) {
        return abandon(db, notFound());
    }
    if (!entry || entry->left) {
        return abandon(db, conflict(QStringLiteral("not_joined"),
                                    QStringLiteral("you are not in this tournament")));
    }
    if (t.status == QLatin1String("open")) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM tournament_entries WHERE id = ?"));
        remove.addBindValue(entry->id);
        if (!remove.exec()) {
            return abandon(db, DomainError::unavailable());
        }
        return committed(db, tournamentId, {}, false);
    }
    return withdrawLocked(db, t, entry->id);
}

std::variant<Changed, DomainError> withdrawEntry(QSqlDatabase &db, qint64 tournamentId,
                                                 qint64 entryId)
{
    auto locked = lock(db, tournamentId);
    if (const auto *error = std::get_if<DomainError>(&locked)) {
        return *error;
    }
    Tournament &t = std::get<Tournament>(locked);
    const Entry *entry = t.entry(entryId);
    if (!entry || entry->left) {
        return abandon(db, conflict(QStringLiteral("not_joined"),
                                    QStringLiteral("the entry is not in this tournament")));
    }
    return withdrawLocked(db, t, entryId);
}

std::variant<Changed, DomainError> start(QSqlDatabase &db, qint64 tournamentId, qint64 userId)
{
    auto locked = lock(db, tournamentId);
    if (const auto *error = std::get_if<DomainError>(&locked)) {
        return *error;
    }
    Tournament &t = std::get<Tournament>(locked);
    if (!visibleTo(t, userId)) {
        return abandon(db, notFound());
    }
    if (t.ownerId != userId) {
        return abandon(db, notOwner());
    }
    if (t.status != QLatin1String("open")) {
        return abandon(db, conflict(QStringLiteral("tournament_not_open"),
                                    QStringLiteral("the tournament has started or ended")));
    }
    if (int(t.entries.size()) < t.minPlayers) {
        return abandon(db, conflict(QStringLiteral("not_enough_players"),
                                    QStringLiteral("%1 players are needed to start, %2 joined")
                                        .arg(t.minPlayers)
                                        .arg(t.entries.size())));
    }
    // Seeds: the best rated first; equal ratings by who joined first.
    QSqlQuery seeds(db);
    seeds.prepare(QStringLiteral(
        "SELECT e.id FROM tournament_entries e LEFT JOIN users u ON u.id = e.user_id "
        "WHERE e.tournament_id = ? ORDER BY coalesce(u.rating, 0) DESC, e.joined_at, e.id"));
    seeds.addBindValue(tournamentId);
    if (!seeds.exec()) {
        return abandon(db, DomainError::unavailable());
    }
    std::vector<qint64> order;
    while (seeds.next()) {
        order.push_back(seeds.value(0).toLongLong());
    }
    t.bracket = TournamentBracket::seeded(order);
    if (!t.bracket) {
        return abandon(db, conflict(QStringLiteral("not_enough_players"),
                                    QStringLiteral("a bracket needs 3 to 16 players")));
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        QSqlQuery seed(db);
        seed.prepare(QStringLiteral("UPDATE tournament_entries SET seed = ? WHERE id = ?"));
        seed.addBindValue(int(i + 1));
        seed.addBindValue(order[i]);
        if (!seed.exec()) {
            return abandon(db, DomainError::unavailable());
        }
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE tournaments SET status = 'running', started_at = now(), "
                                  "bracket_size = ? WHERE id = ?"));
    update.addBindValue(t.bracket->size());
    update.addBindValue(tournamentId);
    if (!update.exec()) {
        return abandon(db, DomainError::unavailable());
    }
    t.status = QStringLiteral("running");
    if (!writeBracket(db, t, {}, true)) {
        return abandon(db, DomainError::unavailable());
    }
    std::vector<Key> all;
    for (const auto &match : t.bracket->matches()) {
        all.push_back({match.round, match.slot});
    }
    return committed(db, tournamentId, all, true);
}

std::variant<Changed, DomainError> cancel(QSqlDatabase &db, qint64 tournamentId, qint64 userId)
{
    auto locked = lock(db, tournamentId);
    if (const auto *error = std::get_if<DomainError>(&locked)) {
        return *error;
    }
    const Tournament &t = std::get<Tournament>(locked);
    if (!visibleTo(t, userId)) {
        return abandon(db, notFound());
    }
    if (t.ownerId != userId) {
        return abandon(db, notOwner());
    }
    if (t.status != QLatin1String("open")) {
        return abandon(db, conflict(QStringLiteral("tournament_not_open"),
                                    QStringLiteral("only a tournament that has not started can be "
                                                   "cancelled")));
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE tournaments SET status = 'cancelled', finished_at = now() WHERE id = ?"));
    update.addBindValue(tournamentId);
    if (!update.exec()) {
        return abandon(db, DomainError::unavailable());
    }
    return committed(db, tournamentId, {}, true);
}

namespace {

// Decides a ready match in the locked tournament t (the caller's transaction), if roomId is
// still the room named for it, and commits.
std::variant<Changed, DomainError> decideLocked(QSqlDatabase &db, Tournament &t, Key key,
                                                const QString &roomId,
                                                TournamentBracket::Result result,
                                                std::optional<qint64> winnerEntry,
                                                std::optional<qint64> matchId)
{
    const auto found = t.details.find(key);
    if (t.status != QLatin1String("running") || !t.bracket || found == t.details.end() ||
        found->second.roomId != roomId) {
        return abandon(db, conflict(QStringLiteral("match_not_ready"),
                                    QStringLiteral("this room does not decide that match")));
    }
    const auto changes = t.bracket->record(key, result, winnerEntry);
    if (!changes.problem.isEmpty()) {
        return abandon(db, conflict(QStringLiteral("match_not_ready"), changes.problem));
    }
    if (matchId) {
        QSqlQuery link(db);
        link.prepare(QStringLiteral("UPDATE tournament_matches SET match_id = ? "
                                    "WHERE tournament_id = ? AND round = ? AND slot = ?"));
        link.addBindValue(*matchId);
        link.addBindValue(t.id);
        link.addBindValue(key.round);
        link.addBindValue(key.slot);
        if (!link.exec()) {
            return abandon(db, DomainError::unavailable());
        }
    }
    if (!writeBracket(db, t, changes.matches, false)) {
        return abandon(db, DomainError::unavailable());
    }
    return committed(db, t.id, changes.matches, t.status != QLatin1String("running"));
}

// A stored match of this room with a winner (matches.room_id is a uuid; ours always are); %1
// is the room id's SQL expression.
const char *const kStoredResult =
    "EXISTS (SELECT 1 FROM matches m WHERE m.winner_seat IS NOT NULL AND m.room_id = "
    "(CASE WHEN %1 ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN %1::uuid END))";

} // namespace

std::variant<Changed, DomainError> recordResult(QSqlDatabase &db, qint64 tournamentId, Key key,
                                                const QString &roomId,
                                                TournamentBracket::Result result,
                                                std::optional<qint64> winnerEntry,
                                                std::optional<qint64> matchId)
{
    auto locked = lock(db, tournamentId);
    if (const auto *error = std::get_if<DomainError>(&locked)) {
        return *error;
    }
    return decideLocked(db, std::get<Tournament>(locked), key, roomId, result, winnerEntry,
                        matchId);
}

std::variant<Changed, DomainError> recordStoredResult(QSqlDatabase &db, qint64 tournamentId,
                                                      Key key, const QString &roomId)
{
    auto locked = lock(db, tournamentId);
    if (const auto *error = std::get_if<DomainError>(&locked)) {
        return *error;
    }
    Tournament &t = std::get<Tournament>(locked);
    QSqlQuery stored(db);
    stored.prepare(
        QStringLiteral("SELECT id, winner_seat, end_reason, input_log FROM matches "
                       "WHERE winner_seat IS NOT NULL AND room_id = (CASE WHEN CAST(? AS text) ~* "
                       "'^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN CAST(? AS uuid) END)"));
    stored.addBindValue(roomId);
    stored.addBindValue(roomId);
    if (!stored.exec()) {
        return abandon(db, DomainError::unavailable());
    }
    const TournamentBracket::Match *match = t.bracket ? t.bracket->match(key) : nullptr;
    if (!stored.next() || !match) {
        return abandon(db, conflict(QStringLiteral("match_not_ready"),
                                    QStringLiteral("no decided match of that room is stored")));
    }
    const qint64 matchId = stored.value(0).toLongLong();
    const int winnerSeat = stored.value(1).toInt();
    // The room's seat 0 is side a, seat 1 side b (TournamentFeature opens it so). A match that
    // ended before play started (its input log never stepped) was a walkover.
    const auto log = replay::InputLog::decode(stored.value(3).toByteArray());
    const bool neverRan = std::holds_alternative<replay::InputLog>(log) &&
                          std::get<replay::InputLog>(log).endStep() == 0;
    const QString reason = stored.value(2).toString();
    const TournamentBracket::Result result = reason == QLatin1String("completed")
                                                 ? TournamentBracket::Result::Played
                                             : neverRan ? TournamentBracket::Result::Walkover
                                                        : TournamentBracket::Result::Forfeit;
    const std::optional<qint64> winner =
        winnerSeat == 0 || winnerSeat == 1 ? match->sides[winnerSeat] : std::nullopt;
    return decideLocked(db, t, key, roomId, result, winner, matchId);
}

std::variant<bool, DomainError> markRoomOpened(QSqlDatabase &db, qint64 tournamentId, Key key,
                                               const QString &roomId, const QDateTime &deadline)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE tournament_matches SET room_id = ?, ready_at = now(), "
                       "deadline = CASE WHEN ? THEN greatest(?, now()) END "
                       "WHERE tournament_id = ? AND round = ? AND slot = ? AND status = 'ready'"));
    update.addBindValue(roomId);
    update.addBindValue(deadline.isValid());
    update.addBindValue(deadline.isValid() ? QVariant(deadline.toUTC())
                                           : QVariant(QMetaType::fromType<QDateTime>()));
    update.addBindValue(tournamentId);
    update.addBindValue(key.round);
    update.addBindValue(key.slot);
    if (!update.exec()) {
        return DomainError::unavailable();
    }
    return update.numRowsAffected() == 1;
}

std::variant<Claimed, DomainError> claimRoom(QSqlDatabase &db, qint64 tournamentId, Key key,
                                             const QString &previous, const QString &roomId,
                                             const QDateTime &deadline, int minAgeSeconds)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    const QString storedResult = QString::fromLatin1(kStoredResult);
    // One statement: the row's lock orders two claims; the second finds the first's room.
    QSqlQuery claim(db);
    claim.prepare(
        QStringLiteral("UPDATE tournament_matches t SET room_id = ?, ready_at = now(), "
                       "deadline = CASE WHEN ? THEN greatest(?, now()) END "
                       "WHERE t.tournament_id = ? AND t.round = ? AND t.slot = ? "
                       "AND t.status = 'ready' AND t.room_id IS NOT DISTINCT FROM ? "
                       "AND (t.room_id IS NULL OR (t.ready_at <= now() - make_interval(secs => ?) "
                       "AND NOT %1))")
            .arg(storedResult.arg(QStringLiteral("t.room_id"))));
    claim.addBindValue(roomId);
    claim.addBindValue(deadline.isValid());
    claim.addBindValue(deadline.isValid() ? QVariant(deadline.toUTC())
                                          : QVariant(QMetaType::fromType<QDateTime>()));
    claim.addBindValue(tournamentId);
    claim.addBindValue(key.round);
    claim.addBindValue(key.slot);
    claim.addBindValue(nullableText(previous));
    claim.addBindValue(double(minAgeSeconds));
    if (!claim.exec()) {
        return DomainError::unavailable();
    }
    if (claim.numRowsAffected() == 1) {
        return Claimed::Claimed;
    }
    if (previous.isEmpty()) {
        return Claimed::Lost;
    }
    // Why not: the previous room's decided match is stored (its result is on its way into the
    // bracket, or was lost with its instance: the match is not played again), or another
    // claim came first.
    QSqlQuery stored(db);
    stored.prepare(
        QStringLiteral("SELECT %1").arg(storedResult.arg(QStringLiteral("CAST(? AS text)"))));
    stored.addBindValue(previous);
    stored.addBindValue(previous);
    if (!stored.exec() || !stored.next()) {
        return DomainError::unavailable();
    }
    return stored.value(0).toBool() ? Claimed::HasResult : Claimed::Lost;
}

std::variant<bool, DomainError> releaseRoom(QSqlDatabase &db, qint64 tournamentId, Key key,
                                            const QString &roomId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery release(db);
    release.prepare(QStringLiteral(
        "UPDATE tournament_matches SET room_id = NULL, deadline = NULL "
        "WHERE tournament_id = ? AND round = ? AND slot = ? AND status = 'ready' AND room_id = ?"));
    release.addBindValue(tournamentId);
    release.addBindValue(key.round);
    release.addBindValue(key.slot);
    release.addBindValue(roomId);
    if (!release.exec()) {
        return DomainError::unavailable();
    }
    return release.numRowsAffected() == 1;
}

std::variant<std::vector<Tournament>, DomainError> running(QSqlDatabase &db)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery ids(db);
    if (!ids.exec(
            QStringLiteral("SELECT id FROM tournaments WHERE status = 'running' ORDER BY id"))) {
        return DomainError::unavailable();
    }
    std::vector<qint64> found;
    while (ids.next()) {
        found.push_back(ids.value(0).toLongLong());
    }
    std::vector<Tournament> tournaments;
    for (const qint64 id : found) {
        auto t = read(db, id, false);
        if (const auto *error = std::get_if<DomainError>(&t)) {
            return *error;
        }
        tournaments.push_back(std::get<Tournament>(std::move(t)));
    }
    return tournaments;
}

} // namespace transcendence::server::tournament_store
