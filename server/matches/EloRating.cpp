#include "matches/EloRating.h"

#include <algorithm>
#include <cmath>

namespace transcendence::server::elo {

int kFactor(int ratedMatchesPlayed)
{
    return ratedMatchesPlayed < kProvisionalMatches ? kProvisionalK : kEstablishedK;
}

double expectedScore(int ownRating, int opponentRating)
{
    return 1.0 / (1.0 + std::pow(10.0, (opponentRating - ownRating) / 400.0));
}

int ratingAfter(int ownRating, int opponentRating, bool won, int ratedMatchesPlayed)
{
    const double change = kFactor(ratedMatchesPlayed) *
                          ((won ? 1.0 : 0.0) - expectedScore(ownRating, opponentRating));
    return std::max(kFloor, ownRating + int(std::lround(change)));
}

} // namespace transcendence::server::elo
