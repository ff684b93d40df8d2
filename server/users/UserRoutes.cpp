#include "users/UserRoutes.h"

#include "app/StructuredLog.h"
#include "auth/AccountRules.h"
#include "db/DatabaseWorkers.h"
#include "http/EntityTag.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "http/Router.h"
#include "http/ServerBusy.h"
#include "users/AvatarStore.h"
#include "users/DefaultAvatarCache.h"
#include "users/PrivateUserJson.h"
#include "users/ProfileRules.h"
#include "users/ProfileStore.h"
#include "users/avatar/AvatarProcessor.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

#include <optional>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr RateLimiter::Rule kAvatarUploadsPerUser{10, 600};

// A URL that names the avatar's version (?v=) always shows those bytes: cache it for a day.
// Without it (the default avatar, old links) revalidate after five minutes. Avatars are public
// (an <img> cannot send a bearer token), so shared caches may keep them too.
constexpr const char *kVersionedAvatarCacheControl = "public, max-age=86400";
constexpr const char *kAvatarCacheControl = "public, max-age=300";

ApiError noSuchUser()
{
    return {Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such user"), {}};
}

// User ids in paths are positive decimal integers; anything else names no user.
bool isPresent(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    return !value.isUndefined() && !value.isNull();
}

// The PATCH body's changes, each field checked as registration checks it; absent or null fields
// stay as they are.
std::variant<ProfileChanges, ApiError> profileChangesFrom(const QJsonObject &body)
{
    const QString displayNameField = QStringLiteral("displayName");
    const QString bioField = QStringLiteral("bio");
    const QString languageField = QStringLiteral("language");
    FieldErrors errors;
    for (const QString &field : body.keys()) {
        if (field != displayNameField && field != bioField && field != languageField) {
            errors.add(field, QStringLiteral("unknown_field"),
                       QStringLiteral("is not a profile field that can be changed"));
        }
    }
    ProfileChanges changes;
    if (isPresent(body, displayNameField)) {
        const QString displayName = account_rules::normalizeDisplayName(
            stringField(body, displayNameField, errors, false, 100));
        if (!errors.has(displayNameField)) {
            if (const FieldProblem problem = account_rules::displayNameProblem(displayName);
                !problem.isEmpty()) {
                errors.add(displayNameField, problem);
            }
        }
        changes.displayName = displayName;
        changes.displayNameKey = account_rules::displayNameKey(displayName);
    }
    if (isPresent(body, bioField)) {
        // Up to 500 code points: as many UTF-16 units as two per code point.
        const QString bio =
            stringField(body, bioField, errors, false, 2 * profile_rules::kMaxBioCharacters);
        if (!errors.has(bioField)) {
            if (const FieldProblem problem = profile_rules::bioProblem(bio); !problem.isEmpty()) {
                errors.add(bioField, problem);
            }
        }
        changes.bio = bio;
    }
    if (isPresent(body, languageField)) {
        const QString language = stringField(body, languageField, errors, false, 20);
        if (!errors.has(languageField)) {
            if (const FieldProblem problem = profile_rules::languageProblem(language);
                !problem.isEmpty()) {
                errors.add(languageField, problem);
            }
        }
        changes.language = language;
    }
    if (!errors.isEmpty()) {
        return errors.toError();
    }
    return changes;
}

struct SearchRequest {
    QString query;
    int limit = profile_rules::kDefaultSearchLimit;
    int offset = 0;
};

std::variant<SearchRequest, ApiError> searchRequestFrom(const QUrlQuery &parameters)
{
    const QString queryField = QStringLiteral("query");
    FieldErrors errors;
    SearchRequest search;
    search.query = parameters.queryItemValue(queryField, QUrl::FullyDecoded).trimmed();
    if (search.query.isEmpty()) {
        errors.add(queryField, FieldProblem::required());
    } else if (search.query.size() > profile_rules::kMaxSearchCharacters) {
        errors.add(queryField, FieldProblem::tooLong(profile_rules::kMaxSearchCharacters));
    } else if (search.query.contains(QChar(u'\0'))) {
        errors.add(queryField, QStringLiteral("nul_character"),
                   QStringLiteral("must not contain NUL characters"));
    }
    search.limit =
        integerParameter(parameters, QStringLiteral("limit"), errors, 1,
                         profile_rules::kMaxSearchLimit, profile_rules::kDefaultSearchLimit);
    search.offset = integerParameter(parameters, QStringLiteral("offset"), errors, 0,
                                     profile_rules::kMaxSearchOffset, 0);
    if (!errors.isEmpty()) {
        return errors.toError();
    }
    return search;
}

// The content decides what the upload is; a Content-Type, when sent, must still say "an image
// as raw bytes" (a multipart form is a client mistake worth naming).
bool isRawImageContentType(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    return mime.isEmpty() || mime == "image/png" || mime == "image/jpeg" || mime == "image/webp" ||
           mime == "application/octet-stream";
}

ApiError notRawImage()
{
    return {Status::UnsupportedMediaType,
            QStringLiteral("unsupported_media_type"),
            QStringLiteral("send the image's bytes as the body, with Content-Type image/png, "
                           "image/jpeg, image/webp or application/octet-stream"),
            {}};
}

ApiError fromAvatarError(const avatar::AvatarError &error)
{
    return {error.httpStatus(), error.codeName(), error.message, {}};
}

} // namespace

