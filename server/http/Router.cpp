#include "http/Router.h"

#include "app/StructuredLog.h"
#include "auth/RequestAuthenticator.h"
#include "http/JsonBody.h"

#include <QHttpServer>
#include <QHttpServerRouterRule>

#include <algorithm>

namespace transcendence::server {
namespace {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

// The order of methods in an Allow header.
constexpr Method kMethodOrder[] = {Method::Get,     Method::Head,    Method::Post,
                                   Method::Put,     Method::Patch,   Method::Delete,
                                   Method::Options, Method::Connect, Method::Trace};

QString bodyName(BodyRule::Kind kind)
{
    switch (kind) {
    case BodyRule::Kind::None:
        return u"none"_s;
    case BodyRule::Kind::Json:
        return u"json"_s;
    case BodyRule::Kind::OptionalJson:
        return u"optional_json"_s;
    case BodyRule::Kind::Raw:
        return u"raw"_s;
    }
    return {};
}

ApiError payloadTooLarge(qint64 maxBytes)
{
    return {QHttpServerResponder::StatusCode::PayloadTooLarge,
            u"payload_too_large"_s,
            u"the body must be at most %1 bytes"_s.arg(maxBytes),
            {}};
}

// Reads the body as the rule says into call; the error to answer (after authentication) if it
// breaks the rule.
std::optional<ApiError> readBody(const BodyRule &rule, const QHttpServerRequest &request,
                                 RouteCall &call)
{
    const QByteArray &bytes = request.body();
    if (rule.kind == BodyRule::Kind::None) {
        return std::nullopt;
    }
    if (bytes.size() > rule.maxBytes) {
        return payloadTooLarge(rule.maxBytes);
    }
    if (rule.kind == BodyRule::Kind::Raw) {
        call.body = bytes;
        return std::nullopt;
    }
    if (rule.kind == BodyRule::Kind::OptionalJson && bytes.trimmed().isEmpty()) {
        return std::nullopt;
    }
    auto parsed = parseJsonObject(request.value("Content-Type"), bytes);
    if (auto *error = std::get_if<ApiError>(&parsed)) {
        return *error;
    }
    call.json = std::get<QJsonObject>(std::move(parsed));
    return std::nullopt;
}

int segmentCount(const QString &path)
{
    return int(path.count(u'/'));
}

// Every path without <arg> in one QHttpServer rule: a hash look-up of the request's path where
// one rule per path would run a regular expression each (a request for the 20th literal path
// ran 20). It matches what those rules matched: a declared path, any known method.
class LiteralPathsRule : public QHttpServerRouterRule {
public:
    template <typename Paths>
    LiteralPathsRule(const QString &pattern, const Paths *paths, RouterHandler handler)
        : QHttpServerRouterRule(pattern, std::move(handler))
        , m_contains([paths](const QString &path) { return paths->contains(path); })
    {}

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *) const override
    {
        return (int(QHttpServerRequest::Method::AnyKnown) & int(request.method())) != 0 &&
               m_contains(request.url().path());
    }

private:
    std::function<bool(const QString &)> m_contains;
};

} // namespace

struct Router::PathRoutes {
    QString path;
    QList<std::shared_ptr<const Route>> routes;
    QByteArray allow;

    const Route *find(Method method) const
    {
        for (const auto &route : routes) {
            if (route->method == method) {
                return route.get();
            }
        }
        return nullptr;
    }
};

QByteArray RouteCall::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

Router::Router(RequestAuthenticator &authenticator)
    : m_authenticator(authenticator)
{}

void Router::add(Route route)
{
    m_routes << std::make_shared<const Route>(std::move(route));
}

ApiError Router::forbidden()
{
    return {QHttpServerResponder::StatusCode::Forbidden,
            u"forbidden"_s,
            u"this needs an admin account"_s,
            {}};
}

QString Router::accessName(Access access)
{
    switch (access) {
    case Access::Public:
        return u"public"_s;
    case Access::SignedIn:
        return u"signed_in"_s;
    case Access::Admin:
        return u"admin"_s;
    }
    return {};
}

QByteArray Router::allowHeader(const QString &path) const
{
    QByteArrayList names;
    for (const Method method : kMethodOrder) {
        const bool declared = std::any_of(m_routes.cbegin(), m_routes.cend(), [&](const auto &r) {
            return r->path == path && r->method == method;
        });
        if (declared) {
            names << HttpExchange::methodName(method).toLatin1();
        }
    }
    return names.join(", ");
}

