#include "legal/LegalRoutes.h"

#include "app/ServerConfig.h"
#include "http/ApiError.h"
#include "http/EntityTag.h"
#include "http/HttpExchange.h"
#include "http/Router.h"
#include "legal/LegalPages.h"

#include <QRegularExpression>

#include <memory>

namespace transcendence::server {
namespace {

QHttpServerResponse plainNotFound()
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                               QByteArrayLiteral("Not found\n"),
                               QHttpServerResponder::StatusCode::NotFound);
}

QHttpServerResponse pageResponse(const LegalPages &pages, const QString &fileName,
                                 const RouteCall &call)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z]+)(?:\\.([a-z]{2}))?\\.html$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    const LegalPages::Page *page = nullptr;
    QByteArray contentType = QByteArrayLiteral("text/html; charset=utf-8");
    bool negotiated = false;
    if (fileName == QLatin1String("legal.css")) {
        page = &pages.stylesheet();
        contentType = QByteArrayLiteral("text/css; charset=utf-8");
    } else if (match.hasMatch()) {
        negotiated = !match.hasCaptured(2);
        const QString language =
            negotiated ? LegalPages::negotiate(call.header("Accept-Language"), pages.languages())
                       : match.captured(2);
        page = pages.find(match.captured(1), language);
    }
    if (!page || page->body.isEmpty()) {
        return plainNotFound();
    }
    QHttpServerResponse response =
        etagMatches(call.header("If-None-Match"), page->etag)
            ? QHttpServerResponse(QHttpServerResponder::StatusCode::NotModified)
            : QHttpServerResponse(contentType, page->body);
    response.setHeader("ETag", page->etag);
    response.setHeader("Cache-Control", "no-cache");
    if (!page->language.isEmpty()) {
        response.setHeader("Content-Language", page->language.toLatin1());
    }
    if (negotiated) {
        response.setHeader("Vary", "Accept-Language");
    }
    return response;
}

} // namespace

void registerLegalFeature(const FeatureContext &context)
{
    QStringList providers;
    for (const auto &provider : context.config.oauthProviders.providers) {
        providers << provider.displayName;
    }
    auto pages = std::make_shared<const LegalPages>(context.config.legal, providers);
    const auto serve = [pages](const RouteCall &call) {
        call.send(pageResponse(*pages, call.arg(0), call));
    };
    for (const auto method : {QHttpServerRequest::Method::Get, QHttpServerRequest::Method::Head}) {
        context.router.add(
            Route{method, QStringLiteral("/legal/<arg>"), Access::Public, BodyRule::none(), serve});
    }
}

} // namespace transcendence::server