UserRoutes::UserRoutes(DatabaseWorkers &workers, QObject *parent)
    : QObject(parent)
    , m_workers(workers)
    // The one processor of the server: constructing it sets the process-wide image allocation
    // limit.
    , m_processor(std::make_shared<const avatar::AvatarProcessor>())
    , m_defaultAvatars(std::make_shared<DefaultAvatarCache>())
{}

UserRoutes::~UserRoutes() = default;

void UserRoutes::registerRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    const BodyRule none = BodyRule::none();
    // nginx lets 3 MiB through to the avatar; the processor refuses more than 2 MiB itself.
    const BodyRule image = BodyRule::raw(3 * 1024 * 1024);
    router.add(this, {
                         {Method::Get, QStringLiteral("/api/users/me"), Access::SignedIn, none,
                          &UserRoutes::handleMe},
                         {Method::Patch, QStringLiteral("/api/users/me"), Access::SignedIn,
                          BodyRule::json(), &UserRoutes::handleUpdateMe},
                         {Method::Put, QStringLiteral("/api/users/me/avatar"), Access::SignedIn,
                          image, &UserRoutes::handleUploadAvatar},
                         {Method::Delete, QStringLiteral("/api/users/me/avatar"), Access::SignedIn,
                          none, &UserRoutes::handleRemoveAvatar},
                         {Method::Get, QStringLiteral("/api/users"), Access::SignedIn, none,
                          &UserRoutes::handleSearch},
                         {Method::Get, QStringLiteral("/api/users/<arg>"), Access::SignedIn, none,
                          &UserRoutes::handleProfile},
                         // Public: an <img> cannot send a bearer token.
                         {Method::Get, QStringLiteral("/api/users/<arg>/avatar"), Access::Public,
                          none, &UserRoutes::handleAvatar},
                         {Method::Head, QStringLiteral("/api/users/<arg>/avatar"), Access::Public,
                          none, &UserRoutes::handleAvatar},
                     });
}

void UserRoutes::handleMe(const RouteCall &call)
{
    // The most frequent authenticated request: its body is written straight to bytes.
    call.send(
        QHttpServerResponse(QByteArrayLiteral("application/json"), privateUserJson(call.user)));
}

