// Single-elimination brackets (common/tournament/Bracket.h, used by the server and the app):
// seeding and byes for every size a tournament may have, advancing winners, walkovers, double
// no-shows, players leaving, and that a decided match is never decided again.
#include "tournament/Bracket.h"

#include <QTest>

#include <map>

using namespace transcendence::tournament;
using Bracket = TournamentBracket;
using Status = Bracket::Status;
using Result = Bracket::Result;

namespace {

// Entry ids 101, 102, ... in seed order, so seed = id - 100.
std::vector<qint64> entries(int count)
{
    std::vector<qint64> ids;
    for (int seed = 1; seed <= count; ++seed) {
        ids.push_back(100 + seed);
    }
    return ids;
}

int seedOf(qint64 entry)
{
    return int(entry - 100);
}

// Plays every ready match with the better seed (lower number) winning, until none is ready.
int playOutFavourites(Bracket &bracket)
{
    int played = 0;
    for (auto ready = bracket.readyMatches(); !ready.empty(); ready = bracket.readyMatches()) {
        const Bracket::Match *match = bracket.match(ready.front());
        const qint64 favourite = std::min(*match->sides[0], *match->sides[1]);
        const auto changes = bracket.record(ready.front(), Result::Played, favourite);
        if (!changes.problem.isEmpty()) {
            qWarning("%s", qPrintable(changes.problem));
            return -1;
        }
        ++played;
    }
    return played;
}

} // namespace

class TournamentBracketTest : public QObject {
    Q_OBJECT

private slots:
    void seedingGivesByesToTheTopSeeds_data();
    void seedingGivesByesToTheTopSeeds();
    void refusesImpossibleFields();
    void fiveEntriesPlayOutWithTheByesFirst();
    void aDecidedMatchIsNeverDecidedAgain();
    void walkoverAdvancesThePlayerWhoCame();
    void doubleNoShowGivesTheNextOpponentABye();
    void doubleNoShowInBothFeedersVoidsTheNextMatch();
    void leavingForfeitsTheCurrentMatch();
    void leavingForfeitsLaterMatchesToo();
    void leavingAfterElimination();
    void restoredBracketContinues();
    void namesRoundTrip();
};

void TournamentBracketTest::seedingGivesByesToTheTopSeeds_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("size");
    for (int count = Bracket::kMinEntries; count <= Bracket::kMaxEntries; ++count) {
        const int size = count <= 4 ? 4 : count <= 8 ? 8 : 16;
        QTest::addRow("%d players", count) << count << size;
    }
}

void TournamentBracketTest::seedingGivesByesToTheTopSeeds()
{
    QFETCH(int, count);
    QFETCH(int, size);
    auto bracket = Bracket::seeded(entries(count));
    QVERIFY(bracket);
    QCOMPARE(bracket->size(), size);
    QCOMPARE(int(bracket->matches().size()), size - 1);
    const int byes = size - count;
    std::set<qint64> placed;
    int byeMatches = 0;
    for (int slot = 0; slot < bracket->matchesIn(1); ++slot) {
        const Bracket::Match *match = bracket->match({1, slot});
        QVERIFY(match);
        QVERIFY2(match->sides[0] || match->sides[1], "a bye against a bye");
        for (const auto &side : match->sides) {
            if (side) {
                QVERIFY(placed.insert(*side).second);
            }
        }
        if (!match->sides[0] || !match->sides[1]) {
            ++byeMatches;
            QCOMPARE(match->status, Status::Finished);
            QCOMPARE(match->result, Result::Bye);
            const qint64 lucky = match->sides[0] ? *match->sides[0] : *match->sides[1];
            QCOMPARE(match->winner, lucky);
            QVERIFY2(seedOf(lucky) <= byes, "a bye went to a lower seed");
        } else {
            QCOMPARE(match->status, Status::Ready);
            // Seeds meet their mirror in round 1.
            QCOMPARE(seedOf(*match->sides[0]) + seedOf(*match->sides[1]), size + 1);
        }
    }
    QCOMPARE(int(placed.size()), count);
    QCOMPARE(byeMatches, byes);
    // The favourites always win: the top seed wins the tournament; the 2nd seed reaches the
    // final (seeds 1 and 2 are in opposite halves).
    QCOMPARE(playOutFavourites(*bracket), count - 1);
    QVERIFY(bracket->isFinished());
    QCOMPARE(bracket->champion(), std::optional<qint64>(101));
    const Bracket::Match *final = bracket->match({bracket->rounds(), 0});
    QCOMPARE(final->result, Result::Played);
    QCOMPARE(std::set<qint64>({*final->sides[0], *final->sides[1]}), std::set<qint64>({101, 102}));
    QCOMPARE(bracket->eliminatedIn(102), std::optional<int>(bracket->rounds()));
    QCOMPARE(bracket->eliminatedIn(101), std::nullopt);
}

