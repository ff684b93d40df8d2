#include "users/UserRoutes.h"

#include "app/StructuredLog.h"
#include "auth/AccountRules.h"
#include "auth/RequestAuthenticator.h"
#include "db/DatabaseWorkers.h"
#include "http/EntityTag.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "http/ServerBusy.h"
#include "users/AvatarStore.h"
#include "users/DefaultAvatarCache.h"
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

template <typename Value>
bool sendIfError(const DeferredReplyPtr &reply, const std::variant<Value, ApiError> &result)
{
    if (const auto *error = std::get_if<ApiError>(&result)) {
        reply->send(error->toResponse());
        return true;
    }
    return false;
}

} // namespace

UserRoutes::UserRoutes(DatabaseWorkers &workers, RequestAuthenticator &authenticator,
                       QObject *parent)
    : QObject(parent)
    , m_workers(workers)
    , m_authenticator(authenticator)
    // The one processor of the server: constructing it sets the process-wide image allocation
    // limit.
    , m_processor(std::make_shared<const avatar::AvatarProcessor>())
    , m_defaultAvatars(std::make_shared<DefaultAvatarCache>())
{}

UserRoutes::~UserRoutes() = default;

void UserRoutes::registerRoutes(QHttpServer &server)
{
    using Handler = void (UserRoutes::*)(const QHttpServerRequest &, const DeferredReplyPtr &);
    const auto bind = [&](const QString &path, Handler handler) {
        server.route(path, [this, handler](const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
            (this->*handler)(request, deferReply(request, std::move(responder)));
        });
    };
    using IdHandler =
        void (UserRoutes::*)(const QString &, const QHttpServerRequest &, const DeferredReplyPtr &);
    const auto bindWithId = [&](const QString &path, IdHandler handler) {
        server.route(path, [this, handler](const QString &id, const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
            (this->*handler)(id, request, deferReply(request, std::move(responder)));
        });
    };
    // The first matching route wins: "me" before the <arg> routes that would also match it.
    bind(QStringLiteral("/api/users/me"), &UserRoutes::handleMe);
    bind(QStringLiteral("/api/users/me/avatar"), &UserRoutes::handleOwnAvatar);
    bind(QStringLiteral("/api/users"), &UserRoutes::handleSearch);
    bindWithId(QStringLiteral("/api/users/<arg>"), &UserRoutes::handleProfile);
    bindWithId(QStringLiteral("/api/users/<arg>/avatar"), &UserRoutes::handleAvatar);
}

void UserRoutes::handleMe(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    // GET /api/users/me is AuthRoutes'; this route sees the other methods.
    if (request.method() != QHttpServerRequest::Method::Patch) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "GET, PATCH"));
        return;
    }
    // The request does not outlive this call: read it now, judge it once the caller is known.
    const auto parsed = readJsonObject(request);
    m_authenticator.authenticate(
        request, reply, [this, reply, parsed](const UserRecord &user, const AccessClaims &) {
            if (sendIfError(reply, parsed)) {
                return;
            }
            const auto changes = profileChangesFrom(std::get<QJsonObject>(parsed));
            if (sendIfError(reply, changes)) {
                return;
            }
            using Result = std::variant<profile_store::UpdatedProfile, ApiError>;
            m_workers.run<Result>(
                this,
                [userId = user.id, changes = std::get<ProfileChanges>(changes)](QSqlDatabase &db) {
                    return profile_store::update(db, userId, changes);
                },
                [reply](Result result) {
                    if (sendIfError(reply, result)) {
                        return;
                    }
                    const auto &updated = std::get<profile_store::UpdatedProfile>(result);
                    QJsonObject body = updated.user.toPrivateJson();
                    body.insert(QStringLiteral("avatarUrl"),
                                avatar_store::urlFor(updated.user.id, updated.avatarEtag));
                    reply->send(QHttpServerResponse(body));
                });
        });
}

void UserRoutes::handleSearch(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "GET"));
        return;
    }
    const auto parsed = searchRequestFrom(QUrlQuery(request.url()));
    m_authenticator.authenticate(
        request, reply, [this, reply, parsed](const UserRecord &, const AccessClaims &) {
            if (sendIfError(reply, parsed)) {
                return;
            }
            const SearchRequest search = std::get<SearchRequest>(parsed);
            using Result = std::variant<profile_store::SearchPage, ApiError>;
            m_workers.run<Result>(
                this,
                [search](QSqlDatabase &db) {
                    return profile_store::search(db, search.query, search.limit, search.offset);
                },
                [reply, search](Result result) {
                    if (sendIfError(reply, result)) {
                        return;
                    }
                    const auto &page = std::get<profile_store::SearchPage>(result);
                    QJsonArray users;
                    for (const PublicProfile &profile : page.users) {
                        users.append(profile.toJson());
                    }
                    reply->send(QHttpServerResponse(
                        QJsonObject{{QStringLiteral("users"), users},
                                    {QStringLiteral("limit"), search.limit},
                                    {QStringLiteral("offset"), search.offset},
                                    {QStringLiteral("hasMore"), page.hasMore}}));
                });
        });
}

