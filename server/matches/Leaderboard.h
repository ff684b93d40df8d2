#pragma once

#include "core/DomainError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>
#include <variant>

namespace transcendence::server {

// The rating ranking (GET /api/leaderboard): every account that is not banned, by Elo rating,
// highest first; players with the same rating share a rank (1, 2, 2, 4) and are listed by id.
// With friendsOnly, the ranking holds only the caller and their accepted friends.
namespace leaderboard {

struct Request {
    qint64 callerId = 0;
    int limit = 20;
    int offset = 0;
    bool friendsOnly = false;
};

struct Page {
    QJsonArray entries;             // {rank, user: {id, username, displayName, avatarUrl},
                                    //  rating, ratedMatches}
    std::optional<QJsonObject> you; // the caller's entry, wherever it is (none if banned)
    qint64 total = 0;               // players in the ranking

    QJsonObject toJson(const Request &request) const;
};

inline constexpr int kDefaultLimit = 20;
inline constexpr int kMaxLimit = 100;
inline constexpr int kMaxOffset = 1'000'000;

// One query on a worker thread; 503 database_unavailable when it fails.
std::variant<Page, DomainError> read(QSqlDatabase &db, const Request &request);

} // namespace leaderboard
} // namespace transcendence::server
