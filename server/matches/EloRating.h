#pragma once

namespace transcendence::server::elo {

// Elo as FIDE uses it, in whole points (docs/game.md, "Matches and ratings"):
//   expected = 1 / (1 + 10^((opponent - own) / 400))
//   change   = round(K * (result - expected)), result 1 for a win, 0 for a loss
// K is 40 for a player's first kProvisionalMatches rated matches (a new rating moves quickly to
// where it belongs), 20 afterwards. Each player's change uses their own K, so the two changes
// need not cancel out. Ratings never go below kFloor.
inline constexpr int kInitialRating = 1500; // users.rating's default
inline constexpr int kFloor = 100;
inline constexpr int kProvisionalMatches = 30;
inline constexpr int kProvisionalK = 40;
inline constexpr int kEstablishedK = 20;

int kFactor(int ratedMatchesPlayed);
double expectedScore(int ownRating, int opponentRating);
// The new rating after one match against opponentRating.
int ratingAfter(int ownRating, int opponentRating, bool won, int ratedMatchesPlayed);

} // namespace transcendence::server::elo
