#include "play/TournamentDirectory.h"

#include "account/AccountSession.h"
#include "network/ApiClient.h"
#include "network/FieldMessages.h"

#include <QJsonArray>
#include <QJsonObject>

namespace transcendence::client {

TournamentDirectory::TournamentDirectory(QObject *parent)
    : QObject(parent)
{}

void TournamentDirectory::setSession(AccountSession *session)
{
    if (session != m_session) {
        m_session = session;
        emit sessionChanged();
    }
}

void TournamentDirectory::clearError()
{
    if (!m_errorMessage.isEmpty() || !m_fieldErrors.isEmpty()) {
        m_errorMessage.clear();
        m_fieldErrors.clear();
        emit errorChanged();
    }
}

void TournamentDirectory::call(Target target, const QByteArray &method, const QString &path,
                               const QJsonObject &body,
                               std::function<void(const QJsonObject &)> done)
{
    clearError();
    ApiClient *api = m_session ? m_session->api() : nullptr;
    if (!api || !m_session->isSignedIn()) {
        m_errorMessage = tr("Sign in to see the tournaments.");
        emit errorChanged();
        return;
    }
    ++m_pending;
    emit busyChanged();
    const quint64 callNumber = ++m_lastCall[target];
    const bool change = method != "GET";
    QPointer<TournamentDirectory> guard(this);
    api->request(
        method, path, body,
        [guard, target, callNumber, change, path, done = std::move(done)](const ApiAnswer &answer) {
            if (!guard) {
                return;
            }
            --guard->m_pending;
            emit guard->busyChanged();
            if (change && answer.ok()) {
                // What a change answers is the state right after it; a read that was already on
                // its way may have been served before the change: it must not undo it.
                guard->m_readBarrier[target] = guard->m_lastCall[target];
            } else if (!change && callNumber <= guard->m_readBarrier[target]) {
                if (answer.ok() && callNumber == guard->m_lastCall[target]) {
                    guard->call(target, "GET", path, {}, done); // read again, after the change
                }
                return;
            } else if (!change && callNumber < guard->m_lastRead[target]) {
                return; // a later read was answered first
            }
            if (!change) {
                guard->m_lastRead[target] = callNumber;
            }
            if (!answer.ok()) {
                guard->m_errorMessage = AccountSession::describe(answer);
                guard->m_fieldErrors = FieldMessages::describeAll(answer.errorFields);
                emit guard->errorChanged();
                return;
            }
            done(answer.object());
        });
}

void TournamentDirectory::setCurrentFrom(const QJsonObject &tournament)
{
    m_current = tournament.toVariantMap();
    emit currentChanged();
}

void TournamentDirectory::loadList()
{
    call(List, "GET", QStringLiteral("/api/tournaments?limit=20"), {},
         [this](const QJsonObject &page) {
             m_tournaments = page.value(QStringLiteral("tournaments")).toArray().toVariantList();
             emit tournamentsChanged();
         });
}

void TournamentDirectory::load(qint64 tournamentId)
{
    call(Current, "GET", QStringLiteral("/api/tournaments/%1").arg(tournamentId), {},
         [this](const QJsonObject &tournament) { setCurrentFrom(tournament); });
}

void TournamentDirectory::create(const QString &kind, const QString &name,
                                 const QVariantMap &config, const QStringList &aliases,
                                 int minPlayers, int maxPlayers)
{
    QJsonObject body{{QStringLiteral("kind"), kind},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("config"), QJsonObject::fromVariantMap(config)}};
    if (kind == QLatin1String("local")) {
        body.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(aliases));
    } else {
        if (minPlayers > 0) {
            body.insert(QStringLiteral("minPlayers"), minPlayers);
        }
        if (maxPlayers > 0) {
            body.insert(QStringLiteral("maxPlayers"), maxPlayers);
        }
    }
    call(Current, "POST", QStringLiteral("/api/tournaments"), body,
         [this](const QJsonObject &tournament) {
             setCurrentFrom(tournament);
             emit created(tournament.value(QStringLiteral("id")).toInteger());
         });
}

void TournamentDirectory::join(qint64 tournamentId, const QString &alias)
{
    QJsonObject body;
    if (!alias.trimmed().isEmpty()) {
        body.insert(QStringLiteral("alias"), alias.trimmed());
    }
    call(Current, "POST", QStringLiteral("/api/tournaments/%1/join").arg(tournamentId), body,
         [this](const QJsonObject &tournament) { setCurrentFrom(tournament); });
}

void TournamentDirectory::leave(qint64 tournamentId)
{
    call(Current, "POST", QStringLiteral("/api/tournaments/%1/leave").arg(tournamentId), {},
         [this](const QJsonObject &tournament) { setCurrentFrom(tournament); });
}

void TournamentDirectory::start(qint64 tournamentId)
{
    call(Current, "POST", QStringLiteral("/api/tournaments/%1/start").arg(tournamentId), {},
         [this](const QJsonObject &tournament) { setCurrentFrom(tournament); });
}

void TournamentDirectory::cancel(qint64 tournamentId)
{
    call(Current, "POST", QStringLiteral("/api/tournaments/%1/cancel").arg(tournamentId), {},
         [this](const QJsonObject &tournament) { setCurrentFrom(tournament); });
}

} // namespace transcendence::client
