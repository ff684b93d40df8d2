#include "home/HomeFeed.h"

#include "account/AccountSession.h"
#include "network/ApiClient.h"

#include <QJsonArray>

#include <memory>

namespace transcendence::client {

namespace {

int stateOrder(const QVariantMap &match)
{
    const QString state = match.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("ready")) {
        return 0;
    }
    return state == QLatin1String("waiting") ? 1 : 2;
}

} // namespace

HomeFeed::HomeFeed(QObject *parent)
    : QObject(parent)
{}

void HomeFeed::setSession(AccountSession *session)
{
    if (session == m_session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        // Signed in or out: the lists read as a visitor (or as the account) are read again.
        connect(m_session, &AccountSession::stateChanged, this, [this] {
            if (m_session->state() == AccountSession::State::SignedIn ||
                m_session->state() == AccountSession::State::SignedOut) {
                reload();
            }
        });
    }
    emit sessionChanged();
}

void HomeFeed::setErrorMessage(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

void HomeFeed::get(const QString &path, std::function<void(const ApiAnswer &)> done)
{
    ApiClient *api = m_session ? m_session->api() : nullptr;
    if (!api) {
        return;
    }
    ++m_pending;
    emit loadingChanged();
    QPointer<HomeFeed> guard(this);
    const int generation = m_generation;
    api->request(
        "GET", path, {},
        [guard, generation, done = std::move(done)](const ApiAnswer &answer) {
            if (!guard) {
                return;
            }
            --guard->m_pending;
            emit guard->loadingChanged();
            if (generation == guard->m_generation) {
                done(answer);
            }
        },
        m_session->isSignedIn());
}

void HomeFeed::forgetAccount()
{
    if (!m_nextTournamentMatch.isEmpty()) {
        m_nextTournamentMatch.clear();
        emit nextTournamentMatchChanged();
    }
}

void HomeFeed::reload()
{
    ++m_generation;
    setErrorMessage({});
    if (!m_session || !m_session->api()) {
        return;
    }
    if (m_session->isSignedIn()) {
        loadLeaders();
        reloadLive();
        loadNextTournamentMatch();
    } else {
        loadSummary();
        forgetAccount();
    }
}

void HomeFeed::loadSummary()
{
    // A visitor: GET /api/play/summary, the platform's public front page (the newest live
    // matches, no account ids, and the top of the leaderboard). A server without it (older
    // than the route) answers 404 or 401: then the lists say to sign in, as before.
    get(QStringLiteral("/api/play/summary"), [this](const ApiAnswer &answer) {
        m_leaders.clear();
        m_live.clear();
        const bool unavailable = answer.status == 401 || answer.status == 404;
        m_leadersNeedSignIn = unavailable;
        m_liveNeedsSignIn = unavailable;
        if (answer.ok()) {
            const QJsonObject summary = answer.object();
            m_live = summary.value(QStringLiteral("live")).toArray().toVariantList();
            for (const QJsonValue &value : summary.value(QStringLiteral("leaders")).toArray()) {
                const QJsonObject user = value[QStringLiteral("user")].toObject();
                const QString name = user.value(QStringLiteral("displayName")).toString();
                m_leaders.append(QVariantMap{
                    {QStringLiteral("rank"), value[QStringLiteral("rank")].toInt()},
                    {QStringLiteral("userId"), user.value(QStringLiteral("id")).toInteger()},
                    {QStringLiteral("username"), name},
                    {QStringLiteral("displayName"), name},
                    {QStringLiteral("rating"), value[QStringLiteral("rating")].toInt()}});
            }
        } else if (!unavailable) {
            setErrorMessage(AccountSession::describe(answer));
        }
        emit leadersChanged();
        emit liveMatchesChanged();
    });
}

void HomeFeed::loadLeaders()
{
    get(QStringLiteral("/api/leaderboard?limit=%1").arg(kLeaders), [this](const ApiAnswer &answer) {
        m_leaders.clear();
        m_leadersNeedSignIn = answer.status == 401;
        if (answer.ok()) {
            for (const QJsonValue &value :
                 answer.object().value(QStringLiteral("entries")).toArray()) {
                const QJsonObject user = value[QStringLiteral("user")].toObject();
                m_leaders.append(QVariantMap{
                    {QStringLiteral("rank"), value[QStringLiteral("rank")].toInt()},
                    {QStringLiteral("userId"), user.value(QStringLiteral("id")).toInteger()},
                    {QStringLiteral("username"), user.value(QStringLiteral("username")).toString()},
                    {QStringLiteral("displayName"),
                     user.value(QStringLiteral("displayName")).toString()},
                    {QStringLiteral("rating"), value[QStringLiteral("rating")].toInt()}});
            }
        } else if (!m_leadersNeedSignIn) {
            setErrorMessage(AccountSession::describe(answer));
        }
        emit leadersChanged();
    });
}

void HomeFeed::reloadLive()
{
    if (m_session && !m_session->isSignedIn()) {
        loadSummary();
        return;
    }
    get(QStringLiteral("/api/play/live"), [this](const ApiAnswer &answer) {
        m_liveNeedsSignIn = answer.status == 401;
        if (answer.ok()) {
            m_live = answer.object().value(QStringLiteral("matches")).toArray().toVariantList();
        } else {
            m_live.clear();
            if (!m_liveNeedsSignIn) {
                setErrorMessage(AccountSession::describe(answer));
            }
        }
        emit liveMatchesChanged();
    });
}

void HomeFeed::offerTournamentMatch(const QVariantMap &candidate)
{
    if (!candidate.isEmpty() && (m_candidate.isEmpty() || comesBefore(candidate, m_candidate))) {
        m_candidate = candidate;
    }
}

void HomeFeed::loadNextTournamentMatch()
{
    m_candidate.clear();
    const qint64 me = m_session->userId();
    get(QStringLiteral("/api/tournaments?status=open,running&limit=%1").arg(kTournamentsScanned),
        [this, me](const ApiAnswer &answer) {
            if (!answer.ok()) {
                setErrorMessage(AccountSession::describe(answer));
                return;
            }
            const QJsonArray tournaments =
                answer.object().value(QStringLiteral("tournaments")).toArray();
            if (tournaments.isEmpty()) {
                forgetAccount();
                return;
            }
            auto remaining = std::make_shared<int>(int(tournaments.size()));
            for (const QJsonValue &summary : tournaments) {
                const qint64 id = summary[QStringLiteral("id")].toInteger();
                get(QStringLiteral("/api/tournaments/%1").arg(id),
                    [this, me, remaining](const ApiAnswer &detail) {
                        if (detail.ok()) {
                            offerTournamentMatch(nextMatchIn(detail.object(), me));
                        }
                        if (--*remaining == 0 && m_candidate != m_nextTournamentMatch) {
                            m_nextTournamentMatch = m_candidate;
                            emit nextTournamentMatchChanged();
                        }
                    });
            }
        });
}

QVariantMap HomeFeed::nextMatchIn(const QJsonObject &tournament, qint64 userId)
{
    const QString status = tournament.value(QStringLiteral("status")).toString();
    const QString kind = tournament.value(QStringLiteral("kind")).toString();
    QVariantMap found{
        {QStringLiteral("tournamentId"), tournament.value(QStringLiteral("id")).toInteger()},
        {QStringLiteral("tournamentName"), tournament.value(QStringLiteral("name")).toString()},
        {QStringLiteral("rounds"), tournament.value(QStringLiteral("rounds")).toInt()},
        {QStringLiteral("opponent"), QString()},
        {QStringLiteral("roomId"), QString()}};

    // A tournament at one keyboard: its owner plays every match, the next ready one is theirs.
    if (kind == QLatin1String("local")) {
        const QJsonObject next = tournament.value(QStringLiteral("nextMatch")).toObject();
        const qint64 owner = tournament.value(QStringLiteral("owner"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
        if (owner != userId || status != QLatin1String("running") || next.isEmpty()) {
            return {};
        }
        found.insert(QStringLiteral("state"), QStringLiteral("ready"));
        found.insert(QStringLiteral("round"), next.value(QStringLiteral("round")).toInt());
        found.insert(QStringLiteral("opponent"),
                     next.value(QStringLiteral("announcement")).toString());
        return found;
    }

    qint64 entryId = 0;
    for (const QJsonValue &entry : tournament.value(QStringLiteral("entries")).toArray()) {
        if (entry[QStringLiteral("userId")].toInteger() == userId &&
            !entry[QStringLiteral("left")].toBool() &&
            entry[QStringLiteral("eliminatedInRound")].isNull()) {
            entryId = entry[QStringLiteral("id")].toInteger();
        }
    }
    if (entryId == 0) {
        return {};
    }
    if (status == QLatin1String("open")) {
        found.insert(QStringLiteral("state"), QStringLiteral("open"));
        found.insert(QStringLiteral("round"), 0);
        return found;
    }
    if (status != QLatin1String("running")) {
        return {};
    }
    // The earliest match of the player's not played yet (the bracket lists round 1 first).
    for (const QJsonValue &match : tournament.value(QStringLiteral("matches")).toArray()) {
        if (match[QStringLiteral("status")].toString() == QLatin1String("finished")) {
            continue;
        }
        const QJsonArray players = match[QStringLiteral("players")].toArray();
        int mine = -1;
        for (int side = 0; side < players.size(); ++side) {
            if (players[side][QStringLiteral("entryId")].toInteger() == entryId) {
                mine = side;
            }
        }
        if (mine < 0) {
            continue;
        }
        const QJsonValue other = players.at(1 - mine);
        const bool ready = match[QStringLiteral("status")].toString() == QLatin1String("ready");
        found.insert(QStringLiteral("state"),
                     ready ? QStringLiteral("ready") : QStringLiteral("waiting"));
        found.insert(QStringLiteral("round"), match[QStringLiteral("round")].toInt());
        found.insert(QStringLiteral("opponent"),
                     other.isObject() ? other[QStringLiteral("label")].toString() : QString());
        found.insert(QStringLiteral("roomId"), match[QStringLiteral("roomId")].toString());
        return found;
    }
    return {};
}

bool HomeFeed::comesBefore(const QVariantMap &a, const QVariantMap &b)
{
    return stateOrder(a) < stateOrder(b);
}

} // namespace transcendence::client
