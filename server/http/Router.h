#pragma once

#include "auth/AccessToken.h"
#include "auth/AccountStore.h"
#include "http/ApiError.h"
#include "http/DeferredReply.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <functional>
#include <initializer_list>
#include <memory>
#include <type_traits>
#include <variant>

class QHttpServer;

namespace transcendence::server {

class RequestAuthenticator;

// Who may call a route. SignedIn and Admin answer 401 (no or bad token) and Admin 403 (not an
// admin) before the handler runs.
enum class Access { Public, SignedIn, Admin };

// Sensitive routes (SignedIn or Admin) also need a session that proved its owner recently
// (auth/StepUp.h): 403 reauthentication_required before the handler runs otherwise.
enum class Proof { Session, Recent };

// How a route reads its body, checked before the handler runs: over maxBytes → 413
// payload_too_large; Json → 415 unless the Content-Type is JSON, 400 invalid_json unless the
// body is one JSON object; OptionalJson → the same, but an empty body is {}.
struct BodyRule {
    enum class Kind { None, Json, OptionalJson, Raw };
    Kind kind = Kind::None;
    qint64 maxBytes = 0;

    static constexpr qint64 kJsonLimit = 64 * 1024;
    static constexpr BodyRule none() { return {Kind::None, 0}; }
    static constexpr BodyRule json(qint64 maxBytes = kJsonLimit) { return {Kind::Json, maxBytes}; }
    static constexpr BodyRule optionalJson(qint64 maxBytes = kJsonLimit)
    {
        return {Kind::OptionalJson, maxBytes};
    }
    static constexpr BodyRule raw(qint64 maxBytes) { return {Kind::Raw, maxBytes}; }
};

// One request as a handler sees it. The QHttpServerRequest does not outlive the router's first
// callback (authentication answers later), so the parts handlers read are copied here.
struct RouteCall {
    DeferredReplyPtr reply;
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QStringList args; // the path's <arg> values, in order
    QUrlQuery query;
    QJsonObject json; // BodyRule::Json and OptionalJson
    QByteArray body;  // BodyRule::Raw
    QList<QPair<QByteArray, QByteArray>> headers;
    QHostAddress peer; // the socket's peer (nginx, behind the proxy); exchange() has the client
    UserRecord user;   // Access::SignedIn and Admin
    AccessClaims claims;

    const QString &arg(qsizetype index = 0) const { return args.at(index); }
    QByteArray header(const QByteArray &name) const; // case-insensitive, first value
    const HttpExchange &exchange() const { return reply->exchange(); }
    void send(QHttpServerResponse response) const { reply->send(std::move(response)); }
    void fail(const ApiError &error) const { reply->send(error.toResponse()); }
};

// One row of a feature's route table.
struct Route {
    QHttpServerRequest::Method method;
    QString path; // QHttpServer pattern: "/api/users/<arg>/avatar"
    Access access;
    BodyRule body;
    std::function<void(const RouteCall &)> handler;
    Proof proof = Proof::Session;
};

// Every route of the server, declared as tables (one per feature) and installed at once:
//
//   router.add(this, {
//       {Method::Get, QStringLiteral("/api/friends"), Access::SignedIn, BodyRule::none(),
//        &SocialRoutes::listFriends},
//       ...});
//
// One QHttpServer rule per path dispatches on the method: a method no row declares gets 405 with
// the Allow header; then authentication, the admin check and the body rule; then the handler.
// Paths without <arg> are matched before patterns (so "/api/users/me" wins over
// "/api/users/<arg>"), by one rule that looks the path up in a hash instead of one regular
// expression per path; then patterns, with more segments first. A path has one owner: a second
// table declaring a method already declared on it is a programming error (install() fails).
class Router {
public:
    using Method = QHttpServerRequest::Method;

    template <typename Feature>
    struct Row {
        Method method;
        QString path;
        Access access;
        BodyRule body;
        void (Feature::*handler)(const RouteCall &);
        Proof proof = Proof::Session;
    };

    explicit Router(RequestAuthenticator &authenticator);

    template <typename Feature>
    void add(Feature *feature, std::initializer_list<Row<Feature>> rows)
    {
        for (const Row<Feature> &row : rows) {
            add(Route{row.method, row.path, row.access, row.body,
                      [feature, handler = row.handler](const RouteCall &call) {
                          (feature->*handler)(call);
                      },
                      row.proof});
        }
    }
    void add(Route route);

    // Registers every path with the server; false (and an error log line) when two rows declare
    // the same method on one path. Call once, after every feature added its table.
    bool install(QHttpServer &server);

    // The table as data, for the start-up log line "routes" (tests derive their checks from it).
    QJsonArray describe() const;
    // "GET, HEAD, POST": the methods declared on a path, in a fixed order.
    QByteArray allowHeader(const QString &path) const;

    static QString accessName(Access access);
    static ApiError forbidden();

private:
    struct PathRoutes;
    void dispatch(const PathRoutes &routes, QStringList args, const QHttpServerRequest &request,
                  QHttpServerResponder &&responder);

    RequestAuthenticator &m_authenticator;
    QList<std::shared_ptr<const Route>> m_routes;
    QList<std::shared_ptr<PathRoutes>> m_paths;
    QHash<QString, const PathRoutes *> m_literalPaths; // paths without <arg>, one rule for all
};

// The completion of DatabaseWorkers::run for a std::variant<Value, Error> result: the error's
// JSON answer, or ok(value) — so handlers write only their success case.
template <typename Value, typename Error = ApiError, typename Ok>
auto answer(DeferredReplyPtr reply, Ok ok)
{
    return [reply = std::move(reply), ok = std::move(ok)](std::variant<Value, Error> result) {
        if (const auto *error = std::get_if<Error>(&result)) {
            if constexpr (std::is_same_v<Error, DomainError>) {
                reply->send(ApiError::from(*error).toResponse());
            } else {
                reply->send(error->toResponse());
            }
            return;
        }
        reply->send(ok(std::get<Value>(result)));
    };
}

// The same for a std::optional<Error> result (nothing to return but success): 204, or the error.
std::function<void(std::optional<ApiError>)> answerNoContent(DeferredReplyPtr reply);

} // namespace transcendence::server