void UserRoutes::handleUpdateMe(const RouteCall &call)
{
    const auto changes = profileChangesFrom(call.json);
    if (const auto *error = std::get_if<ApiError>(&changes)) {
        call.fail(*error);
        return;
    }
    using Result = std::variant<profile_store::UpdatedProfile, DomainError>;
    m_workers.run<Result>(
        this,
        [userId = call.user.id, changes = std::get<ProfileChanges>(changes)](QSqlDatabase &db) {
            return profile_store::update(db, userId, changes);
        },
        answer<profile_store::UpdatedProfile, DomainError>(
            call.reply, [](const profile_store::UpdatedProfile &updated) {
                QJsonObject body = updated.user.toPrivateJson();
                body.insert(QStringLiteral("avatarUrl"),
                            avatar_store::urlFor(updated.user.id, updated.avatarEtag));
                return QHttpServerResponse(body);
            }));
}

void UserRoutes::handleSearch(const RouteCall &call)
{
    const auto parsed = searchRequestFrom(call.query);
    if (const auto *error = std::get_if<ApiError>(&parsed)) {
        call.fail(*error);
        return;
    }
    const SearchRequest search = std::get<SearchRequest>(parsed);
    using Result = std::variant<profile_store::SearchPage, DomainError>;
    m_workers.run<Result>(
        this,
        [search](QSqlDatabase &db) {
            return profile_store::search(db, search.query, search.limit, search.offset);
        },
        answer<profile_store::SearchPage, DomainError>(
            call.reply, [search](const profile_store::SearchPage &page) {
                QJsonArray users;
                for (const PublicProfile &profile : page.users) {
                    users.append(profile.toJson());
                }
                return QHttpServerResponse(QJsonObject{{QStringLiteral("users"), users},
                                                       {QStringLiteral("limit"), search.limit},
                                                       {QStringLiteral("offset"), search.offset},
                                                       {QStringLiteral("hasMore"), page.hasMore}});
            }));
}

void UserRoutes::handleProfile(const RouteCall &call)
{
    const std::optional<qint64> userId = positiveIdFrom(call.arg());
    if (!userId) {
        call.fail(noSuchUser());
        return;
    }
    using Result = std::variant<PublicProfile, DomainError>;
    m_workers.run<Result>(
        this,
        [userId = *userId](QSqlDatabase &db) { return profile_store::publicProfile(db, userId); },
        answer<PublicProfile, DomainError>(call.reply, [](const PublicProfile &profile) {
            return QHttpServerResponse(profile.toJson());
        }));
}

void UserRoutes::handleUploadAvatar(const RouteCall &call)
{
    if (!isRawImageContentType(call.header("Content-Type"))) {
        call.fail(notRawImage());
        return;
    }
    m_uploadLimits.check(
        {{QStringLiteral("avatar-upload:%1").arg(call.user.id), kAvatarUploadsPerUser}},
        [this, call](int retryAfter) {
            if (retryAfter > 0) {
                call.send(RateLimiter::tooManyRequests(retryAfter));
                return;
            }
            uploadAvatar(call.user.id, call.body, call.reply);
        });
}

void UserRoutes::handleRemoveAvatar(const RouteCall &call)
{
    removeAvatar(call.user.id, call.reply);
}

void UserRoutes::uploadAvatar(qint64 userId, const QByteArray &upload,
                              const DeferredReplyPtr &reply)
{
    using Result = std::variant<QByteArray, ApiError>;
    const auto finish = [reply, userId, bytes = upload.size()](Result result) {
        if (const auto *error = std::get_if<ApiError>(&result)) {
            StructuredLog::write(int(error->status) >= 500 ? LogLevel::Error : LogLevel::Info,
                                 QStringLiteral("avatar_refused"),
                                 {{QStringLiteral("userId"), userId},
                                  {QStringLiteral("bytes"), bytes},
                                  {QStringLiteral("code"), error->code}});
            reply->send(error->toResponse());
            return;
        }
        reply->send(QHttpServerResponse(
            QJsonObject{{QStringLiteral("avatarUrl"),
                         avatar_store::urlFor(userId, std::get<QByteArray>(result))}}));
    };
    // Decoding on the CPU pool (20-100 ms: bench/avatar), storing on the SQL pool.
    using Processed = std::variant<avatar::ProcessedAvatar, avatar::AvatarError>;
    const bool queued = m_workers.cpu().tryRun<Processed>(
        this, [processor = m_processor, upload] { return processor->process(upload); },
        [this, userId, finish](Processed processed) {
            if (const auto *error = std::get_if<avatar::AvatarError>(&processed)) {
                finish(fromAvatarError(*error));
                return;
            }
            m_workers.run<Result>(
                this,
                [userId, avatar = std::get<avatar::ProcessedAvatar>(std::move(processed))](
                    QSqlDatabase &db) -> Result {
                    auto saved = avatar_store::save(db, userId, avatar);
                    if (const auto *error = std::get_if<DomainError>(&saved)) {
                        return ApiError::from(*error);
                    }
                    return std::get<QByteArray>(saved);
                },
                finish);
        });
    if (!queued) {
        reply->send(serverBusyResponse());
    }
}