void TournamentBracketTest::refusesImpossibleFields()
{
    QVERIFY(!Bracket::seeded(entries(2)));
    QVERIFY(!Bracket::seeded(entries(17)));
    QVERIFY(!Bracket::seeded({1, 2, 2}));
    QVERIFY(!Bracket::restored(6, {}, {}));
    QVERIFY(!Bracket::restored(4, {Bracket::Match{}, Bracket::Match{}, Bracket::Match{}}, {}));
}

void TournamentBracketTest::fiveEntriesPlayOutWithTheByesFirst()
{
    auto bracket = Bracket::seeded(entries(5));
    QVERIFY(bracket);
    QCOMPARE(bracket->size(), 8);
    // Seeds 1, 2, 3 have byes; 4 plays 5 in round 1 (and 2 v 3 is ready in round 2).
    const auto ready = bracket->readyMatches();
    QCOMPARE(int(ready.size()), 2);
    QCOMPARE(ready.front().round, 1);
    const Bracket::Match *first = bracket->match(ready.front());
    QCOMPARE(std::set<qint64>({*first->sides[0], *first->sides[1]}), std::set<qint64>({104, 105}));
    // Round 2: 2 against 3 is ready at once; 1 waits for the winner of 4-5.
    const auto round2 = bracket->matches();
    int readyInRound2 = 0;
    for (const auto &match : round2) {
        if (match.round == 2 && match.status == Status::Ready) {
            ++readyInRound2;
            QCOMPARE(std::set<qint64>({*match.sides[0], *match.sides[1]}),
                     std::set<qint64>({102, 103}));
        }
        if (match.round == 2 && match.status == Status::Pending) {
            QVERIFY(match.sides[0] == 101 || match.sides[1] == 101);
        }
    }
    QCOMPARE(readyInRound2, 1);
    // The underdog wins the first match; the match waiting for it becomes ready.
    const auto changes = bracket->record(ready.front(), Result::Played, 105);
    QVERIFY(changes.problem.isEmpty());
    QCOMPARE(int(changes.matches.size()), 2);
    const Bracket::Match *next = bracket->match(changes.matches[1]);
    QCOMPARE(next->status, Status::Ready);
    QCOMPARE(std::set<qint64>({*next->sides[0], *next->sides[1]}), std::set<qint64>({101, 105}));
    QCOMPARE(bracket->eliminatedIn(104), std::optional<int>(1));
    QCOMPARE(playOutFavourites(*bracket), 3);
    QCOMPARE(bracket->champion(), std::optional<qint64>(101));
}

void TournamentBracketTest::aDecidedMatchIsNeverDecidedAgain()
{
    auto bracket = Bracket::seeded(entries(4));
    const Bracket::Key key{1, 0};
    const qint64 a = *bracket->match(key)->sides[0];
    const qint64 b = *bracket->match(key)->sides[1];
    QVERIFY(bracket->record(key, Result::Played, 999).problem.contains("not one of"));
    QVERIFY(bracket->record(key, Result::Played, std::nullopt).problem.contains("winner"));
    QVERIFY(!bracket->record(key, Result::Bye, a).problem.isEmpty());
    QVERIFY(bracket->record({2, 0}, Result::Played, a).problem.contains("not ready"));
    QVERIFY(!bracket->record({3, 0}, Result::Played, a).problem.isEmpty());
    QCOMPARE(bracket->match(key)->status, Status::Ready);
    QVERIFY(bracket->record(key, Result::Played, a).problem.isEmpty());
    const Bracket before = *bracket;
    QVERIFY(bracket->record(key, Result::Played, b).problem.contains("already decided"));
    QVERIFY(bracket->record(key, Result::Walkover, b).problem.contains("already decided"));
    QVERIFY(before.matches() == bracket->matches());
}