void UserRoutes::handleProfile(const QString &id, const QHttpServerRequest &request,
                               const DeferredReplyPtr &reply)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "GET"));
        return;
    }
    const std::optional<qint64> userId = positiveIdFrom(id);
    m_authenticator.authenticate(
        request, reply, [this, reply, userId](const UserRecord &, const AccessClaims &) {
            if (!userId) {
                reply->send(noSuchUser().toResponse());
                return;
            }
            using Result = std::variant<PublicProfile, ApiError>;
            m_workers.run<Result>(
                this,
                [userId = *userId](QSqlDatabase &db) {
                    return profile_store::publicProfile(db, userId);
                },
                [reply](Result result) {
                    if (sendIfError(reply, result)) {
                        return;
                    }
                    reply->send(QHttpServerResponse(std::get<PublicProfile>(result).toJson()));
                });
        });
}

void UserRoutes::handleOwnAvatar(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    const auto method = request.method();
    if (method != QHttpServerRequest::Method::Put && method != QHttpServerRequest::Method::Delete) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "PUT, DELETE"));
        return;
    }
    const bool upload = method == QHttpServerRequest::Method::Put;
    const bool rawImage = isRawImageContentType(request.value("Content-Type"));
    const QByteArray body = upload ? request.body() : QByteArray();
    m_authenticator.authenticate(
        request, reply,
        [this, reply, upload, rawImage, body](const UserRecord &user, const AccessClaims &) {
            if (!upload) {
                removeAvatar(user.id, reply);
                return;
            }
            if (!rawImage) {
                reply->send(notRawImage().toResponse());
                return;
            }
            if (const int retryAfter =
                    m_uploadLimits.hit(QStringLiteral("avatar-upload:%1").arg(user.id),
                                       kAvatarUploadsPerUser, QDateTime::currentMSecsSinceEpoch());
                retryAfter > 0) {
                reply->send(RateLimiter::tooManyRequests(retryAfter));
                return;
            }
            uploadAvatar(user.id, body, reply);
        });
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
                    QSqlDatabase &db) -> Result { return avatar_store::save(db, userId, avatar); },
                finish);
        });
    if (!queued) {
        reply->send(serverBusyResponse());
    }
}

void UserRoutes::removeAvatar(qint64 userId, const DeferredReplyPtr &reply)
{
    using Result = std::variant<bool, ApiError>;
    m_workers.run<Result>(
        this, [userId](QSqlDatabase &db) { return avatar_store::remove(db, userId); },
        [reply](Result result) {
            if (sendIfError(reply, result)) {
                return;
            }
            reply->send(QHttpServerResponse(Status::NoContent));
        });
}

void UserRoutes::handleAvatar(const QString &id, const QHttpServerRequest &request,
                              const DeferredReplyPtr &reply)
{
    if (!reply->exchange().isGetOrHead()) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method()));
        return;
    }
    const std::optional<qint64> userId = positiveIdFrom(id);
    if (!userId) {
        reply->send(noSuchUser().toResponse());
        return;
    }
    struct AvatarImage {
        QByteArray png; // empty when notModified
        QByteArray etag;
        bool notModified = false;
        bool uploaded = false;
    };
    using Result = std::variant<std::optional<AvatarImage>, ApiError>; // nullopt: no such user
    const QByteArray ifNoneMatch = request.value("If-None-Match");
    const QByteArray version =
        QUrlQuery(request.url()).queryItemValue(QStringLiteral("v")).toLatin1();
    m_workers.run<Result>(
        this,
        [defaults = m_defaultAvatars, userId = *userId, ifNoneMatch](QSqlDatabase &db) -> Result {
            const auto current = avatar_store::currentEtag(db, userId);
            if (const auto *error = std::get_if<ApiError>(&current)) {
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
                if (const auto *error = std::get_if<ApiError>(&stored)) {
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
        [reply, version](Result result) {
            if (sendIfError(reply, result)) {
                return;
            }
            const auto &image = std::get<std::optional<AvatarImage>>(result);
            if (!image) {
                reply->send(noSuchUser().toResponse());
                return;
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
            reply->send(std::move(response));
        });
}

} // namespace transcendence::server