QJsonArray Router::describe() const
{
    QJsonArray table;
    for (const auto &route : m_routes) {
        table.append(QJsonObject{{u"method"_s, HttpExchange::methodName(route->method)},
                                 {u"path"_s, route->path},
                                 {u"access"_s, accessName(route->access)},
                                 {u"body"_s, bodyName(route->body.kind)},
                                 {u"maxBytes"_s, route->body.maxBytes},
                                 {u"recentProof"_s, route->proof == Proof::Recent}});
    }
    return table;
}

bool Router::install(QHttpServer &server)
{
    // Group the rows by path, refusing a method declared twice on one path.
    for (const auto &route : m_routes) {
        auto found = std::find_if(m_paths.begin(), m_paths.end(),
                                  [&](const auto &entry) { return entry->path == route->path; });
        if (found == m_paths.end()) {
            auto entry = std::make_shared<PathRoutes>();
            entry->path = route->path;
            m_paths << entry;
            found = std::prev(m_paths.end());
        }
        if ((*found)->find(route->method) || route->path.count(u"<arg>"_s) > 1) {
            StructuredLog::error(
                u"route_conflict"_s,
                {{u"path"_s, route->path}, {u"method"_s, HttpExchange::methodName(route->method)}});
            return false;
        }
        (*found)->routes << route;
    }
    // Literal paths first, then patterns with more segments before fewer: QHttpServer hands a
    // request to the first rule that matches.
    std::stable_sort(m_paths.begin(), m_paths.end(), [](const auto &a, const auto &b) {
        const bool aLiteral = !a->path.contains(u"<arg>"_s);
        const bool bLiteral = !b->path.contains(u"<arg>"_s);
        if (aLiteral != bLiteral) {
            return aLiteral;
        }
        return !aLiteral && segmentCount(a->path) > segmentCount(b->path);
    });
    for (const auto &entry : std::as_const(m_paths)) {
        entry->allow = allowHeader(entry->path);
        if (!entry->path.contains(u"<arg>"_s)) {
            m_literalPaths.insert(entry->path, entry.get());
        }
    }
    if (!m_literalPaths.isEmpty()) {
        server.route<LiteralPathsRule>(
            m_literalPaths.cbegin().key(), &m_literalPaths,
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                dispatch(*m_literalPaths.value(request.url().path()), {}, request,
                         std::move(responder));
            });
    }
    for (const auto &entry : std::as_const(m_paths)) {
        const PathRoutes *routes = entry.get();
        if (entry->path.contains(u"<arg>"_s)) {
            server.route(entry->path,
                         [this, routes](const QString &arg, const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder) {
                             dispatch(*routes, {arg}, request, std::move(responder));
                         });
        }
    }
    return true;
}

void Router::dispatch(const PathRoutes &routes, QStringList args, const QHttpServerRequest &request,
                      QHttpServerResponder &&responder)
{
    const DeferredReplyPtr reply = deferReply(request, std::move(responder));
    const Route *found = routes.find(request.method());
    if (!found) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), routes.allow));
        return;
    }
    auto call = std::make_shared<RouteCall>();
    call->reply = reply;
    call->method = request.method();
    call->args = std::move(args);
    call->query = request.query();
    call->headers = request.headers();
    call->peer = request.remoteAddress();
    std::optional<ApiError> bodyError = readBody(found->body, request, *call);
    if (found->access == Access::Public) {
        if (bodyError) {
            call->fail(*bodyError);
            return;
        }
        found->handler(*call);
        return;
    }
    // Rows live as long as the router, which lives as long as the server.
    m_authenticator.authenticate(
        request, reply,
        [this, found, call, bodyError = std::move(bodyError)](const UserRecord &user,
                                                              const AccessClaims &claims) {
            if (found->access == Access::Admin && user.role != QLatin1String("admin")) {
                call->fail(forbidden());
                return;
            }
            if (bodyError) {
                call->fail(*bodyError);
                return;
            }
            call->user = user;
            call->claims = claims;
            if (found->proof == Proof::Recent) {
                m_authenticator.requireRecentProof(claims, call->reply,
                                                   [found, call] { found->handler(*call); });
                return;
            }
            found->handler(*call);
        });
}

std::function<void(std::optional<ApiError>)> answerNoContent(DeferredReplyPtr reply)
{
    return [reply = std::move(reply)](std::optional<ApiError> error) {
        reply->send(error ? error->toResponse()
                          : QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent));
    };
}

} // namespace transcendence::server