void TournamentBracketTest::walkoverAdvancesThePlayerWhoCame()
{
    auto bracket = Bracket::seeded(entries(3)); // 1 has a bye, 2 plays 3
    const auto ready = bracket->readyMatches();
    QCOMPARE(int(ready.size()), 1);
    QVERIFY(bracket->record(ready.front(), Result::Walkover, 103).problem.isEmpty());
    const Bracket::Match *decided = bracket->match(ready.front());
    QCOMPARE(decided->result, Result::Walkover);
    QCOMPARE(decided->winner, std::optional<qint64>(103));
    const Bracket::Match *final = bracket->match({2, 0});
    QCOMPARE(final->status, Status::Ready);
    QVERIFY(final->sides[0] == 103 || final->sides[1] == 103);
}

void TournamentBracketTest::doubleNoShowGivesTheNextOpponentABye()
{
    auto bracket = Bracket::seeded(entries(5)); // 4 v 5 in round 1, winner meets 1
    const auto ready = bracket->readyMatches();
    QVERIFY(bracket->record(ready.front(), Result::Walkover, std::nullopt).problem.isEmpty());
    QCOMPARE(bracket->match(ready.front())->winner, std::nullopt);
    QCOMPARE(bracket->eliminatedIn(104), std::optional<int>(1));
    QCOMPARE(bracket->eliminatedIn(105), std::optional<int>(1));
    // Seed 1's round-2 match: nobody came from the other side, so it is a bye.
    const Bracket::Match *next = nullptr;
    for (const auto &match : bracket->matches()) {
        if (match.round == 2 && (match.sides[0] == 101 || match.sides[1] == 101)) {
            next = &match;
        }
    }
    QVERIFY(next);
    QCOMPARE(next->status, Status::Finished);
    QCOMPARE(next->result, Result::Bye);
    QCOMPARE(next->winner, std::optional<qint64>(101));
    QCOMPARE(playOutFavourites(*bracket), 2);
    QCOMPARE(bracket->champion(), std::optional<qint64>(101));
}

void TournamentBracketTest::doubleNoShowInBothFeedersVoidsTheNextMatch()
{
    auto bracket = Bracket::seeded(entries(4)); // 1 v 4 and 2 v 3
    QVERIFY(bracket->record({1, 0}, Result::Walkover, std::nullopt).problem.isEmpty());
    QCOMPARE(bracket->match({2, 0})->status, Status::Pending);
    const auto changes = bracket->record({1, 1}, Result::Walkover, std::nullopt);
    QVERIFY(changes.problem.isEmpty());
    // Nobody reached the final: the tournament is over without a winner.
    QCOMPARE(bracket->match({2, 0})->status, Status::Finished);
    QCOMPARE(bracket->match({2, 0})->winner, std::nullopt);
    QVERIFY(bracket->isFinished());
    QCOMPARE(bracket->champion(), std::nullopt);
}

void TournamentBracketTest::leavingForfeitsTheCurrentMatch()
{
    auto bracket = Bracket::seeded(entries(4));
    const auto changes = bracket->withdraw(104); // seed 4 plays seed 1 in round 1
    QVERIFY(changes.problem.isEmpty());
    const Bracket::Match *forfeited = bracket->match({1, 0});
    QCOMPARE(forfeited->result, Result::Forfeit);
    QCOMPARE(forfeited->winner, std::optional<qint64>(101));
    QVERIFY(bracket->withdraw(104).problem.contains("already left"));
    QVERIFY(bracket->withdraw(999).problem.contains("not in this bracket"));
    // The other half is still to be played; then the final.
    QCOMPARE(playOutFavourites(*bracket), 2);
    QCOMPARE(bracket->champion(), std::optional<qint64>(101));
}

