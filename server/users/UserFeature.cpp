#include "users/UserFeature.h"

#include "app/FeatureContext.h"
#include "app/StructuredLog.h"
#include "users/DisplayNameSkeletons.h"
#include "users/UserRoutes.h"
#include "users/avatar/AvatarProcessor.h"

#include <QJsonArray>

namespace transcendence::server {
namespace {

QJsonArray formatNames(const QByteArrayList &formats)
{
    QJsonArray names;
    for (const QByteArray &format : formats) {
        names.append(QString::fromLatin1(format));
    }
    return names;
}

} // namespace

void registerUserFeature(const FeatureContext &context)
{
    const avatar::AvatarFormatSupport support = avatar::AvatarProcessor::formatSupport();
    StructuredLog::write(support.complete() ? LogLevel::Info : LogLevel::Warning,
                         QStringLiteral("avatar_formats"),
                         {{QStringLiteral("available"), formatNames(support.available)},
                          {QStringLiteral("missing"), formatNames(support.missing)}});
    auto *routes = new UserRoutes(context.workers, &context.owner);
    routes->registerRoutes(context.router);
    display_name_skeletons::fillInBackground(context.workers, routes);
}

} // namespace transcendence::server