void UserRoutes::removeAvatar(qint64 userId, const DeferredReplyPtr &reply)
{
    using Result = std::variant<bool, DomainError>;
    m_workers.run<Result>(
        this, [userId](QSqlDatabase &db) { return avatar_store::remove(db, userId); },
        answer<bool, DomainError>(reply,
                                  [](bool) { return QHttpServerResponse(Status::NoContent); }));
}

void UserRoutes::handleAvatar(const RouteCall &call)
{
    const std::optional<qint64> userId = positiveIdFrom(call.arg());
    if (!userId) {
        call.fail(noSuchUser());
        return;
    }
    struct AvatarImage {
        QByteArray png; // empty when notModified
        QByteArray etag;
        bool notModified = false;
        bool uploaded = false;
    };
    using Result = std::variant<std::optional<AvatarImage>, DomainError>; // nullopt: no such user
    const QByteArray ifNoneMatch = call.header("If-None-Match");
    const QByteArray version = call.query.queryItemValue(QStringLiteral("v")).toLatin1();
    m_workers.run<Result>(
        this,
        [defaults = m_defaultAvatars, userId = *userId, ifNoneMatch](QSqlDatabase &db) -> Result {
            const auto current = avatar_store::currentEtag(db, userId);
            if (const auto *error = std::get_if<DomainError>(&current)) {
                return *error;
            }
            const auto &etag = std::get<std::optional<QByteArray>>(current);
            if (!etag) {
                return std::optional<AvatarImage>();
            }
            if (!etag->isEmpty()) {
                if (etagMatches(ifNoneMatch, *etag)) {
                    return std::optional(AvatarImage{{}, *etag, true, true});
                }
                const auto stored = avatar_store::load(db, userId);
                if (const auto *error = std::get_if<DomainError>(&stored)) {
                    return *error;
                }
                const auto &avatar = std::get<avatar_store::StoredAvatar>(stored);
                if (!avatar.png.isEmpty()) { // else removed meanwhile: the default
                    return std::optional(AvatarImage{avatar.png, avatar.etag, false, true});
                }
            }
            const DefaultAvatarCache::Entry generated = defaults->get(userId);
            if (etagMatches(ifNoneMatch, generated.etag)) {
                return std::optional(AvatarImage{{}, generated.etag, true, false});
            }
            return std::optional(AvatarImage{generated.png, generated.etag, false, false});
        },
        answer<std::optional<AvatarImage>, DomainError>(call.reply, [version](const auto &image) {
            if (!image) {
                return noSuchUser().toResponse();
            }
            QHttpServerResponse response =
                image->notModified
                    ? QHttpServerResponse(Status::NotModified)
                    : QHttpServerResponse(QByteArrayLiteral("image/png"), image->png);
            response.setHeader("ETag", image->etag);
            const bool versioned =
                image->uploaded && version == avatar_store::versionOf(image->etag);
            response.setHeader("Cache-Control",
                               versioned ? kVersionedAvatarCacheControl : kAvatarCacheControl);
            return response;
        }));
}

} // namespace transcendence::server