void TournamentBracketTest::leavingForfeitsLaterMatchesToo()
{
    // Seed 1 has a bye to round 2 and leaves while 4 and 5 still play for the other side.
    auto bracket = Bracket::seeded(entries(5));
    QVERIFY(bracket->withdraw(101).problem.isEmpty());
    const auto ready = bracket->readyMatches();
    QCOMPARE(int(ready.size()), 2); // 4 v 5, and 2 v 3
    const auto firstRound = std::find_if(ready.begin(), ready.end(),
                                         [](const Bracket::Key &k) { return k.round == 1; });
    const auto changes = bracket->record(*firstRound, Result::Played, 104);
    QVERIFY(changes.problem.isEmpty());
    // 4 meets the absent top seed: a forfeit win, no match to play.
    QCOMPARE(int(changes.matches.size()), 3); // 4-5, then 1-4, and 4 placed in the final
    const Bracket::Match *next = bracket->match(changes.matches[1]);
    QCOMPARE(next->round, 2);
    QCOMPARE(next->result, Result::Forfeit);
    QCOMPARE(next->winner, std::optional<qint64>(104));
    QCOMPARE(bracket->eliminatedIn(101), std::optional<int>(2));
    // The other finalist leaves before the final: 4 wins it by forfeit.
    QVERIFY(
        bracket->record(bracket->readyMatches().front(), Result::Played, 102).problem.isEmpty());
    QCOMPARE(bracket->match({3, 0})->status, Status::Ready);
    QVERIFY(bracket->withdraw(102).problem.isEmpty());
    QCOMPARE(bracket->champion(), std::optional<qint64>(104));
}

void TournamentBracketTest::leavingAfterElimination()
{
    auto bracket = Bracket::seeded(entries(4));
    QVERIFY(bracket->record({1, 0}, Result::Played, 101).problem.isEmpty());
    const auto changes = bracket->withdraw(104); // already out: nothing else changes
    QVERIFY(changes.problem.isEmpty());
    QVERIFY(changes.matches.empty());
    QVERIFY(bracket->leftEntries().contains(104));
    // Both sides of the other semi-final leave: the final is a bye for seed 1.
    QVERIFY(bracket->withdraw(102).problem.isEmpty());
    QCOMPARE(bracket->match({1, 1})->winner, std::optional<qint64>(103));
    QVERIFY(bracket->match({2, 0})->status == Status::Ready);
    QVERIFY(bracket->withdraw(103).problem.isEmpty());
    QCOMPARE(bracket->match({2, 0})->result, Result::Forfeit);
    QCOMPARE(bracket->champion(), std::optional<qint64>(101));
}

void TournamentBracketTest::restoredBracketContinues()
{
    auto bracket = Bracket::seeded(entries(6));
    QVERIFY(
        bracket->record(bracket->readyMatches().front(), Result::Played, 104).problem.isEmpty());
    QVERIFY(bracket->withdraw(106).problem.isEmpty());
    auto restored = Bracket::restored(bracket->size(), bracket->matches(), bracket->leftEntries());
    QVERIFY(restored);
    QVERIFY(restored->matches() == bracket->matches());
    QCOMPARE(playOutFavourites(*restored), playOutFavourites(*bracket));
    QVERIFY(restored->matches() == bracket->matches());
    QCOMPARE(restored->champion(), bracket->champion());
    // Shuffled rows (as a database returns them) restore the same bracket; gaps do not.
    std::vector<Bracket::Match> shuffled(bracket->matches().rbegin(), bracket->matches().rend());
    QVERIFY(Bracket::restored(8, shuffled, {})->matches() == bracket->matches());
    shuffled.back() = shuffled.front();
    QVERIFY(!Bracket::restored(8, shuffled, {}));
}

void TournamentBracketTest::namesRoundTrip()
{
    for (const Result result :
         {Result::None, Result::Played, Result::Walkover, Result::Bye, Result::Forfeit}) {
        QCOMPARE(Bracket::resultFromName(Bracket::resultName(result)), result);
    }
    for (const Status status : {Status::Pending, Status::Ready, Status::Finished}) {
        QCOMPARE(Bracket::statusFromName(Bracket::statusName(status)), status);
    }
    QCOMPARE(Bracket::resultFromName(QStringLiteral("draw")), std::nullopt);
}

QTEST_APPLESS_MAIN(TournamentBracketTest)
#include "TournamentBracketTest.moc"
